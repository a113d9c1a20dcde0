import Testing
@testable import BoomerangKit

/// Reads all records of `text` as arrays of field strings, with their start lines.
func csvRecords(_ bytes: [UInt8], chunkSize: Int = CSVReader.defaultChunkSize) throws -> [(line: Int, fields: [String])] {
    var out: [(line: Int, fields: [String])] = []
    try CSVReader.read(.bytes(bytes), chunkSize: chunkSize) { rec in
        out.append((rec.line, (0..<rec.count).map { String(decoding: rec.field($0), as: UTF8.self) }))
    }
    return out
}

func csvRecords(_ text: String, chunkSize: Int = CSVReader.defaultChunkSize) throws -> [(line: Int, fields: [String])] {
    try csvRecords(Array(text.utf8), chunkSize: chunkSize)
}

@Suite struct CSVReaderTests {
    @Test(arguments: [1, 2, 3, 7, 1 << 20])
    func quotesNewlinesAndEscapedQuotes(chunkSize: Int) throws {
        let text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\n3,,\"\"\n"
        let recs = try csvRecords(text, chunkSize: chunkSize)
        #expect(recs.map(\.fields) == [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "two\nlines", ""], ["3", "", ""]])
        #expect(recs.map(\.line) == [1, 2, 3, 5])
    }

    @Test func crlfInsideQuotesBecomesLF() throws {
        let recs = try csvRecords("a\r\n\"x\r\ny\"\r\nz\r\n", chunkSize: 3)
        #expect(recs.map(\.fields) == [["a"], ["x\ny"], ["z"]])
        #expect(recs.map(\.line) == [1, 2, 4])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let recs = try csvRecords([0xEF, 0xBB, 0xBF] + Array("id,name\nC1,A\n".utf8))
        #expect(recs.first?.fields == ["id", "name"])
    }

    @Test func lastLineWithoutBreakAndBlankLines() throws {
        let recs = try csvRecords("a,b\n\n1,2\n\r\n3,4")
        #expect(recs.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(recs.map(\.line) == [1, 3, 5])
    }

    @Test func unclosedQuoteIsReportedWhereItOpened() {
        #expect(throws: CSVFatalError(line: 2, column: 3, message: "the quote opened here is never closed")) {
            try csvRecords("a,b\n1,\"open\n2,3\n4,5\n", chunkSize: 4)
        }
    }

    @Test func hugeFieldFailsCleanly() {
        let big = "a\n\"" + String(repeating: "x", count: CSVReader.maxFieldBytes + 10)
        #expect(throws: CSVFatalError(line: 2, column: 1, message: "the quoted field opened here runs for more than 1 MiB; is its closing quote missing?")) {
            try csvRecords(big)
        }
        let unquoted = "a\n" + String(repeating: "y", count: CSVReader.maxFieldBytes + 10) + "\n"
        #expect(throws: CSVFatalError(line: 2, column: 1, message: "a field longer than 1 MiB; fields are limited to 1 MiB")) {
            try csvRecords(unquoted)
        }
    }

    @Test func fieldPositionsCountCharacters() throws {
        var positions: [(Int, Int)] = []
        try CSVReader.read(.bytes(Array("Москва,\"a\nb\",x\n".utf8))) { rec in
            positions = (0..<rec.count).map { let p = rec.position(ofField: $0); return (p.line, p.column) }
        }
        #expect(positions.map(\.0) == [1, 1, 2])
        #expect(positions.map(\.1) == [1, 8, 4])
    }

    @Test func utf8Check() {
        #expect(UTF8Check.firstInvalidOffset(Array("ok Гамма ✓ 😀".utf8)) == nil)
        #expect(UTF8Check.firstInvalidOffset([0x61, 0xFF, 0x62]) == 1)
        #expect(UTF8Check.firstInvalidOffset([0x61, 0xE2, 0x82]) == 1)          // truncated
        #expect(UTF8Check.firstInvalidOffset([0xC0, 0xAF]) == 0)                // overlong
        #expect(UTF8Check.firstInvalidOffset([0xED, 0xA0, 0x80]) == 0)          // surrogate
    }

    @Test func tableReportsColumnCountAndUTF8() {
        var log = ProblemLog(keepGoing: false)
        let schema = CSVSchema(required: ["a", "b"], optional: [])
        var rows: [String] = []
        CSVTable.read(.bytes(Array("a,b\n1,2,3\n1\n".utf8) + [0x78, 0x2C, 0xFF, 0x0A] + Array("ok,ok\n".utf8)),
                      file: "t.csv", schema: schema, log: &log) { row in rows.append(row.text("a")) }
        #expect(rows == ["ok"])
        #expect(log.diagnostics.map(\.description) == [
            "t.csv:2:5: expected 2 fields as in the header, found 3",
            "t.csv:3:2: expected 2 fields as in the header, found 1",
            "t.csv:4:3: bytes that are not UTF-8 (save the file as UTF-8, or set its encoding under data: in content/handbook.yml)",
        ])
    }

    @Test func headerProblems() {
        var log = ProblemLog(keepGoing: false)
        CSVTable.read(.bytes(Array("Order ID,customer,date\n".utf8)), file: "o.csv",
                      schema: DataLoader.orderSchema, log: &log) { _ in }
        #expect(log.diagnostics.map(\.description) == [
            "o.csv:1:1: header: missing required columns 'customer_id', 'amount'; found: Order ID, customer, date",
        ])
    }
}
