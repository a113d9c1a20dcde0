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

    @Test func unknownPartialIsAnError() throws {
        let root = try TestProject.copyOfExample()
        let t = root.appendingPathComponent("templates/managers.mustache")
        try Data("<h1>x</h1>\n{{> no-such-part}}\n".utf8).write(to: t)
        do {
            try HandbookBuilder.build(BuildOptions(root: root))
            Issue.record("expected a failure")
        } catch let failure as BuildFailure {
            #expect(failure.description == "templates/managers.mustache:2:1: unknown partial 'no-such-part' (no templates/partials/no-such-part.mustache)")
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
