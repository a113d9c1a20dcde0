import BoomerangAnalytics
import BoomerangModel
import Foundation
import Testing
@testable import BoomerangKit

/// customers.csv in the company's dialect (`export:` in handbook.yml, issue 20).
@Suite struct ExportDialectTests {
    @Test func semicolonsDecimalCommasAndAMark() throws {
        let root = try TestProject.make([
            "content/handbook.yml": "title: T\nlocale: ru_RU\ncurrency: RUB\nas_of: 2024-06-30\nexport:\n  delimiter: \";\"\n  decimal: \",\"\n  bom: true\n",
            "content/data/customers.csv": "id,name\nC1,\"Рога; и копыта\"\n",
            "content/data/orders.csv": "order_id,customer_id,date,amount\nO1,C1,2024-01-05,10.5\nO2,C1,2024-03-05,20\n",
        ])
        try HandbookBuilder.build(BuildOptions(root: root))
        let bytes = try Data(contentsOf: root.appendingPathComponent("output/data/customers.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\n")
        #expect(lines[0].hasPrefix("customer_id;name;manager;purchases;revenue;"))
        // The name holds the delimiter, so it is quoted; the revenue has a decimal comma.
        #expect(lines[1].hasPrefix("C1;\"Рога; и копыта\";;2;30,50;2024-01-05;2024-03-05;"))
    }

    @Test func utf16WithItsMark() {
        var f = ExportFormat()
        f.encoding = .utf16le
        #expect(Exports.encoded(Array("Ёa\n".utf8), f, first: true) == [0xFF, 0xFE, 0x01, 0x04, 0x61, 0x00, 0x0A, 0x00])
        #expect(Exports.encoded(Array("a".utf8), f, first: false) == [0x61, 0x00])
        #expect(Exports.encoded(Array("a".utf8), ExportFormat(), first: true) == [0x61])
    }

    /// The build writes customers.csv in pieces (SiteWriter.put(_:pieces:)): joined, they are
    /// the whole file, with one byte-order mark.
    @Test func piecesJoinedAreTheWholeFile() throws {
        let root = try TestProject.make([
            "content/handbook.yml": "title: T\nlocale: en_US\ncurrency: USD\nas_of: 2024-06-30\nexport:\n  encoding: utf-16le\n",
            "content/data/customers.csv": "id,name\nC1,Ёлка\nC2,Acme\nC3,Beta\n",
            "content/data/orders.csv": "order_id,customer_id,date,amount\nO1,C1,2024-01-05,10.5\nO2,C2,2024-03-05,20\n",
        ])
        let model = try HandbookLoader.load(root: root).model
        let analysis = try Analyzer.analyze(model)
        var pieces: [[UInt8]] = []
        Exports.customersCSV(model, analysis, nextStep: { _ in nil }, rowsPerPiece: 1) { pieces.append($0) }
        #expect(pieces.count == 4)
        #expect(pieces[0].starts(with: [0xFF, 0xFE]) && !pieces[1].starts(with: [0xFF, 0xFE]))
        #expect(Array(pieces.joined()) == Exports.customersCSV(model, analysis, nextStep: { _ in nil }))
    }

    @Test func settingsAreChecked() throws {
        for (yaml, message) in [
            ("export:\n  encoding: windows-1251\n", #"content/handbook.yml:6:13: export.encoding: expected utf-8 or utf-16le, found "windows-1251" (for Excel, keep utf-8 and set bom: true; a single-byte code page cannot write every name)"#),
            ("export:\n  decimal: \",\"\n", #"content/handbook.yml:6:12: export.decimal: a decimal comma needs another delimiter: set delimiter: ";""#),
            ("export:\n  delimter: \";\"\n", "content/handbook.yml:6:3: export: unknown key 'delimter' (did you mean 'delimiter'?)"),
        ] {
            let root = try TestProject.make([
                "content/handbook.yml": "title: T\nlocale: en_US\ncurrency: USD\nas_of: 2024-06-30\n" + yaml,
                "content/data/customers.csv": "id,name\nC1,Acme\n",
            ], name: "export-\(message.count)")
            #expect(Fixtures.failureText(root) == message)
        }
    }
}
