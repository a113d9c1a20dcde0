import BoomerangModel

/// The push-down of a sharded build whose orders come from a database (docs/database.md): every
/// customer's purchases are read as per-customer-day aggregates computed in SQL, and full order
/// rows only for the shard's own customers, whose dossiers list them.
extension DataLoader {
    /// The aggregated result's contract: a purchase day is checked like an order row.
    static let purchaseDaySchema = CSVSchema(required: OrderColumns.purchaseDayFields, optional: [])

    /// The shard's customers when the orders are pushed down; nil when every order is read.
    /// Under --keep-going every row is read: a bad row must be left out of the analysis and
    /// listed in rejected.csv, and an aggregate cannot leave one row out.
    var pushDownShard: Shard? {
        guard let shard, !log.keepGoing, feed != nil, database?.entries["orders"] != nil else { return nil }
        return shard
    }

    /// The ids the shard's order rows are read for, as the customers were read.
    func shardCustomerIDs() -> [String] {
        guard let mine = dossierCustomers else { return customers.map(\.id) }
        return customers.indices.compactMap { mine[$0] ? customers[$0].id : nil }
    }

    /// Every customer's purchase days from the database, checked like order rows: an unknown
    /// customer, a NULL amount or a day after an explicit as-of is reported at its customer and
    /// day. Rows come ordered by customer id and day, so each customer's days are contiguous.
    mutating func loadPurchaseDays() {
        guard let entry = database?.entries["orders"], let feed else { return }
        var input = DatabaseInput(feed: feed, entry: entry, schema: Self.orderSchema, orderFields: [])
        input.rows = .purchaseDays
        let refs = self.refs
        let asOf = explicitAsOf
        var days = PurchaseDayCollector(customers: customers.count)
        CSVTable.read(.database(input), file: entry.place, schema: Self.purchaseDaySchema, options: FileOptions(DataFormat()), log: &log) { row in
            let customer = refs.resolve(&row)
            let date = row.day("date", required: true)
            let amount = row.number("amount", required: true)
            let margin = row.number("margin", required: true)
            let orders = row.number("orders", required: true)
            if let date, let asOf, date > asOf {
                row.problem("date", "\(date.iso) is after the as-of date \(asOf.iso) (as_of in content/handbook.yml or --as-of)")
            }
            guard row.problems.isEmpty, let customer, let date, let amount, let margin, let orders else { return }
            if !days.add(customer: customer, day: date.raw, amount: amount, margin: margin, orders: Int(orders), complete: row.text("complete") == "true") {
                row.problem("customer_id", "the purchase days came out of order (by customer id, then day)")
            }
        }
        purchaseDays = days.finish()
    }
}

/// Builds `PurchaseDays` from rows grouped by customer and ordered by day, without a second copy
/// (a sort would briefly double the largest arrays of a sharded build).
struct PurchaseDayCollector {
    private var start: [Int], end: [Int]
    private var day: [Int32] = [], amount: [Double] = []
    private var margin: [Double], orderCount: [Int], marginComplete: [Bool]
    private var current = -1

    init(customers n: Int) {
        start = [Int](repeating: 0, count: n)
        end = start
        orderCount = start
        margin = [Double](repeating: 0, count: n)
        marginComplete = [Bool](repeating: true, count: n)
    }

    /// False when the rows are not grouped by customer in day order.
    mutating func add(customer c: Int, day d: Int32, amount a: Double, margin m: Double, orders: Int, complete: Bool) -> Bool {
        if c != current {
            guard end[c] == 0 else { return false }
            start[c] = day.count
            current = c
        } else if let last = day.last, d <= last {
            return false
        }
        if day.count == day.capacity || amount.count == amount.capacity { grow() }
        day.append(d); amount.append(a)
        margin[c] += m
        end[c] = day.count
        orderCount[c] += orders
        if !complete { marginComplete[c] = false }
        return true
    }

    /// By an eighth instead of append's doubling: the number of rows is not known before they
    /// stream in, and doubled arrays of 19 million days hold up to 12 bytes a day unused through
    /// the whole analysis (about 170 MB at 1,000,000 customers).
    private mutating func grow() {
        let capacity = day.count + max(day.count / 8, 4096)
        day.reserveCapacity(capacity)
        amount.reserveCapacity(capacity)
    }

    func finish() -> PurchaseDays {
        PurchaseDays(start: start, end: end, day: day, amount: amount, margin: margin, orderCount: orderCount, marginComplete: marginComplete)
    }
}
