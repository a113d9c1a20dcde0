import BoomerangKit
import Foundation
import Testing

/// The shipped example, built end to end.
@Suite struct ExampleHandbookTests {
    @Test func buildsEveryPageAndDossier() throws {
        let root = try TestProject.copyOfExample()
        let report = try HandbookBuilder.build(BuildOptions(root: root))
        let out = root.appendingPathComponent("output")
        let files = TestProject.snapshot(out)
        #expect(report.pages == files.count)
        for page in ["index.html", "customers/index.html", "customers/by-name.html", "managers/index.html",
                     "playbooks/index.html", "sections/lost.html", "sections/reasons.html", "sections/why.html",
                     "sections/winback.html", "assets/style.css", "data/customers.csv", "data/summary.json"] {
            #expect(files[page] != nil, "missing \(page)")
        }
        let customers = try String(contentsOf: root.appendingPathComponent("content/data/customers.csv"), encoding: .utf8)
        let ids = customers.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(ids.count >= 60)
        for id in ids {
            #expect(files["customers/\(id).html"] != nil, "no dossier for \(id)")
            #expect(files["customers/\(id).md"] != nil, "no Markdown dossier for \(id)")
        }
        let index = TestProject.text(out.appendingPathComponent("index.html"))
        #expect(index.contains("<html lang=\"en\" dir=\"ltr\">"))
        // What happened: reasons separated by "; ", a full stop after the last, then the competitor.
        let dossier = TestProject.text(out.appendingPathComponent("customers/C002.html"))
        #expect(dossier.contains("<p>Left on July 30, 2026: <a href=\"../playbooks/rude_staff.html\">Rude or dismissive staff</a>; <a href=\"../playbooks/service_quality.html\">Poor service quality</a>. Went to: <bdi>ProDepot</bdi>."))
        let markdown = TestProject.text(out.appendingPathComponent("customers/C002.md"))
        #expect(markdown.contains("- Left on July 30, 2026: Rude or dismissive staff; Poor service quality. Went to: ProDepot."))
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let root = try TestProject.copyOfExample()
        let a = TestProject.temporaryFolder("a"), b = TestProject.temporaryFolder("b")
        try HandbookBuilder.build(BuildOptions(root: root, output: a.appendingPathComponent("site")))
        try HandbookBuilder.build(BuildOptions(root: root, output: b.appendingPathComponent("site")))
        let x = TestProject.snapshot(a.appendingPathComponent("site")), y = TestProject.snapshot(b.appendingPathComponent("site"))
        #expect(x.keys.sorted() == y.keys.sorted())
        for (k, v) in x { #expect(y[k] == v, "\(k) differs between two builds") }
    }

    @Test func unchangedFilesAreNotRewritten() throws {
        let root = try TestProject.copyOfExample()
        try HandbookBuilder.build(BuildOptions(root: root))
        let index = root.appendingPathComponent("output/index.html").path
        let before = try FileManager.default.attributesOfItem(atPath: index)[.systemFileNumber] as? Int
        let report = try HandbookBuilder.build(BuildOptions(root: root))
        #expect(report.written == 0)
        #expect(report.unchanged == report.pages)
        let after = try FileManager.default.attributesOfItem(atPath: index)[.systemFileNumber] as? Int
        #expect(before == after, "index.html was rewritten although its bytes did not change")
    }

    @Test func everyInternalLinkResolves() throws {
        let root = try TestProject.copyOfExample()
        try HandbookBuilder.build(BuildOptions(root: root))
        let out = root.appendingPathComponent("output")
        let files = TestProject.snapshot(out)
        var broken: [String] = []
        for (path, data) in files where path.hasSuffix(".html") {
            for ref in LinkChecker.references(in: Array(data)) {
                guard let target = LinkChecker.resolve(ref, from: path) else { continue }
                if files[target] == nil { broken.append("\(path) -> \(ref)") }
            }
        }
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    @Test func checkWritesNothing() throws {
        let root = try TestProject.copyOfExample()
        var options = BuildOptions(root: root)
        options.write = false
        try HandbookBuilder.build(options)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }
}
