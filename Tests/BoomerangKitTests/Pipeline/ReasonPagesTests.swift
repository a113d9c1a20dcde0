import BoomerangKit
import Foundation
import Testing

/// A reason's playbook lists the customers who left for it in pages of the customer list's
/// size (500): at 1,000,000 customers the most common reason was one 35 MB page.
@Suite struct ReasonPagesTests {
    /// The example plus 1,100 customers who left for "price": 1,101 + the example's in three
    /// pages, each customer exactly once, the pages linked in order, other reasons on one page.
    @Test func aLongReasonIsListedInPagesWithEveryCustomerOnce() throws {
        let root = try TestProject.copyOfExample()
        let data = root.appendingPathComponent("content/data")
        var customers = "", orders = "", churn = ""
        for k in 1...1_100 {
            let id = String(format: "P%04d", k)
            customers += "\(id),Price Leaver \(k),,,,,,,,,0\n"
            orders += "SO-9\(id),\(id),2021-03-0\(k % 9 + 1),100.00,20.00\n"
            churn += "\(id),2022-02-0\(k % 9 + 1),price,,\n"
        }
        for (file, rows) in [("customers.csv", customers), ("orders.csv", orders), ("churn.csv", churn)] {
            let handle = try FileHandle(forWritingTo: data.appendingPathComponent(file))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(rows.utf8))
            try handle.close()
        }
        let churnText = try String(contentsOf: data.appendingPathComponent("churn.csv"), encoding: .utf8)
        let leavers = Set(churnText.split(separator: "\n").dropFirst().filter { $0.split(separator: ",")[2].split(separator: ";").contains("price") }
            .map { String($0.split(separator: ",")[0]) })
        #expect(leavers.count > 1_100)

        try HandbookBuilder.build(BuildOptions(root: root))
        let playbooks = root.appendingPathComponent("output/playbooks")
        let names = ["price.html", "price.page-2.html", "price.page-3.html"]
        var listed: [String] = []
        for (n, name) in names.enumerated() {
            let html = TestProject.text(playbooks.appendingPathComponent(name))
            let ids = html.matches(of: /<span class="muted">([A-Z][0-9]+)/).map { String($0.output.1) }
            #expect(ids.count == (n < 2 ? 500 : leavers.count - 1_000), "\(name)")
            listed += ids
            if n > 0 { #expect(html.contains("href=\"\(names[n - 1])\" rel=\"prev\""), "\(name) links back") }
            if n < 2 { #expect(html.contains("href=\"\(names[n + 1])\" rel=\"next\""), "\(name) links on") }
        }
        #expect(listed.count == leavers.count && Set(listed) == leavers)
        #expect(listed == listed.sorted(), "in id order across the pages")
        let files = try FileManager.default.contentsOfDirectory(atPath: playbooks.path)
        #expect(!files.contains("price.page-4.html"))
        #expect(files.filter { $0.contains(".page-") }.sorted() == ["price.page-2.html", "price.page-3.html"])
    }

    /// The page lists exactly the customers its figure counts: those whose latest departure on
    /// or before the as-of day names the reason. C037 left for price, then for a service
    /// problem; C061 left for price, and a row dated after the as-of day says service too.
    @Test func theListHoldsTheCustomersTheFigureCounts() throws {
        let root = try TestProject.copyOfExample()
        let churn = root.appendingPathComponent("content/data/churn.csv")
        var text = try String(contentsOf: churn, encoding: .utf8)
        text += "C037,2022-06-01,service_quality,,Left again after late deliveries.\n"
        text += "C061,2026-11-15,service_quality,,Dated after the as-of day.\n"
        try Data(text.utf8).write(to: churn)
        try HandbookBuilder.build(BuildOptions(root: root))
        for reason in ["price", "service_quality"] {
            let html = TestProject.text(root.appendingPathComponent("output/playbooks/\(reason).html"))
            let figure = try #require(html.firstMatch(of: /revenue a year: ([0-9]+)/)?.output.1)
            let ids = html.matches(of: /<span class="muted">([A-Z][0-9]+)/).map { String($0.output.1) }
            #expect(ids.count == Int(figure), "\(reason): \(ids)")
            #expect(ids.contains("C037") == (reason == "service_quality"), "\(reason)")
            #expect(ids.contains("C061") == (reason == "price"), "\(reason)")
        }
    }
}

