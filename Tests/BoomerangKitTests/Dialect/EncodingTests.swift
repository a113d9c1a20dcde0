import Foundation
import Testing
@testable import BoomerangKit

/// Records of `bytes` read in `encoding` with `delimiter` (nil: detected).
private func records(_ bytes: [UInt8], encoding: DataFormat.Encoding = .utf8, delimiter: UInt8? = 0x2C,
                     chunkSize: Int = CSVReader.defaultChunkSize) throws -> [[String]] {
    var out: [[String]] = []
    try CSVReader.read(.bytes(bytes), delimiter: delimiter, encoding: encoding, chunkSize: chunkSize) { rec in
        out.append((0..<rec.count).map { String(decoding: rec.field($0), as: UTF8.self) })
    }
    return out
}

private func utf16(_ text: String, bigEndian: Bool, bom: Bool = true) -> [UInt8] {
    var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for u in text.utf16 {
        let hi = UInt8(u >> 8), lo = UInt8(u & 0xFF)
        out += bigEndian ? [hi, lo] : [lo, hi]
    }
    return out
}

@Suite struct EncodingTests {
    static let text = "id,name,city\nC1,\"Гамма, ООО\",Москва\nC2,Café Noël,Brașov\nC3,ساختمانی 🏗,Tehran\n"
    static var expected: [[String]] {
        [["id", "name", "city"], ["C1", "Гамма, ООО", "Москва"], ["C2", "Café Noël", "Brașov"], ["C3", "ساختمانی 🏗", "Tehran"]]
    }

    @Test(arguments: [1, 2, 3, 5, 1 << 20])
    func utf16BothByteOrdersAcrossChunks(chunkSize: Int) throws {
        #expect(try records(utf16(Self.text, bigEndian: false), chunkSize: chunkSize) == Self.expected)
        #expect(try records(utf16(Self.text, bigEndian: true), chunkSize: chunkSize) == Self.expected)
        // The byte-order mark wins over a configured single-byte encoding.
        #expect(try records(utf16(Self.text, bigEndian: false), encoding: .windows1251, chunkSize: chunkSize) == Self.expected)
    }

    @Test func utf16WithoutMarkNeedsTheByteOrder() throws {
        let bytes = utf16(Self.text, bigEndian: false, bom: false)
        #expect(try records(bytes, encoding: .utf16le) == Self.expected)
        #expect(throws: CSVFatalError(line: 1, column: 1, message: "encoding utf-16 needs a byte-order mark at the start of the file, and there is none; set encoding: utf-16le or utf-16be")) {
            try records(bytes, encoding: .utf16)
        }
    }

    @Test(arguments: [1, 2, 7, 1 << 20])
    func windows1251And1252(chunkSize: Int) throws {
        // "Код;Имя\r\nК1;Ёлка № 5 — «ООО»\r\n" as Python's cp1251 codec writes it.
        let bytes1251: [UInt8] = [0xCA, 0xEE, 0xE4, 0x3B, 0xC8, 0xEC, 0xFF, 0x0D, 0x0A, 0xCA, 0x31, 0x3B, 0xA8, 0xEB, 0xEA, 0xE0,
                                  0x20, 0xB9, 0x20, 0x35, 0x20, 0x97, 0x20, 0xAB, 0xCE, 0xCE, 0xCE, 0xBB, 0x0D, 0x0A]
        #expect(try records(bytes1251, encoding: .windows1251, delimiter: nil, chunkSize: chunkSize)
                == [["Код", "Имя"], ["К1", "Ёлка № 5 — «ООО»"]])
        let bytes1252: [UInt8] = Array("name,price\nCaf".utf8) + [0xE9] + Array(" No".utf8) + [0xEB] + Array("l,5 ".utf8) + [0x80, 0x0A]
        #expect(try records(bytes1252, encoding: .windows1252, chunkSize: chunkSize) == [["name", "price"], ["Café Noël", "5 €"]])
    }

    /// 0x98 is no character in Windows-1251: reported where it is, naming the encoding.
    @Test func undefinedByteIsReportedWithItsPosition() {
        var log = ProblemLog(keepGoing: false)
        var options = FileOptions.plain
        options.encoding = .windows1251
        let bytes: [UInt8] = Array("id,name\nC1,".utf8) + [0xC0, 0x98, 0xC1] + [0x0A]
        CSVTable.read(.bytes(bytes), file: "c.csv", schema: CSVSchema(required: ["id", "name"], optional: []),
                      options: options, log: &log) { _ in }
        #expect(log.diagnostics.map(\.description) == ["c.csv:2:5: a byte that is no character in windows-1251 (is that the file's encoding?)"])
    }

    @Test func unpairedSurrogateIsReported() {
        var log = ProblemLog(keepGoing: false)
        let bytes: [UInt8] = [0xFF, 0xFE] + utf16("id\nC", bigEndian: false, bom: false) + [0x00, 0xD8, 0x31, 0x00, 0x0A, 0x00]
        CSVTable.read(.bytes(bytes), file: "c.csv", schema: CSVSchema(required: ["id"], optional: []), log: &log) { _ in }
        #expect(log.diagnostics.map(\.description) == ["c.csv:2:2: not valid UTF-16: half of a surrogate pair (is the file really utf-16le?)"])
    }

    @Test func utf16WithoutMarkReadAsUTF8SaysSo() {
        var log = ProblemLog(keepGoing: false)
        CSVTable.read(.bytes(utf16("id,name\nC1,A\n", bigEndian: false, bom: false)), file: "c.csv",
                      schema: CSVSchema(required: ["id", "name"], optional: []), log: &log) { _ in }
        #expect(log.diagnostics.map(\.description) == ["c.csv:1:1: header: NUL bytes; the file looks like UTF-16 without a byte-order mark (set encoding: utf-16le or utf-16be under data: in content/handbook.yml)"])
    }

    @Test(arguments: [
        ("a;b;c\n1;2;3\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("a\tb\n1,5\t2\n", [["a", "b"], ["1,5", "2"]]),
        ("\"x;y\",b\n1,2\n", [["x;y", "b"], ["1", "2"]]),
        ("id\nC1\n", [["id"], ["C1"]]),
        ("a;b", [["a", "b"]]),
    ])
    func delimiterFromTheHeaderLine(text: String, expected: [[String]]) throws {
        for chunk in [1, 3, 1 << 20] {
            #expect(try records(Array(text.utf8), delimiter: nil, chunkSize: chunk) == expected)
        }
    }

    @Test func fieldPositionsUseTheDelimiter() throws {
        var log = ProblemLog(keepGoing: false)
        var options = FileOptions.plain
        options.delimiter = 0x3B
        CSVTable.read(.bytes(Array("id;name;n\nC1;Гамма;x\n".utf8)), file: "c.csv",
                      schema: CSVSchema(required: ["id", "name"], optional: ["n"]), options: options, log: &log) { row in
            _ = row.number("n", required: true)
        }
        #expect(log.diagnostics.map(\.description) == [#"c.csv:2:10: n: expected a number, found "x""#])
    }
}
