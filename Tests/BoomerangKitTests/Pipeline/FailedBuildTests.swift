import BoomerangKit
import Foundation
import Testing

/// A build with bad input lists every problem and leaves the previous output exactly as it was.
@Suite struct FailedBuildTests {
    @Test func badDataLeavesOutputUntouched() throws {
        let root = try TestProject.copyOfExample()
        try HandbookBuilder.build(BuildOptions(root: root))
        let before = TestProject.snapshot(root.appendingPathComponent("output"))
        let orders = root.appendingPathComponent("content/data/orders.csv")
        var text = try String(contentsOf: orders, encoding: .utf8)
        text += "X-BAD-1,NO-SUCH-CUSTOMER,2023-02-30,12,50\n"
        try Data(text.utf8).write(to: orders)
        #expect(throws: BuildFailure.self) { try HandbookBuilder.build(BuildOptions(root: root)) }
        do {
            try HandbookBuilder.build(BuildOptions(root: root))
        } catch let failure as BuildFailure {
            #expect(failure.description.contains("content/data/orders.csv:"))
        }
        let after = TestProject.snapshot(root.appendingPathComponent("output"))
        #expect(before == after)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".output") }
        #expect(leftovers.isEmpty)
    }

    @Test func templateSyntaxErrorNamesFileAndLine() throws {
        let root = try TestProject.copyOfExample()
        let t = root.appendingPathComponent("templates/playbook.mustache")
        try Data("<h1>{{title}}</h1>\n{{#html}}\n".utf8).write(to: t)
        do {
            try HandbookBuilder.build(BuildOptions(root: root))
            Issue.record("expected a failure")
        } catch let failure as BuildFailure {
            #expect(failure.description.hasPrefix("templates/playbook.mustache:"), "\(failure)")
            #expect(failure.description.contains("never closed"))
        }
    }

    /// Links are checked on the render threads; the report still lists pages in plan order.
    @Test func brokenLinksAreListedInPageOrder() throws {
        let root = try TestProject.copyOfExample()
        let t = root.appendingPathComponent("templates/managers.mustache")
        try Data(("<a href=\"{{root}}nowhere.html\">x</a><a href=\"{{root}}index.html\">home</a>\n" + String(contentsOf: t, encoding: .utf8)).utf8).write(to: t)
        let m = root.appendingPathComponent("templates/manager.mustache")
        try Data(("<img src=\"missing.svg\" alt=\"\">\n" + String(contentsOf: m, encoding: .utf8)).utf8).write(to: m)
        do {
            try HandbookBuilder.build(BuildOptions(root: root))
            Issue.record("expected a failure")
        } catch let failure as BuildFailure {
            let lines = failure.diagnostics.map(\.description)
            #expect(lines.first == "output/managers/index.html: broken link to ../nowhere.html")
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("output/managers/") && $0.hasSuffix(".html: broken link to missing.svg") })
            #expect(lines.count == 1 + Set(lines.dropFirst()).count, "one line per manager page")
            // The same order on every run, whichever thread rendered which page.
            for _ in 0..<2 {
                #expect(throws: BuildFailure.self) { try HandbookBuilder.build(BuildOptions(root: root)) }
                do { try HandbookBuilder.build(BuildOptions(root: root)) } catch let again as BuildFailure { #expect(again.description == failure.description) }
            }
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }

    @Test func unknownPartialIsAnError() throws {
        let root = try TestProject.copyOfExample()
        let t = root.appendingPathComponent("templates/managers.mustache")
        try Data("<h1>x</h1>\n{{> no-such-part}}\n".utf8).write(to: t)
        do {
            try HandbookBuilder.build(BuildOptions(root: root))
            Issue.record("expected a failure")
        } catch let failure as BuildFailure {
            #expect(failure.description == "templates/managers.mustache:2:1: unknown partial 'no-such-part' (no templates/partials/no-such-part.mustache) (partials: 'charts', 'customer-table', 'figures', 'manager-table', 'nav', 'pager', 'winback-table')")
        }
    }

    @Test func missingStringIsAnError() throws {
        let root = try TestProject.copyOfExample()
        let en = root.appendingPathComponent("templates/strings/en.yml")
        let text = try String(contentsOf: en, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("plan_present_offer:") }.joined(separator: "\n")
        try Data(text.utf8).write(to: en)
        do {
            try HandbookBuilder.build(BuildOptions(root: root))
            Issue.record("expected a failure")
        } catch let failure as BuildFailure {
            #expect(failure.description.contains("missing string 'plan_present_offer'"), "\(failure)")
        }
    }
}
