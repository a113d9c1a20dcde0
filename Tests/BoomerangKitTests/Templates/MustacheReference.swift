@testable import BoomerangKit
import Foundation
import Mustache

// The compiled renderer is checked against swift-mustache, which the handbook rendered with
// before: EmptyText must mean the same to both.
extension EmptyText: MustacheCustomRenderable {}

// Shared customer rows iterate as the plain list of rows they hold.
extension SharedRows: Sequence, MustacheSequence {
    public func makeIterator() -> IndexingIterator<[[String: Any]]> { rows.makeIterator() }
}

/// Renders with both engines, for tests that compare them.
enum MustacheReference {
    /// Our renderer: `main` with `partials` available by name. Throws on a syntax error.
    static func compiled(_ main: String, _ context: [String: Any], partials: [String: String] = [:]) throws -> String {
        var programs: [String: MustacheProgram] = [:]
        for (name, text) in partials { programs[name] = try MustacheCompiler.compile(text) }
        let program = try MustacheCompiler.compile(main)
        var renderer = MustacheRenderer(partials: programs)
        renderer.render(program, .dict(context))
        return String(decoding: renderer.out, as: UTF8.self)
    }

    /// swift-mustache's output for the same; nil if it cannot parse the templates.
    static func reference(_ main: String, _ context: [String: Any], partials: [String: String] = [:]) -> String? {
        var library = MustacheLibrary()
        for (name, text) in partials {
            guard let t = try? MustacheTemplate(string: text) else { return nil }
            library.register(t, named: name)
        }
        guard let t = try? MustacheTemplate(string: main) else { return nil }
        library.register(t, named: "$main")
        return library.render(context, withTemplate: "$main")
    }

    /// The handbook's templates with swift-mustache rendering them instead.
    static func referenceSet(_ templates: TemplateSet, root: URL) throws -> TemplateSet {
        var library = MustacheLibrary()
        for (name, rel) in templates.files {
            let text = try String(contentsOf: root.appendingPathComponent(rel), encoding: .utf8)
            library.register(try MustacheTemplate(string: text), named: name)
        }
        var set = templates
        let lib = library
        set.reference = { name, context in lib.render(context, withTemplate: name) ?? "" }
        return set
    }
}
