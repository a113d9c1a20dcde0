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
        var problems: [Diagnostic] = []
        var templates: TemplateSet?
        var strings: InterfaceStrings?
        do { templates = try TemplateSet.load(root: root) } catch let f as BuildFailure { problems += f.diagnostics }
        do { strings = try InterfaceStrings.load(root: root, language: model.config.interfaceLanguage) } catch let f as BuildFailure { problems += f.diagnostics }
        if let templates, let strings {
            problems += TemplateLint.missingStrings(files: templates.files, root: root, strings: strings)
            for name in ["email-dossier", "email-text"] where templates.files[name] == nil {
                problems.append(Diagnostic(SourceLocation(file: "templates/email/\(name).mustache"), "required template for email is missing"))
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        let analysis = try Analyzer.analyze(model)
        let site = SiteContext(model: model, analysis: analysis, strings: strings!, templates: templates!)
        let css = (try? String(contentsOf: root.appendingPathComponent("templates/assets/style.css"), encoding: .utf8)) ?? ""
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
