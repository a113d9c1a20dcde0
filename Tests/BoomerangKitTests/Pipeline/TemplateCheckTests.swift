import BoomerangKit
import Foundation
import Testing

/// A company's edited template is checked against the page models when it loads: a name that
/// would render nothing stops the build with its place and a suggestion.
@Suite struct TemplateCheckTests {
    /// Builds the example with `edit` applied to one template; returns the build's message.
    func failure(_ template: String, _ edit: (String) -> String) throws -> String {
        let root = try TestProject.copyOfExample("TemplateCheckTests-" + template.replacingOccurrences(of: "/", with: "-"))
        let file = root.appendingPathComponent("templates/" + template)
        try Data(edit(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
        do {
            try HandbookBuilder.build(BuildOptions(root: root))
        } catch let f as BuildFailure {
            return f.description
        }
        Issue.record("the build should have failed")
        return ""
    }

    /// Replaces the first `old` on line `line` (1-based), checking the line holds it.
    func replace(_ text: String, line: Int, _ old: String, _ new: String) -> String {
        var lines = text.components(separatedBy: "\n")
        #expect(lines[line - 1].contains(old), "line \(line): \(lines[line - 1])")
        lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
        return lines.joined(separator: "\n")
    }

    @Test func aMisspeltFieldNamesFileLineColumnAndTheField() throws {
        let message = try failure("dossier.mustache") { replace($0, line: 4, "{{name}}", "{{nmae}}") }
        #expect(message.contains("templates/dossier.mustache:4:10: unknown field 'nmae' (did you mean 'name'?)"), "\(message)")
    }

    @Test func aMisspeltFieldInsideASectionIsCheckedAgainstTheItem() throws {
        let message = try failure("dossier.mustache") { replace($0, line: 21, "{{competitor}}", "{{competitr}}") }
        #expect(message.contains("templates/dossier.mustache:21:"), "\(message)")
        #expect(message.contains("unknown field 'competitr' (did you mean 'competitor'?)"), "\(message)")
    }

    @Test func anUnknownPartialIsNamedWithASuggestion() throws {
        let message = try failure("index.mustache") { replace($0, line: 6, "{{> charts}}", "{{> chart}}") }
        #expect(message.contains("templates/index.mustache:6:1: unknown partial 'chart'"), "\(message)")
        #expect(message.contains("did you mean 'charts'?"), "\(message)")
    }

    @Test func aFieldUsedOutsideItsSectionSaysWhichSectionItBelongsTo() throws {
        let message = try failure("dossier.mustache") { $0 + "{{topic}}\n" }
        #expect(message.contains("templates/dossier.mustache:106:1: 'topic' is a field of the items of 'complaints'"), "\(message)")
        #expect(message.contains("{{#complaints}}"), "\(message)")
    }

    /// A partial is checked in every page it is used in: `no_data` is a field of the front page,
    /// which includes the figures, but not of the sections, which include them too.
    @Test func aPartialIsCheckedInEveryContext() throws {
        let message = try failure("partials/figures.mustache") { "{{#no_data}}!{{/no_data}}\n" + $0 }
        #expect(message.contains("templates/partials/figures.mustache:1:1: unknown field 'no_data'"), "\(message)")
    }

    /// The layout knows which page it wraps: `page_<template>` flags, as before the typed models.
    @Test func theLayoutHasAFlagPerPageTemplate() throws {
        let root = try TestProject.copyOfExample()
        let layout = root.appendingPathComponent("templates/layout.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "</head>", with: "{{#page_dossier}}<meta name=\"kind\" content=\"dossier\">{{/page_dossier}}</head>").utf8).write(to: layout)
        try HandbookBuilder.build(BuildOptions(root: root))
        let dossier = try String(contentsOf: root.appendingPathComponent("output/customers/C014.html"), encoding: .utf8)
        let index = try String(contentsOf: root.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(dossier.contains("<meta name=\"kind\" content=\"dossier\">"))
        #expect(!index.contains("<meta name=\"kind\""))
    }

    @Test func anUnknownStringKeyNamesTheStringsFile() throws {
        let message = try failure("layout.mustache") { replace($0, line: 11, "{{t.skip_to_content}}", "{{t.skip_to_contnet}}") }
        #expect(message.contains("templates/layout.mustache:11:"), "\(message)")
        #expect(message.contains("unknown string 't.skip_to_contnet' (not in templates/strings/en.yml)"), "\(message)")
        #expect(message.contains("did you mean 'skip_to_content'?"), "\(message)")
    }
}

/// docs/templates.md carries the field reference `boomerang fields` prints.
@Suite struct TemplateReferenceTests {
    @Test func theDocsHoldTheCurrentReference() throws {
        let docs = try String(contentsOf: TestProject.repository.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        let start = try #require(docs.range(of: TemplateReference.begin), "docs/templates.md lacks the generated reference")
        let generated = String(docs[start.lowerBound...])
        #expect(generated == TemplateReference.markdown(), "docs/templates.md is out of date: run `boomerang fields` and replace the part from the marker on")
    }
}
