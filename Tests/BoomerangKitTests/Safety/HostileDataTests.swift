import BoomerangKit
import Foundation
import Testing

/// Values from data appear as text everywhere: HTML, SVG, Markdown and CSV exports;
/// hostile ids become safe, unique file names.
@Suite struct HostileDataTests {
    static let hostile = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
    ]

    static func project() throws -> URL {
        let reason = """
        ---
        id: price
        title: Too expensive
        kind: reason
        cause: competitor
        ---
        ## How to confirm
        Ask.
        ## Minimum
        Explain the price. <script>alert('playbook')</script>
        ## Normal
        Bonuses.
        ## Maximum
        Be unique.
        """
        var orders = "order_id,customer_id,date,amount\n"
        let ids = ["../../etc/passwd", "CON", "a/b", "A1", "a1"]
        for (i, id) in ids.enumerated() {
            for k in 0..<4 { orders += "O\(i)-\(k),\"\(id)\",2024-0\(k + 1)-1\(i),\(100 + k)\n" }
        }
        let names = hostile + ["=HYPERLINK(\"http://x\")", "@SUM(A1)"]
        var customers = "id,name,manager,city\n"
        for (i, id) in ids.enumerated() {
            customers += "\"\(id)\",\"\(names[i].replacingOccurrences(of: "\"", with: "\"\""))\",\"<b>boss</b>\",\"-1+2\"\n"
        }
        return try TestProject.make([
            "content/handbook.yml": "title: \"<i>Hostile</i>\"\nas_of: 2024-12-31\n",
            "content/data/customers.csv": customers,
            "content/data/orders.csv": orders,
            "content/data/churn.csv": "customer_id,date,reasons,competitor,note\nA1,2024-06-01,price,\"<script>x</script>\",\"[y](javascript:alert(2))\"\n",
            "content/playbooks/price.md": reason,
        ])
    }

    @Test func valuesAppearAsTextInEveryFormat() throws {
        let root = try Self.project()
        try HandbookBuilder.build(BuildOptions(root: root))
        let files = TestProject.snapshot(root.appendingPathComponent("output"))
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "raw script in \(path)")
            #expect(!html.contains("<img src=x"), "raw img in \(path)")
            #expect(!html.contains("<b>boss</b>"), "raw markup in \(path)")
            #expect(!html.contains("href=\"javascript:"), "javascript link in \(path)")
        }
        // The playbook's raw HTML is filtered (allow_raw_html is off).
        let playbook = String(decoding: files["playbooks/price.html"] ?? Data(), as: UTF8.self)
        #expect(!playbook.contains("<script>alert('playbook')"))
        for (path, data) in files where path.hasSuffix(".md") {
            let md = String(decoding: data, as: UTF8.self)
            #expect(!md.contains("[x](javascript:"), "a live Markdown link in \(path)")
            // Every `<` that could open a tag is escaped as `\<`.
            #expect(md.range(of: #"(?<!\\)<[a-zA-Z/]"#, options: .regularExpression) == nil, "raw HTML in \(path)")
        }
    }

    @Test func hostileIdsGiveSafeUniqueFileNames() throws {
        let root = try Self.project()
        try HandbookBuilder.build(BuildOptions(root: root))
        let files = TestProject.snapshot(root.appendingPathComponent("output"))
        let dossiers = files.keys.filter { $0.hasPrefix("customers/") && $0.hasSuffix(".html") && !$0.hasPrefix("customers/by-") && $0 != "customers/index.html" }
        #expect(dossiers.count == 5, "\(dossiers.sorted())")
        for d in dossiers {
            let name = String(d.dropFirst("customers/".count))
            #expect(!name.contains("/") && !name.hasPrefix("."), "unsafe \(name)")
            #expect(name.lowercased() != "con.html")
        }
        #expect(Set(dossiers.map { $0.lowercased() }).count == 5, "case-insensitive collision")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("etc/passwd.html").path))
    }

    @Test func csvExportNeutralizesFormulas() throws {
        let root = try Self.project()
        try HandbookBuilder.build(BuildOptions(root: root))
        let csv = TestProject.text(root.appendingPathComponent("output/data/customers.csv"))
        #expect(csv.contains("'=HYPERLINK"))
        #expect(csv.contains("'@SUM(A1)"))
        for line in csv.split(separator: "\n") {
            for cell in line.split(separator: ",") {
                let c = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                if let f = c.first, "=+@".contains(f) { Issue.record("formula cell \(cell)") }
            }
        }
    }
}
