import BoomerangKit
import Foundation
import Testing

/// examples/erp-export is the shipped example with orders.csv as a 1C export (Windows-1251, `;`,
/// decimal commas, dd.MM.yyyy, Russian headers) and customers as an .xlsx workbook. Read as
/// they are, they must give the very same handbook figures as the UTF-8 CSV files in content/.
@Suite struct ErpExportExampleTests {
    static let twin = TestProject.repository.appendingPathComponent("examples/erp-export")

    /// Builds a copy of `content`. With `plainParts`, the parts that are plain copies of the main
    /// example (playbooks, the other CSV files) are taken from content/ itself, so this test
    /// compares the two exports and nothing else, whoever edits a playbook.
    func build(content: URL, name: String, plainParts: Bool = false) throws -> URL {
        let dir = TestProject.temporaryFolder(name)
        let fm = FileManager.default
        try fm.copyItem(at: content, to: dir.appendingPathComponent("content"))
        if plainParts {
            let main = TestProject.repository.appendingPathComponent("content")
            // complaints.csv and contacts.csv stay as the CRM wrote them (Да/Нет, Russian channel
            // names): handbook.yml's values: block must read them as the plain files say.
            for part in ["playbooks", "data/managers.csv", "data/churn.csv"] {
                let target = dir.appendingPathComponent("content/\(part)")
                try? fm.removeItem(at: target)
                try fm.copyItem(at: main.appendingPathComponent(part), to: target)
            }
        }
        try FileManager.default.copyItem(at: TestProject.repository.appendingPathComponent("templates"),
                                         to: dir.appendingPathComponent("templates"))
        try HandbookBuilder.build(BuildOptions(root: dir))
        return dir.appendingPathComponent("output")
    }

    @Test func theTwinsAreRealExports() throws {
        let data = Self.twin.appendingPathComponent("content/data")
        let orders = try Data(contentsOf: data.appendingPathComponent("orders.csv"))
        #expect(String(data: orders, encoding: .utf8) == nil, "orders.csv should be Windows-1251, not UTF-8")
        #expect(orders.starts(with: [0xCD, 0xEE, 0xEC, 0xE5, 0xF0, 0x3B]), "header starts with Номер; in Windows-1251")
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("customers.csv").path))
        let xlsx = try Data(contentsOf: data.appendingPathComponent("customers.xlsx"))
        #expect(xlsx.starts(with: [0x50, 0x4B, 0x03, 0x04]), "customers.xlsx is a ZIP archive")
    }

    @Test func buildsTheSameFiguresAsTheUTF8Example() throws {
        let plain = try build(content: TestProject.repository.appendingPathComponent("content"), name: "plain")
        let export = try build(content: Self.twin.appendingPathComponent("content"), name: "export", plainParts: true)
        for file in ["data/summary.json", "data/customers.csv"] {
            let a = try Data(contentsOf: plain.appendingPathComponent(file))
            let b = try Data(contentsOf: export.appendingPathComponent(file))
            #expect(a == b, "\(file) differs; run scripts/make-export-example.py after changing content/")
        }
        // Every page too: the dossiers show the same orders, dates and amounts.
        let x = TestProject.snapshot(plain), y = TestProject.snapshot(export)
        #expect(x.count > 100 && x.keys.sorted() == y.keys.sorted())
        let differing = x.keys.filter { x[$0] != y[$0] }.sorted()
        #expect(differing.isEmpty, "differ: \(differing.prefix(5))")
    }
}
