import Testing
import Foundation
import BoomerangModel
@testable import BoomerangAnalytics

/// Speed check on synthetic data: 100,000 customers, 2,000,000 orders. Runs only with
/// BOOMERANG_PERF=1 (it takes seconds and needs a release build to mean anything):
///   BOOMERANG_PERF=1 swift test -c release --filter PerformanceTests
/// It prints the time; there is no timing assertion.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["BOOMERANG_PERF"] == "1", "set BOOMERANG_PERF=1 to run"))
struct PerformanceTests {
    /// Deterministic generator (SplitMix64), so every run analyses the same data.
    struct SplitMix { var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
    }

    static func synthetic(customers n: Int, orders total: Int) -> HandbookModel {
        var rng = SplitMix(state: 42)
        let asOf = Day(year: 2025, month: 12, day: 31)!
        var customers: [CustomerRecord] = []
        customers.reserveCapacity(n)
        var orders: [Order] = []
        orders.reserveCapacity(total)
        let perCustomer = Double(total) / Double(n)
        var gaps: [Int] = []
        for c in 0..<n {
            var cu = CustomerRecord(id: "C\(c)", name: "Customer \(c)", line: c + 2)
            cu.manager = "M\(c % 12)"
            customers.append(cu)
            // Each customer has a rhythm (7..90 days) and a number of purchases (mean 20); the
            // last one falls up to four years before as-of, so some customers have dropped out.
            let rhythm = 7 + Int(rng.uniform() * 83)
            let count = c == n - 1 ? max(1, total - orders.count) : max(1, Int(perCustomer * (0.2 + 1.6 * rng.uniform())))
            gaps.removeAll(keepingCapacity: true)
            var span = 0
            for _ in 1..<count { let g = max(1, Int(Double(rhythm) * (0.5 + rng.uniform()))); gaps.append(g); span += g }
            var d = asOf + (-span - Int(rng.uniform() * 1400))
            let base = 20 + rng.uniform() * 500
            for k in 0..<count {
                orders.append(Order(orderID: "", customer: c, date: d, amount: (base * (0.5 + rng.uniform())).rounded(), line: k))
                if k < gaps.count { d = d + gaps[k] }
            }
        }
        var churn: [ChurnEvent] = []
        for c in stride(from: 0, to: n, by: 50) {
            churn.append(ChurnEvent(customer: c, date: Day(year: 2024, month: 6, day: 1)!, reasons: ["price"], line: c + 2))
        }
        return HandbookModel(config: HandbookConfig(), customers: CustomerTable(customers), orders: orders, churn: churn, asOf: asOf)
    }

    @Test func analyzeHundredThousandCustomers() throws {
        let model = Self.synthetic(customers: 100_000, orders: 2_000_000)
        let clock = ContinuousClock()
        var analysis: Analysis?
        let elapsed = try clock.measure { analysis = try Analyzer.analyze(model) }
        let a = try #require(analysis)
        print("PERF analyze: \(model.customers.count) customers, \(model.orders.count) orders in \(elapsed)")
        print("PERF purchase model \(String(describing: a.purchaseModel))")
        print("PERF gammaGamma \(String(describing: a.gammaGamma))")
        print("PERF summary active \(a.summary.active) atRisk \(a.summary.atRisk) lost \(a.summary.lost) churned \(a.summary.churned)")
        #expect(a.customers.count == 100_000)
    }
}
