@testable import BoomerangKit
import Foundation
import Testing

/// Every page and email rendered by the compiled renderer and by swift-mustache (the renderer
/// the handbook used before) must be byte-identical.
@Suite struct MustacheConformanceTests {
    /// All pages (HTML and Markdown dossiers) and the emails of a handbook, both ways.
    func compareAll(_ source: DossierSource) throws -> Int {
        let site = source.site
        let reference = try MustacheReference.referenceSet(site.templates, root: source.root)
        let referenceSite = SiteContext(model: site.model, analysis: site.analysis, strings: site.strings, templates: reference)
        let ours = PageRenderer(site: site, assets: [:])
        let theirs = PageRenderer(site: referenceSite, assets: [:])
        var compared = 0
        for page in SitePlanner.plan(site, assets: []) where page.path.hasSuffix(".html") || page.path.hasSuffix(".md") {
            let a = ours.render(page), b = theirs.render(page)
            #expect(a == b, "\(page.path) differs at byte \((0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count))")
            #expect(!a.isEmpty)
            compared += 1
        }
        let referenceSource = DossierSource(site: referenceSite, root: source.root)
        // Emails rasterize their charts, so a sample of them.
        var emails = 0
        for c in site.model.customers.indices where emails < 20 {
            guard let manager = try? source.recipient(c) else { continue }
            emails += 1
            let a = try source.email(c, step: nil, to: manager)
            let b = try referenceSource.email(c, step: nil, to: manager)
            #expect(a.html == b.html, "email \(site.model.customers[c].id) (HTML)")
            #expect(a.text == b.text, "email \(site.model.customers[c].id) (text)")
            compared += 1
        }
        return compared
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
