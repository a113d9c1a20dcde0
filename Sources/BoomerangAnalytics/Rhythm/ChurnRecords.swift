import BoomerangModel

/// What the analysis knows about one customer's churn records (events after as-of are ignored).
struct ChurnRecord {
    /// Latest event on or before as-of; it decides `churned` and `won back`.
    var date: Int32
    var reasons: [String]
    /// All event days, sorted, for the monthly series.
    var allDays: [Int32]
}

/// Each customer's churn record, nil for those without one: most customers never left. A slot
/// number per customer and the records of those who have one, instead of an optional record per
/// customer: at 1,000,000 customers 4 MB of slots and the records of about a quarter of them,
/// where the optional records took 24 MB (docs/database.md, "Memory of a shard build").
struct ChurnRecords {
    /// Per customer, the index of their record in `records`, or -1.
    private var slot: [Int32]
    private var records: [ChurnRecord] = []

    /// The records of `events` on or before `asOf`, for `customers` customers.
    init(_ events: [ChurnEvent], customers: Int, asOf: Int32) {
        slot = [Int32](repeating: -1, count: customers)
        for e in events where e.date.raw <= asOf && e.customer >= 0 && e.customer < customers {
            let k = Int(slot[e.customer])
            guard k >= 0 else {
                slot[e.customer] = Int32(records.count)
                records.append(ChurnRecord(date: e.date.raw, reasons: e.reasons, allDays: [e.date.raw]))
                continue
            }
            records[k].allDays.append(e.date.raw)
            // Same-day events: the later row wins, as a correction of the earlier one.
            if e.date.raw >= records[k].date { records[k].date = e.date.raw; records[k].reasons = e.reasons }
        }
        for k in records.indices { records[k].allDays.sort() }
    }

    subscript(c: Int) -> ChurnRecord? {
        let k = Int(slot[c])
        return k < 0 ? nil : records[k]
    }
}
