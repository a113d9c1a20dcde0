import Testing
@testable import BoomerangKit

/// Columns looked up once per file (CSVColumn) must read exactly what a lookup by name in every
/// row reads, problems included: seeded random files with shuffled, renamed and missing columns,
/// and good, empty and broken values.
@Suite struct CSVColumnTests {
    struct Numbers {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        mutating func next(_ n: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(n))
        }
    }

    static func randomFile(_ n: inout Numbers) -> [UInt8] {
        var header = ["Order-ID", "customer_id", "date", "amount", "margin", "note"].filter { _ in n.next(5) > 0 }
        for i in header.indices.reversed() { header.swapAt(i, n.next(i + 1)) }
        let values = ["", "x", "12", "-3.5", "2024-02-29", "2023-13-01", "1e3", " 7 ", "\"a,b\"", "C-9"]
        var lines = [header.joined(separator: ",")]
        for _ in 0..<40 { lines.append(header.map { _ in values[n.next(values.count)] }.joined(separator: ",")) }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// What a row reads through `read`, with its problems, per row.
    static func readAll(_ bytes: [UInt8], _ read: (inout CSVRow) -> String) -> ([String], [String]) {
        var log = ProblemLog(keepGoing: true)
        var rows: [String] = []
        let schema = CSVSchema(required: ["order_id"], optional: ["customer_id", "date", "amount", "margin"])
        CSVTable.read(.bytes(bytes), file: "o.csv", schema: schema, log: &log) { row in rows.append(read(&row)) }
        return (rows, log.diagnostics.map(\.description))
    }

    @Test func columnsReadAsNames() {
        var n = Numbers()
        for _ in 0..<60 {
            let file = Self.randomFile(&n)
            let byName = Self.readAll(file) { row in
                "\(row.required("order_id") ?? "-")|\(row.text("customer_id"))|\(String(describing: row.day("date", required: true)))"
                    + "|\(String(describing: row.number("amount", required: true)))|\(String(describing: row.number("margin", required: false)))"
            }
            let byColumn = Self.readAll(file) { row in
                let c = DataLoader.OrderFileColumns(row.columns)
                return "\(row.required(c.orderID) ?? "-")|\(row.text(c.customerID))|\(String(describing: row.day(c.date, required: true)))"
                    + "|\(String(describing: row.number(c.amount, required: true)))|\(String(describing: row.number(c.margin, required: false)))"
            }
            #expect(byName.0 == byColumn.0)
            #expect(byName.1 == byColumn.1)
        }
    }
}
