import Foundation

/// orders.csv: the hot path (millions of rows). Values are parsed straight from the reader's
/// bytes; only the two ids become Strings (short ones are stored inline, without allocation).
extension DataLoader {
    static let orderSchema = CSVSchema(required: ["order_id", "customer_id", "date", "amount"], optional: ["margin"])

    mutating func loadOrders() {
        guard let src = source("orders.csv") else { return }
        let file = src.file
        let refs = self.refs
        let asOf = explicitAsOf
        var log = self.log
        defer { self.log = log }
        // Sized from the file (an order line is rarely under 32 bytes) so two million ids are
        // not rehashed a dozen times on the way.
        var firstLine = ByteKeyTable(capacity: min(Self.fileSize(src.source) / 32, 1 << 25))
        var out: [Order] = []
        var known: OrderFileColumns?
        CSVTable.read(src.source, file: file, schema: Self.orderSchema, options: src.options, log: &log, chunkSize: chunkSize) { row in
            let c = known ?? OrderFileColumns(row.columns)
            known = c
            let orderID = row.required(c.orderID)
            let orderBytes = row.bytes(c.orderID)
            let orderHash = orderBytes.map { firstLine.prefetch($0) } ?? 0
            let customer = refs.resolve(&row, c.customerID)
            let date = row.day(c.date, required: true)
            let amount = row.number(c.amount, required: true)
            let margin = c.margin.index != nil ? row.number(c.margin, required: false) : nil
            if let orderID, let orderBytes, let first = firstLine.insert(orderBytes, Int32(truncatingIfNeeded: row.line), hash: orderHash) {
                row.problem("order_id", "duplicate \(ValueParsing.quoted(orderID)), first on line \(first)")
            }
            if let date, let asOf, date > asOf {
                row.problem("date", "\(date.iso) is after the as-of date \(asOf.iso) (as_of in content/handbook.yml or --as-of)")
            }
            guard row.problems.isEmpty, let orderID, let customer, let date, let amount else { return }
            out.append(Order(orderID: orderID, customer: customer, date: date, amount: amount, margin: margin, line: row.line))
        }
        orders = Self.sortedByCustomer(out, customers: customers.count)
    }

    /// orders.csv's columns, looked up with the first row (see CSVColumn).
    struct OrderFileColumns {
        let orderID, customerID, date, amount, margin: CSVColumn
        init(_ columns: CSVColumns) {
            orderID = columns.column("order_id"); customerID = columns.column("customer_id")
            date = columns.column("date"); amount = columns.column("amount"); margin = columns.column("margin")
        }
    }

    static func fileSize(_ source: CSVSource) -> Int {
        guard case .file(let path) = source, let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int else { return 1024 }
        return size
    }

    /// Orders by (customer, date, order id): a counting sort by customer, then each customer's few
    /// orders sorted by date and, within a day, by id (unique), so the order never depends on the
    /// rows' order in a file or a table. Linear in practice, unlike one big comparison sort.
    static func sortedByCustomer(_ orders: [Order], customers: Int) -> [Order] {
        guard !orders.isEmpty else { return [] }
        var start = [Int](repeating: 0, count: customers + 1)
        for o in orders { start[o.customer + 1] += 1 }
        for i in 0..<customers { start[i + 1] += start[i] }
        var next = start
        var out = orders  // same size; every slot is overwritten below
        for o in orders { out[next[o.customer]] = o; next[o.customer] += 1 }
        for c in 0..<customers where start[c + 1] - start[c] > 1 {
            let r = start[c]..<start[c + 1]
            var sorted = true
            for k in r.dropFirst() where Self.before(out[k], out[k - 1]) { sorted = false; break }
            if !sorted { out[r].sort(by: Self.before) }
        }
        return out
    }

    static func before(_ a: Order, _ b: Order) -> Bool {
        a.date != b.date ? a.date < b.date : a.orderID < b.orderID
    }
}
