import BoomerangAnalytics
import Foundation

/// A handbook loaded, checked and analysed, ready to render single dossiers and emails
/// without building the site: the load, validate and analyze stages of `HandbookBuilder`.
public struct DossierSource: Sendable {
    public let site: SiteContext
    public let root: URL
    /// templates/assets/style.css, inlined into standalone dossier pages.
    public let stylesheet: String

    public init(site: SiteContext, root: URL, stylesheet: String = "") {
        self.site = site
        self.root = root
        self.stylesheet = stylesheet
    }

    /// Throws BuildFailure (file:line: message) like `boomerang build` would. `options` carries
    /// the database client for a `database:` block.
    public static func load(root: URL, asOf: Day? = nil, options: LoadOptions = LoadOptions()) throws -> DossierSource {
        let model = try HandbookLoader.load(root: root, asOfOverride: asOf, options: options).model
        let (templates, strings) = try HandbookBuilder.loadTemplates(root: root, model: model, email: true)
        let analysis = try Analyzer.analyze(model)
        let site = SiteContext(model: model, analysis: analysis, strings: strings, templates: templates)
        let file = FileManager.default.contents(atPath: root.appendingPathComponent("templates/assets/" + Stylesheet.name).path).map(Array.init) ?? []
        let css = String(decoding: Stylesheet.withChartRules(file), as: UTF8.self)
        return DossierSource(site: site, root: root, stylesheet: css)
    }

    /// The index of the customer with this id (exact match), or nil.
    public func customer(id: String) -> Int? {
        site.model.customers.firstIndex { $0.id == id }
    }

    /// Fails with the keys the rendering asked for and the strings file lacks.
    public func checkStrings() throws {
        let missing = site.strings.missingKeys
        guard !missing.isEmpty else { return }
        throw BuildFailure(missing.map {
            Diagnostic(SourceLocation(file: "templates/strings/\(site.strings.language).yml"), "missing string '\($0)'")
        })
    }
}
