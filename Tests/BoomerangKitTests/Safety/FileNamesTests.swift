@testable import BoomerangKit
import Foundation
import Testing

@Suite struct FileNamesTests {
    @Test func plainIdsStayAsTheyAre() {
        #expect(FileNames.stems(for: ["C001", "c_2", "X-9"]) == ["C001", "c_2", "X-9"])
    }

    @Test func unsafeIdsGetAHashSuffix() {
        let stems = FileNames.stems(for: ["../../etc/passwd", "CON", "a/b", "Ёлка", ""])
        #expect(stems[0] == "etc-passwd-" + FileNames.hash("../../etc/passwd"))
        #expect(stems[1] == "CON-" + FileNames.hash("CON"))
        #expect(stems[2] == "a-b-" + FileNames.hash("a/b"))
        #expect(stems[3] == "x-" + FileNames.hash("Ёлка"))
        #expect(stems[4] == "x-" + FileNames.hash(""))
    }

    @Test func caseInsensitiveCollisionsAreSeparated() {
        let stems = FileNames.stems(for: ["A1", "a1"])
        #expect(stems[0] != stems[1])
        #expect(stems[0].lowercased() != stems[1].lowercased())
    }

    @Test func managerNamesAreTransliterated() {
        #expect(FileNames.stems(for: ["Павел Смирнов"], transliterate: true) == ["pavel-smirnov"])
        #expect(FileNames.stems(for: ["Andrew Collins"], transliterate: true) == ["andrew-collins"])
    }

    /// An id that is the name of a customer-list page would write its dossier over that page
    /// (both are in customers/): it gets a hash suffix like a device name.
    @Test func idsNamedLikeListPagesAreSuffixed() {
        let taken = ["page-2", "PAGE-17", "by-name", "by-value-3", "By-Status-12", "index"]
        for (id, stem) in zip(taken, FileNames.stems(for: taken)) {
            #expect(stem == id + "-" + FileNames.hash(id), "\(id)")
        }
        let free = ["page", "page-x", "by-name-x", "by-colour", "by-colour-2", "pages-2"]
        #expect(FileNames.stems(for: free) == free)
    }

    /// The same in a whole build: a customer with id page-2 gets their own dossier, and the
    /// customer list's second page stays the list.
    @Test func aCustomerCalledPage2KeepsTheListIntact() throws {
        let root = try TestProject.copyOfExample()
        let customers = root.appendingPathComponent("content/data/customers.csv")
        var text = try String(contentsOf: customers, encoding: .utf8)
        // 500 customers fill the list's first page, so a page-2 exists.
        for k in 1...400 { text += "page-\(k),Filler \(k),,,,,,,,,0\n" }
        try Data(text.utf8).write(to: customers)
        try HandbookBuilder.build(BuildOptions(root: root))
        let list = TestProject.text(root.appendingPathComponent("output/customers/page-2.html"))
        #expect(list.contains("<nav class=\"pager\""))
        let dossier = TestProject.text(root.appendingPathComponent("output/customers/page-2-\(FileNames.hash("page-2")).html"))
        #expect(dossier.contains("Filler 2<"))
    }
}
