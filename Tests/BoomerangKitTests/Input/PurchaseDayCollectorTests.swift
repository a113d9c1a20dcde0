import BoomerangModel
import Testing
@testable import BoomerangKit

/// The collector a sharded database build fills with every customer's purchase days. It grows
/// its arrays by an eighth, not by append's doubling; what it collects must not depend on that.
@Suite struct PurchaseDayCollectorTests {
    /// 60,000 days (past several growth steps) of customers arriving in shuffled order, as rows
    /// aggregated in SQL arrive in id order: every day, amount and per-customer total comes
    /// back, and the arrays hold at most an eighth (or one step) more than they use.
    @Test func collectsEveryDayWithinAnEighthOfSpare() {
        var random = SeededRandom(state: 11)
        let customers = 5_000
        let arrival = (0..<customers).shuffled(using: &random)
        var collector = PurchaseDayCollector(customers: customers)
        var expected: [(customer: Int, day: Int32, amount: Double)] = []
        var orders = [Int](repeating: 0, count: customers)
        for c in arrival {
            var day = Int32.random(in: 0..<100, using: &random)
            for _ in 0..<Int.random(in: 0...24, using: &random) {
                let amount = Double(Int.random(in: 1...100_000, using: &random)) / 100
                let added = collector.add(customer: c, day: day, amount: amount, margin: 1, orders: 2, complete: true)
                #expect(added)
                expected.append((c, day, amount))
                orders[c] += 2
                day += Int32.random(in: 1...30, using: &random)
            }
        }
        let days = collector.finish()
        #expect(days.day.count == expected.count && expected.count > 50_000)
        for (i, e) in expected.enumerated() {
            #expect(days.day[i] == e.day && days.amount[i] == e.amount, "row \(i)")
            if days.day[i] != e.day { break }
        }
        var rows = [Range<Int>?](repeating: nil, count: customers)
        for (i, e) in expected.enumerated() { rows[e.customer] = (rows[e.customer]?.lowerBound ?? i)..<(i + 1) }
        for c in 0..<customers {
            if let r = rows[c] { #expect(days.range(c) == r) } else { #expect(days.range(c).isEmpty) }
            #expect(days.orderCount[c] == orders[c] && days.margin[c] == Double(rows[c]?.count ?? 0))
        }
        let spare = expected.count / 8 + 4096 + 64  // an eighth or one step, plus malloc's rounding
        #expect(days.day.capacity <= expected.count + spare && days.amount.capacity <= expected.count + spare)
    }

    /// A customer whose days come in two runs, or out of day order, is refused.
    @Test func refusesRowsOutOfOrder() {
        var collector = PurchaseDayCollector(customers: 2)
        var added: [Bool] = []
        added.append(collector.add(customer: 0, day: 5, amount: 1, margin: 0, orders: 1, complete: true))
        added.append(collector.add(customer: 0, day: 5, amount: 1, margin: 0, orders: 1, complete: true))
        added.append(collector.add(customer: 1, day: 1, amount: 1, margin: 0, orders: 1, complete: true))
        added.append(collector.add(customer: 0, day: 9, amount: 1, margin: 0, orders: 1, complete: true))
        #expect(added == [true, false, true, false])
    }
}
