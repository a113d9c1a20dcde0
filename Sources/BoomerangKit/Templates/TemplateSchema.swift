/// What a template may name inside one model: its fields with kind and meaning.
/// Derived from a `TemplateModel`'s field list; the binder resolves names against it.
final class TemplateSchema: Sendable {
    let name: String
    let fields: [FieldInfo]
    private let index: [String: Int]

    init(_ name: String, _ fields: [FieldInfo]) {
        self.name = name
        self.fields = fields
        var index: [String: Int] = [:]
        // The first field of a name wins: a model that lifts a part's fields lists its own first.
        for (i, f) in fields.enumerated() where index[f.name] == nil { index[f.name] = i }
        self.index = index
    }

    /// A field by name: its own, or `has_<list>` (true when the list has items), which every
    /// list and object field brings with it.
    func resolve(_ name: String) -> FieldRef? {
        if let i = index[name] { return .field(i) }
        if name.hasPrefix("has_"), let i = index[String(name.dropFirst(4))] {
            switch fields[i].kind {
            case .list, .object, .deferred: return .has(i)
            default: return nil
            }
        }
        return nil
    }

    /// Every name the schema answers to, for suggestions and the reference.
    var names: [String] {
        var out: [String] = []
        for f in fields {
            out.append(f.name)
            switch f.kind {
            case .list, .object, .deferred: out.append("has_" + f.name)
            default: break
            }
        }
        return out
    }
}

/// A resolved name: a field, or the `has_` flag of a list field.
enum FieldRef: Hashable, Sendable {
    case field(Int)
    case has(Int)
}

struct FieldInfo: Sendable {
    let name: String
    let kind: FieldKind
    /// One line on what the field holds, for docs/templates.md.
    let doc: String

    init(_ name: String, _ kind: FieldKind, _ doc: String) {
        self.name = name
        self.kind = kind
        self.doc = doc
    }
}

enum FieldKind: Sendable {
    case text, markup, url, flag
    case list(TemplateSchema)
    case object(TemplateSchema)
    /// A list made only at render time (see `Slot.deferred`).
    case deferred(TemplateSchema)

    /// The model inside a list or object field.
    var itemSchema: TemplateSchema? {
        switch self {
        case .list(let s), .object(let s), .deferred(let s): return s
        case .text, .markup, .url, .flag: return nil
        }
    }

    /// As docs/templates.md names it.
    var label: String {
        switch self {
        case .text: return "text"
        case .markup: return "markup"
        case .url: return "url"
        case .flag: return "flag"
        case .list(let s): return "list of \(s.name)"
        case .object(let s): return "optional \(s.name)"
        case .deferred(let s): return "list of \(s.name)"
        }
    }
}
