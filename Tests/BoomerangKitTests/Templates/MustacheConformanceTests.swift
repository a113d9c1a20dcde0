@testable import BoomerangKit
import Foundation
import Mustache
import Testing

/// Every page and email rendered from the typed page models must be byte-identical to
/// swift-mustache (the renderer the handbook used before) rendering the same models as the
/// untyped dictionaries the handbook used to build (TemplateDictionary).
@Suite struct MustacheConformanceTests {
    /// All pages (HTML and Markdown dossiers) and the emails of a handbook, both ways.
    func compareAll(_ source: DossierSource) throws -> Int {
        let site = source.site
        let library = try MustacheReference.library(root: source.root, files: site.templates.files)
        let renderer = PageRenderer(site: site, assets: [:])
        var compared = 0
        for page in SitePlanner.plan(site, assets: []) {
            guard let view = renderer.view(page) else { continue }
            let ours = view.render()
            let theirs = Array(reference(view, library, strings: site.strings.values).utf8)
            #expect(ours == theirs, "\(page.path) differs at byte \((0..<min(ours.count, theirs.count)).first { ours[$0] != theirs[$0] } ?? min(ours.count, theirs.count))")
            #expect(!ours.isEmpty)
            compared += 1
        }
        for c in site.model.customers.indices.prefix(40) {
            guard let manager = try? source.recipient(c) else { continue }
            let vm = source.emailViewModel(c, subject: source.emailSubject(c, step: nil), step: site.plan(c).first, manager: manager,
                                           charts: [], pdfAttached: c % 2 == 0, maxOrders: 5)
            var dictionary = TemplateDictionary.of([vm], 0)
            dictionary["t"] = site.strings.values
            for name in PageBinding.emailTemplates {
                let ours = String(decoding: site.templates.render(name, vm), as: UTF8.self)
                #expect(Array(ours.utf8) == Array((library.render(dictionary, withTemplate: name) ?? "").utf8), "email \(site.model.customers[c].id) (\(name))")
                compared += 1
            }
        }
        return compared
    }

    /// swift-mustache on the page's models as dictionaries: the page template, then the layout
    /// around it; the Markdown copy with its text escaped as the old pass escaped it.
    func reference(_ view: PageView, _ library: MustacheLibrary, strings: [String: String]) -> String {
        let markdown = view.template == "dossier.md"
        var context = TemplateDictionary.merged(view.frames, text: markdown ? TemplateDictionary.markdown : { s, _ in s })
        context["t"] = strings
        let body = library.render(context, withTemplate: view.template) ?? ""
        if markdown { return body }
        context["body"] = body
        return library.render(context, withTemplate: "layout") ?? ""
    }

    @Test func exampleHandbookIsByteIdentical() throws {
        let source = try DossierSource.load(root: TestProject.repository)
        let compared = try compareAll(source)
        #expect(compared > 50)
    }

    /// Markup in data, right-to-left and Cyrillic names, a manager without email.
    @Test func hostileSmallHandbookIsByteIdentical() throws {
        let source = try DossierEmailTests.source()
        let compared = try compareAll(source)
        #expect(compared > 10)
    }
}
