import BoomerangModel
import Testing
@testable import BoomerangAnalytics

/// Each customer's churn record, kept only for those who have one (`ChurnRecords`), against
/// the simple reference it replaced: an optional record per customer.
@Suite struct ChurnRecordsTests {
    /// The dense fold the analysis used before, kept as the reference.
    static func reference(_ events: [ChurnEvent], customers: Int, asOf: Int32) -> [ChurnRecord?] {
        var records = [ChurnRecord?](repeating: nil, count: customers)
        for e in events where e.date.raw <= asOf && e.customer >= 0 && e.customer < customers {
            if var r = records[e.customer] {
                r.allDays.append(e.date.raw)
                if e.date.raw >= r.date { r.date = e.date.raw; r.reasons = e.reasons }
                records[e.customer] = r
            } else {
                records[e.customer] = ChurnRecord(date: e.date.raw, reasons: e.reasons, allDays: [e.date.raw])
            }
        }
        for i in records.indices where records[i] != nil { records[i]!.allDays.sort() }
        return records
    }

    /// Random events (same-day corrections, events after as-of, an unknown customer) sorted as
    /// the loader sorts them, by (customer, date, line).
    @Test func sameRecordsAsOneOptionalPerCustomer() {
        let reasons = ["price", "service", "moved", "competitor"]
        var random = SeededGenerator(state: 3)
        func next(_ n: Int) -> Int { Int.random(in: 0..<n, using: &random) }
        for round in 0..<30 {
            let customers = 1 + next(200)
            let asOf = Int32(1_000)
            var events: [ChurnEvent] = []
            for line in 0..<next(400) {
                let customer = next(customers + 1) - 1
                let day = Day(raw: Int32(900 + next(150)))
                let picked = (0...next(2)).map { _ in reasons[next(reasons.count)] }
                events.append(ChurnEvent(customer: customer, date: day, reasons: picked, line: line + 2))
            }
            events.sort { ($0.customer, $0.date.raw, $0.line) < ($1.customer, $1.date.raw, $1.line) }
            let sparse = ChurnRecords(events, customers: customers, asOf: asOf)
            let dense = Self.reference(events, customers: customers, asOf: asOf)
            for c in 0..<customers {
                let a = sparse[c], b = dense[c]
                #expect(a?.date == b?.date && a?.reasons == b?.reasons && a?.allDays == b?.allDays, "round \(round), customer \(c)")
            }
        }
    }
}
