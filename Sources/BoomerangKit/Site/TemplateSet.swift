import BoomerangModel
import Foundation

/// The Mustache templates of `templates/`, compiled and bound to the page models that render
/// them, once per build.
///
/// Every `*.mustache` file (partials in `templates/partials/` too) is registered under its
/// base name, so `{{> banner}}` finds `templates/partials/banner.mustache`. Binding checks every
/// name in every template against the models of the pages that use it (TemplateBinder).
public struct TemplateSet: Sendable {
    /// Template name -> path relative to the root, for messages.
    public let files: [String: String]
    /// Page template -> the template bound to its model, and the layout bound around it.
    let pages: [String: BoundBlock]
    let layouts: [String: BoundBlock]

    /// The templates every handbook needs; a missing one is a build error.
    public static let required = ["layout", "index", "dossier", "dossier.md", "playbook", "playbooks",
                                  "customers", "manager", "managers", "section", "search"]

    /// Loads and binds the templates; `email: true` also requires and binds the two email templates.
    public static func load(root: URL, strings: InterfaceStrings, email: Bool = false) throws -> TemplateSet {
        let source = try TemplateSource.read(root: root)
        var problems = source.problems
        let wanted = required + (email ? PageBinding.emailTemplates : [])
        for name in wanted where source.files[name] == nil && !problems.contains(where: { $0.location.file.hasSuffix("/\(name).mustache") }) {
            let folder = PageBinding.emailTemplates.contains(name) ? "templates/email" : "templates"
            problems.append(Diagnostic(SourceLocation(file: "\(folder)/\(name).mustache"), "required template is missing"))
        }
        guard problems.isEmpty else { throw BuildFailure(problems) }
        let stringsFile = "templates/strings/\(strings.language).yml"
        var pages: [String: BoundBlock] = [:], layouts: [String: BoundBlock] = [:]
        for binding in PageBinding.all where source.programs[binding.template] != nil {
            var binder = TemplateBinder(source: source, strings: strings.values, stringsFile: stringsFile, output: binding.output)
            pages[binding.template] = binder.bind(binding.template, scopes: binding.scopes)
            if binding.layout { layouts[binding.template] = binder.bind("layout", scopes: binding.scopes) }
            problems += binder.problems
        }
        // The layout is bound once per page kind: a problem in it is reported once.
        var seen = Set<String>()
        problems = problems.filter { seen.insert("\($0)").inserted }
        guard problems.isEmpty else { throw BuildFailure(problems) }
        return TemplateSet(files: source.files, pages: pages, layouts: layouts)
    }

    /// The same templates in objects of their own, for one render thread (BoundBlock.privateCopy).
    func privateCopy() -> TemplateSet {
        TemplateSet(files: files, pages: pages.mapValues { $0.privateCopy() }, layouts: layouts.mapValues { $0.privateCopy() })
    }

    /// Renders page template `name` with `model` (a page model of the kind PageBinding names for it).
    func render<M: TemplateModel>(_ name: String, _ model: M, outer: [MustacheRenderer.Frame] = []) -> [UInt8] {
        guard let block = pages[name] else { return [] }
        var renderer = MustacheRenderer()
        renderer.render(block, outer + [.item([model], 0)])
        return renderer.out
    }

    /// Renders page template `name` inside the layout: the layout's model below the page's, as
    /// Mustache looks names up, and the page's output as the layout's `body`.
    func renderPage<M: TemplateModel>(_ name: String, _ model: M, layout: LayoutPage) -> [UInt8] {
        guard let wrapper = layouts[name] else { return [] }
        layout.body = render(name, model, outer: [.item([layout], 0)])
        var renderer = MustacheRenderer(capacity: layout.body.count + 4096)
        renderer.render(wrapper, [.item([layout], 0), .item([model], 0)])
        return renderer.out
    }
}

/// The template files of `templates/`, read and compiled (syntax errors collected).
struct TemplateSource {
    var programs: [String: MustacheProgram] = [:]
    var files: [String: String] = [:]
    var texts: [String: String] = [:]
    var problems: [Diagnostic] = []

    static func read(root: URL) throws -> TemplateSource {
        let dir = root.appendingPathComponent("templates")
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: dir.path) else {
            throw BuildFailure(SourceLocation(file: "templates"), "folder not found: the handbook needs templates/ beside content/")
        }
        var source = TemplateSource()
        for p in (walker.allObjects as? [String] ?? []).filter({ $0.hasSuffix(".mustache") }).sorted() {
            source.add(path: p, in: dir)
        }
        return source
    }

    private mutating func add(path p: String, in dir: URL) {
        let rel = "templates/" + p
        let name = String((p as NSString).lastPathComponent.dropLast(".mustache".count))
        if let other = files[name] {
            problems.append(Diagnostic(SourceLocation(file: rel), "a template named '\(name)' already exists in \(other)"))
            return
        }
        guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(p).path),
              let text = String(data: data, encoding: .utf8) else {
            problems.append(Diagnostic(SourceLocation(file: rel), "cannot read the template as UTF-8 text"))
            return
        }
        do {
            programs[name] = try MustacheCompiler.compile(text)
            files[name] = rel
            texts[name] = text
        } catch {
            let (line, column) = error.position(in: text)
            problems.append(Diagnostic(SourceLocation(file: rel, line: line, column: column), "template syntax error: \(error.message)"))
        }
    }
}

/// Which model each template renders: the schema the binder checks it against.
struct PageBinding {
    let template: String
    let scopes: [TemplateBinder.Scope]
    let output: OutputKind
    /// Rendered inside the layout (the HTML pages).
    let layout: Bool

    static let emailTemplates = ["email-dossier", "email-text"]

    static let all: [PageBinding] = [
        page("index", IndexPage.fields.schema),
        page("customers", CustomerListPage.fields.schema),
        page("managers", ManagersPage.fields.schema),
        page("manager", ManagerPage.fields.schema),
        page("playbooks", PlaybooksPage.fields.schema),
        page("playbook", PlaybookPage.fields.schema),
        page("section", SectionPage.fields.schema),
        page("search", SearchPage.fields.schema),
        page("dossier", DossierPage.fields.schema),
        PageBinding(template: "dossier.md", scopes: [.model(MarkdownLayout.fields.schema), .model(DossierPage.fields.schema)], output: .markdown, layout: false),
        PageBinding(template: "email-dossier", scopes: [.model(EmailDossier.fields.schema)], output: .html, layout: false),
        PageBinding(template: "email-text", scopes: [.model(EmailDossier.fields.schema)], output: .text, layout: false),
    ]

    private static func page(_ template: String, _ schema: TemplateSchema) -> PageBinding {
        PageBinding(template: template, scopes: [.model(LayoutPage.fields.schema), .model(schema)], output: .html, layout: true)
    }
}
