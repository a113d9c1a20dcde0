@testable import BoomerangKit
import Testing

/// The export cells, written byte by byte.
@Suite struct CSVCellTests {
    /// One cell as `Exports` writes it.
    static func cell(_ s: String) -> String {
        var out: [UInt8] = []
        Exports.appendCell(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("Smith, John", "\"Smith, John\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        // A CR LF pair is one Character in Swift; it must still quote the cell.
        ("two\r\nlines", "\"two\r\nlines\""),
        // A comma followed by a combining mark forms one Character with it.
        ("a,\u{301}b", "\"a,\u{301}b\""),
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+7 999", "'+7 999"),
        ("@home", "'@home"),
        ("=1,2", "\"'=1,2\""),
        // Numbers that start with a sign are numbers, not formulas.
        ("-12.50", "-12.50"),
        ("+5", "+5"),
        ("Ирина Смирнова", "Ирина Смирнова"),
    ])
    func cells(_ input: String, _ expected: String) {
        #expect(Self.cell(input) == expected)
    }

    @Test func rowsEndWithANewline() {
        var out: [UInt8] = []
        Exports.appendRow(["a", "b,c", ""], to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "a,\"b,c\",\n")
    }
}
