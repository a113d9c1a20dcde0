import BoomerangModel
import Foundation
import Mustache

/// The Mustache templates of `templates/`, compiled once per build.
///
/// Every `*.mustache` file (partials in `templates/partials/` too) is registered under its
/// base name, so `{{> banner}}` finds `templates/partials/banner.mustache`.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
    /// Template name -> path relative to the root, for messages.
    public let files: [String: String]

    /// The templates every handbook needs; a missing one is a build error.
    public static let required = ["layout", "index", "dossier", "dossier.md", "playbook", "playbooks",
                                  "customers", "manager", "managers", "section"]

    public static func load(root: URL) throws -> TemplateSet {
        let dir = root.appendingPathComponent("templates")
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: dir.path) else {
            throw BuildFailure(SourceLocation(file: "templates"), "folder not found: the handbook needs templates/ beside content/")
        }
        let paths = (walker.allObjects as? [String] ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        var library = MustacheLibrary()
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
                library.register(try MustacheTemplate(string: text), named: name)
                files[name] = rel
            } catch let error as MustacheTemplate.ParserError {
                problems.append(Diagnostic(SourceLocation(file: rel, line: error.context.lineNumber, column: error.context.columnNumber),
                                           "template syntax error: \(describe(error.error))"))
            } catch {
                problems.append(Diagnostic(SourceLocation(file: rel), "template syntax error: \(error)"))
            }
        }
        for name in required where files[name] == nil && !problems.contains(where: { $0.location.file.hasSuffix("/\(name).mustache") }) {
            problems.append(Diagnostic(SourceLocation(file: "templates/\(name).mustache"), "required template is missing"))
        }
        problems.append(contentsOf: TemplateLint.check(files: files, root: root))
        if !problems.isEmpty { throw BuildFailure(problems) }
        return TemplateSet(library: library, files: files)
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed (expected }})"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }

    /// Renders template `name` with `context`; nil only if the name is unknown (checked at load).
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
