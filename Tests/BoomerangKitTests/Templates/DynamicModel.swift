@testable import BoomerangKit
import BoomerangEscaping
import BoomerangModel
import Foundation
import Mustache

/// Test support: untyped values as template models, and typed models as the untyped
/// dictionaries swift-mustache (the renderer the handbook used before) renders. Both directions
/// let the renderer be checked against swift-mustache on the same input.

/// An empty text as the old view models held it: a section skips it, and it hides an outer
/// value of the same name.
struct Blank: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// Dictionaries of Strings, Bools, dictionaries and lists of dictionaries as template items,
/// with a schema made from their keys (Strings are text, unless listed in `markup`).
struct DynamicItems: TemplateItems {
    let schema: TemplateSchema
    let items: [[String: Any]]

    init(_ items: [[String: Any]], name: String = "item", markup: Set<String> = []) {
        self.items = items
        schema = Self.schema(items, name: name, markup: markup)
    }

    private init(schema: TemplateSchema, items: [[String: Any]]) {
        self.schema = schema
        self.items = items
    }

    var count: Int { items.count }
    var fieldCount: Int { schema.fields.count }

    func addFingerprint(_ item: Int, to f: inout Fingerprint) {
        for field in 0..<fieldCount { f.add(slot: slot(item, field)) }
    }

    func slot(_ item: Int, _ field: Int) -> Slot {
        let f = schema.fields[field]
        let value = items[item][f.name]
        switch f.kind {
        case .text, .url: return .text(value as? String ?? "")
        case .markup: return .markup(value as? String ?? "")
        case .flag: return .flag(value as? Bool ?? false)
        case .list(let s), .object(let s), .deferred(let s):
            if let d = value as? [String: Any] { return .items(DynamicItems(schema: s, items: [d])) }
            return .items(DynamicItems(schema: s, items: value as? [[String: Any]] ?? []))
        }
    }

    /// The union of the items' keys, sorted; the kind from the first value found.
    static func schema(_ items: [[String: Any]], name: String, markup: Set<String>) -> TemplateSchema {
        var keys: [String: Any] = [:]
        for d in items { for (k, v) in d where keys[k] == nil { keys[k] = v } }
        return TemplateSchema(name, keys.keys.sorted().map { k in
            switch keys[k]! {
            case is Bool: return FieldInfo(k, .flag, "")
            case let d as [String: Any]: return FieldInfo(k, .object(schema([d], name: k, markup: markup)), "")
            case let l as [[String: Any]]: return FieldInfo(k, .list(schema(l, name: k, markup: markup)), "")
            default: return FieldInfo(k, markup.contains(k) ? .markup : .text, "")
            }
        })
    }
}

/// Typed models as the dictionaries the handbook's view models used to be: `has_<list>` beside
/// every list, empty texts as `Blank`, and text transformed as the old passes did (escaped
/// for Markdown in the Markdown copy).
enum TemplateDictionary {
    static func of(_ items: any TemplateItems, _ item: Int, text: (String, FieldKind) -> String = { s, _ in s }) -> [String: Any] {
        var out: [String: Any] = [:]
        for (i, f) in items.schema.fields.enumerated() where out[f.name] == nil {
            switch items.slot(item, i) {
            case .text(let s), .url(let s): out[f.name] = s.isEmpty ? Blank() : text(s, f.kind)
            case .markup(let s): out[f.name] = s.isEmpty ? Blank() : s
            case .bytes(let b): out[f.name] = String(decoding: b, as: UTF8.self)
            case .flag(let b): out[f.name] = b
            case .items(let inner): add(inner, f, into: &out, text: text)
            case .deferred(let d): add(d.make(), f, into: &out, text: text)
            }
        }
        return out
    }

    private static func add(_ inner: any TemplateItems, _ f: FieldInfo, into out: inout [String: Any], text: (String, FieldKind) -> String) {
        let rows = (0..<inner.count).map { of(inner, $0, text: text) }
        if case .object = f.kind {
            if let row = rows.first { out[f.name] = row }
        } else {
            out[f.name] = rows
        }
        if out["has_" + f.name] == nil { out["has_" + f.name] = !rows.isEmpty }
    }

    /// A page's frames merged as the old pages merged them: inner keys win.
    static func merged(_ frames: [MustacheRenderer.Frame], text: (String, FieldKind) -> String = { s, _ in s }) -> [String: Any] {
        var out: [String: Any] = [:]
        for case .item(let items, let i) in frames {
            out.merge(of(items, i, text: text)) { $1 }
        }
        return out
    }

    /// The old Markdown pass: text escaped as Markdown text, links as link destinations.
    static func markdown(_ s: String, _ kind: FieldKind) -> String {
        if case .url = kind { return Escape.markdownLinkDestination(s) }
        return Escape.markdownText(s)
    }
}

/// Renders with both engines, for tests that compare them.
enum MustacheReference {
    /// Our renderer: `main` bound to the schema of `context`, with `partials` by name. Throws on a
    /// syntax error or a name the binder rejects.
    static func compiled(_ main: String, _ context: [String: Any], partials: [String: String] = [:], strings: [String: String] = [:],
                         markup: Set<String> = [], output: OutputKind = .html) throws -> String {
        var source = TemplateSource()
        for (name, text) in partials.merging(["$main": main], uniquingKeysWith: { $1 }) {
            source.programs[name] = try MustacheCompiler.compile(text)
            source.files[name] = "templates/\(name).mustache"
            source.texts[name] = text
        }
        let items = DynamicItems([context], name: "context", markup: markup)
        var binder = TemplateBinder(source: source, strings: strings, stringsFile: "templates/strings/en.yml", output: output)
        let block = binder.bind("$main", scopes: [.model(items.schema)])
        if let problem = binder.problems.first { throw BuildFailure([problem]) }
        var renderer = MustacheRenderer()
        renderer.render(block, [.item(items, 0)])
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

    /// The handbook's templates, for swift-mustache.
    static func library(root: URL, files: [String: String]) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, rel) in files {
            library.register(try MustacheTemplate(string: try String(contentsOf: root.appendingPathComponent(rel), encoding: .utf8)), named: name)
        }
        return library
    }
}
