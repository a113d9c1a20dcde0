import BoomerangModel

/// One kind of data read from the database, handed out as `CSVRecord`s: a header record with the
/// result's column names, then one record per row, so a row meets the same mapping, checks and
/// messages as a line of a file.
struct DatabaseInput {
    let feed: any DataFeed
    let entry: DatabaseEntry
    let schema: CSVSchema
    /// Contract fields that order the rows (`order_id`; `customer_id, date` for events): a
    /// database returns rows in no particular order, and a build must not depend on it.
    let orderFields: [String]
    var rows = Rows.all

    /// Which rows of the entry are read (docs/database.md, "The push-down").
    enum Rows {
        case all
        /// Those whose contract field `field` is one of `keys` (a shard's customer ids).
        case only(field: String, keys: [String])
        /// An orders entry aggregated per customer and day (`OrderColumns.purchaseDayFields`).
        case purchaseDays

        var aggregates: Bool { if case .purchaseDays = self { true } else { false } }
    }

    func read(mapping: [String: String], _ body: (CSVRecord) throws -> Void) throws {
        let names = try feed.columns(of: entry)
        // The aggregated result's header is the contract's names; the entry's own mapping still
        // finds the columns the SQL aggregates.
        let columns = CSVColumns(names: names, mapping: rows.aggregates ? entry.format.columns : mapping, contract: schema.all)
        // A field the result lacks is reported by the header check, so it orders nothing here.
        let actual = { (field: String) in columns[field].map { names[$0] } }
        let orderBy = orderFields.compactMap(actual)
        var line = 2
        var failure: (any Error)?
        func emit(_ batch: FeedBatch) {
            guard failure == nil else { return }
            do { try Self.emit(batch, firstLine: line, body) } catch { failure = error }
            line += batch.rowCount
        }
        switch rows {
        case .all:
            try Self.emit(Self.header(names), firstLine: 1, body)
            try feed.rows(of: entry, orderBy: orderBy, emit)
        case .only(let field, let keys):
            try Self.emit(Self.header(names), firstLine: 1, body)
            // Without the field the header check reports it; no row is read.
            guard let column = actual(field) else { return }
            try feed.rows(of: entry, orderBy: orderBy, where: column, in: keys, emit)
        case .purchaseDays:
            // A missing field was reported when the shard's own orders were read.
            guard let orderID = actual("order_id"), let customerID = actual("customer_id"), let date = actual("date"),
                  let amount = actual("amount") else { return }
            try Self.emit(Self.header(OrderColumns.purchaseDayFields), firstLine: 1, body)
            let fields = OrderColumns(orderID: orderID, customerID: customerID, date: date, amount: amount, margin: actual("margin"))
            try feed.purchaseDays(of: entry, columns: fields, emit)
        }
        if let failure { throw failure }
    }

    private static func header(_ names: [String]) -> FeedBatch {
        var header = FeedBatch(width: names.count)
        for n in names { header.append(n) }
        return header
    }

    /// Each row of `batch` as a record; lines count rows after the header, as a file's would.
    private static func emit(_ batch: FeedBatch, firstLine: Int, _ body: (CSVRecord) throws -> Void) throws {
        let width = batch.width
        var ends = [Int](repeating: 0, count: width)
        var raw: [UInt8] = []
        try batch.bytes.withUnsafeBufferPointer { bytes in
            try batch.nulls.withUnsafeBufferPointer { nulls in
                for r in 0..<batch.rowCount {
                    let first = r * width
                    let start = first == 0 ? 0 : batch.ends[first - 1]
                    for f in 0..<width { ends[f] = batch.ends[first + f] - start }
                    let fields = UnsafeBufferPointer(rebasing: bytes[start..<batch.ends[first + width - 1]])
                    // The row as rejected.csv shows it: fields joined by commas.
                    raw.removeAll(keepingCapacity: true)
                    for f in 0..<width {
                        if f > 0 { raw.append(0x2C) }
                        raw.append(contentsOf: fields[(f == 0 ? 0 : ends[f - 1])..<ends[f]])
                    }
                    let rowNulls = UnsafeBufferPointer(rebasing: nulls[first..<(first + width)])
                    try ends.withUnsafeBufferPointer { e in
                        try raw.withUnsafeBufferPointer { rawBytes in
                            try body(CSVRecord(line: firstLine + r, raw: rawBytes, bytes: fields, ends: e,
                                               nonASCII: fields.contains { $0 >= 0x80 }, nulls: rowNulls))
                        }
                    }
                }
            }
        }
    }
}
