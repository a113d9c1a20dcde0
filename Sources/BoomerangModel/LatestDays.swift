/// Per customer, the latest day of some kind of event (a contact), and the earliest such day of
/// anyone: all that the shared pages need of the events of customers whose dossiers another
/// shard writes. A customer's plan starts from their latest contact, and customers.csv (written
/// by shard 1) lists every customer's next step; the date formatter's range starts at the
/// earliest day. Four bytes a customer, where the contacts themselves took 64 bytes a contact
/// (a million contacts in a 1,000,000-customer data set: docs/database.md, "Memory of a shard
/// build").
public struct LatestDays: Sendable {
    /// Per customer the raw day, or `none`.
    private var days: [Int32]
    public private(set) var earliest: Day?
    private static let none = Int32.min

    public init(customers: Int) {
        days = [Int32](repeating: Self.none, count: customers)
    }

    /// The summary of `events` (a customer index and a day each) for `customers` customers.
    public init(customers: Int, _ events: some Sequence<(customer: Int, day: Day)>) {
        self.init(customers: customers)
        for e in events { note(e.customer, e.day) }
    }

    /// Counts an event of customer `c` on `day`; indexes outside the table are ignored, as
    /// the per-customer row ranges ignore them.
    public mutating func note(_ c: Int, _ day: Day) {
        earliest = min(earliest ?? day, day)
        guard c >= 0, c < days.count else { return }
        days[c] = max(days[c], day.raw)
    }

    /// Customer `c`'s latest day, nil when they have none.
    public subscript(c: Int) -> Day? {
        days[c] == Self.none ? nil : Day(raw: days[c])
    }
}
