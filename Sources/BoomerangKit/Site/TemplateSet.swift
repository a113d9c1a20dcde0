import BoomerangModel
import Foundation

/// The Mustache templates of `templates/`, compiled once per build.
///
/// Every `*.mustache` file (partials in `templates/partials/` too) is registered under its
/// base name, so `{{> banner}}` finds `templates/partials/banner.mustache`.
public struct TemplateSet: Sendable {
    /// Template name -> compiled program (see `MustacheCompiler`).
    let programs: [String: MustacheProgram]
    /// Template name -> path relative to the root, for messages.
    public let files: [String: String]

    /// The templates every handbook needs; a missing one is a build error.
    public static let required = ["layout", "index", "dossier", "dossier.md", "playbook", "playbooks",
                                  "customers", "manager", "managers", "section", "search"]

    public static func load(root: URL) throws -> TemplateSet {
        let dir = root.appendingPathComponent("templates")
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: dir.path) else {
            throw BuildFailure(SourceLocation(file: "templates"), "folder not found: the handbook needs templates/ beside content/")
        }
        let paths = (walker.allObjects as? [String] ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        var programs: [String: MustacheProgram] = [:]
        var files: [String: String] = [:]
        var problems: [Diagnostic] = []
        for p in paths {
            let rel = "templates/" + p
            let name = String((p as NSString).lastPathComponent.dropLast(".mustache".count))
            if let other = files[name] {
                problems.append(Diagnostic(SourceLocation(file: rel), "a template named '\(name)' already exists in \(other)"))
                continue
            }
            guard let data = fm.contents(atPath: dir.appendingPathComponent(p).path),
                  let text = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(SourceLocation(file: rel), "cannot read the template as UTF-8 text"))
                continue
            }
            do {
                programs[name] = try MustacheCompiler.compile(text)
                files[name] = rel
            } catch {
                let (line, column) = error.position(in: text)
                problems.append(Diagnostic(SourceLocation(file: rel, line: line, column: column), "template syntax error: \(error.message)"))
            }
        }
        for name in required where files[name] == nil && !problems.contains(where: { $0.location.file.hasSuffix("/\(name).mustache") }) {
            problems.append(Diagnostic(SourceLocation(file: "templates/\(name).mustache"), "required template is missing"))
        }
        problems.append(contentsOf: TemplateLint.check(files: files, root: root))
        if !problems.isEmpty { throw BuildFailure(problems) }
        return TemplateSet(programs: programs, files: files)
    }

    /// Renders template `name` with `context`; "" only if the name is unknown (checked at load).
    public func render(_ name: String, _ context: [String: Any]) -> String {
        if let reference { return reference(name, context) }
        return String(decoding: renderBytes(name, context), as: UTF8.self)
    }

    /// Renders template `name` with `context` as UTF-8.
    public func renderBytes(_ name: String, _ context: [String: Any]) -> [UInt8] {
        if let reference { return Array(reference(name, context).utf8) }
        guard let program = programs[name] else { return [] }
        var renderer = MustacheRenderer(partials: programs)
        renderer.render(program, .dict(context))
        return renderer.out
    }

    /// Renders `template`, then `layout` with that output as `body` (unescaped via `{{{body}}}`).
    public func renderPage(_ template: String, layout: String, _ context: [String: Any]) -> [UInt8] {
        var context = context
        if reference != nil {
            context["body"] = render(template, context)
            return renderBytes(layout, context)
        }
        context["body"] = TemplateBytes(bytes: renderBytes(template, context))
        return renderBytes(layout, context)
    }

    /// Another renderer used instead of the compiled programs: the conformance tests plug
    /// swift-mustache in here to compare every page byte for byte.
    var reference: (@Sendable (_ name: String, _ context: [String: Any]) -> String)?

    init(programs: [String: MustacheProgram], files: [String: String], reference: (@Sendable (String, [String: Any]) -> String)? = nil) {
        self.programs = programs
        self.files = files
        self.reference = reference
    }
}
