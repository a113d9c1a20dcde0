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

    func read(mapping: [String: String], _ body: (CSVRecord) throws -> Void) throws {
        let names = try feed.columns(of: entry)
        let columns = CSVColumns(names: names, mapping: mapping, contract: schema.all)
        // A field the result lacks is reported by the header check, so it orders nothing here.
        let orderBy = orderFields.compactMap { columns[$0].map { names[$0] } }
        var header = FeedBatch(width: names.count)
        for n in names { header.append(n) }
        try Self.emit(header, firstLine: 1, body)
        var line = 2
        var failure: (any Error)?
        try feed.rows(of: entry, orderBy: orderBy) { batch in
            guard failure == nil else { return }
            do { try Self.emit(batch, firstLine: line, body) } catch { failure = error }
            line += batch.rowCount
        }
        if let failure { throw failure }
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
