import BoomerangEscaping

/// The passes every dossier view model goes through before rendering: `ViewFlags` (HTML, Markdown
/// and email) and `MarkdownEscaping.escapeAll` (Markdown). They run once per page on trees of
/// about a hundred values, so they dispatch on the value's exact type (a metatype compare is a
/// pointer compare, and after a match the value is read in place: `payload(of:as:)`) instead of
/// trying one conditional cast after another, and they copy a dictionary only where a value
/// changes. Types outside the usual few take the general path, which has the original
/// cast-based semantics (`[String: String]` counts as a dictionary, any array as a list ...).

/// Adds `has_<key>` = true beside every non-empty list, so templates can wrap a list in
/// `<ul>` or show "none" without Mustache lambdas; an empty string in a dictionary becomes
/// `EmptyText` (a Mustache section would otherwise treat it as present).
enum ViewFlags {
    static func add(_ value: Any) -> Any {
        let type = type(of: value)
        if type == [String: Any].self { return flagged(payload(of: value, as: [String: Any].self)) }
        if ViewValueTypes.isLeaf(type) || type == String.self { return value }
        return general(value)
    }

    /// `add` of a dictionary.
    static func flagged(_ d: [String: Any]) -> [String: Any] {
        var out = d
        for (k, v) in d {
            let type = type(of: v)
            if type == String.self {
                if payload(of: v, as: String.self).isEmpty { out[k] = EmptyText() }
            } else if ViewValueTypes.isLeaf(type) {
                continue
            } else if type == [String: Any].self {
                out[k] = flagged(payload(of: v, as: [String: Any].self))
            } else if type == [[String: Any]].self {
                let list = payload(of: v, as: [[String: Any]].self)
                out["has_" + k] = !list.isEmpty
                out[k] = list.map { flagged($0) as Any }
            } else if type == SharedRows.self {
                // Customer rows come flagged already (see customerRow).
                out["has_" + k] = !payload(of: v, as: SharedRows.self).rows.isEmpty
            } else if type == [Any].self {
                let list = payload(of: v, as: [Any].self)
                out["has_" + k] = !list.isEmpty
                out[k] = list.map(add)
            } else if type == [String].self {
                let list = payload(of: v, as: [String].self)
                out["has_" + k] = !list.isEmpty
                out[k] = list.map { $0 as Any }
            } else {
                generalEntry(k, v, into: &out)
            }
        }
        return out
    }

    /// Any value by conditional casts.
    private static func general(_ value: Any) -> Any {
        guard let d = value as? [String: Any] else { return value }
        var out = d
        for (k, v) in d { generalEntry(k, v, into: &out) }
        return out
    }

    private static func generalEntry(_ k: String, _ v: Any, into out: inout [String: Any]) {
        if let list = v as? [Any] { out["has_" + k] = !list.isEmpty; out[k] = list.map(add) }
        else if v is [String: Any] { out[k] = add(v) }
        else if let text = v as? String, text.isEmpty { out[k] = EmptyText() }
    }
}

extension MarkdownEscaping {
    /// Every string in a view model escaped for Markdown, except playbook Markdown and links.
    static func escapeAll(_ value: Any) -> Any { escaped(value) ?? value }

    static func escapeDictionary(_ d: [String: Any]) -> [String: Any] { escaped(d) ?? d }

    /// Markdown from a playbook: the company's own text, left as it is.
    private static func isMarkdown(_ key: String) -> Bool { key == "markdown" }

    /// A link target: escaped as a Markdown link destination, not as text.
    private static func isLink(_ key: String) -> Bool { key == "href" || key.hasSuffix("_href") }

    /// The escaped value, or nil when nothing in it needs escaping (most values: the
    /// dictionaries and lists that have none are then shared rather than copied).
    private static func escaped(_ value: Any) -> Any? {
        let type = type(of: value)
        if type == String.self { return escapedIfNeeded(payload(of: value, as: String.self)) }
        if type == [String: Any].self { return escaped(payload(of: value, as: [String: Any].self)) }
        if type == [[String: Any]].self { return escaped(payload(of: value, as: [[String: Any]].self)) }
        if type == SharedRows.self {
            let rows = payload(of: value, as: SharedRows.self).rows
            return escaped(rows) ?? rows
        }
        if ViewValueTypes.isLeaf(type) { return nil }
        return general(value)
    }

    private static func escaped(_ d: [String: Any]) -> [String: Any]? {
        var out: [String: Any]?
        for (k, v) in d where !isMarkdown(k) {
            guard let e = isLink(k) ? destination(v) : escaped(v) else { continue }
            if out == nil { out = d }
            out![k] = e
        }
        return out
    }

    private static func destination(_ value: Any) -> Any? {
        guard let link = value as? String else { return nil }
        let e = Escape.markdownLinkDestination(link)
        return e == link ? nil : e
    }

    private static func escaped(_ rows: [[String: Any]]) -> [[String: Any]]? {
        var out: [[String: Any]]?
        for (i, row) in rows.enumerated() {
            guard let e = escaped(row) else { continue }
            if out == nil { out = rows }
            out![i] = e
        }
        return out
    }

    /// Any value by conditional casts (note that `[Any]` of dictionaries becomes `[[String: Any]]`).
    private static func general(_ value: Any) -> Any {
        switch value {
        case let s as String: return Escape.markdownText(s)
        case let d as [String: Any]: return escapeDictionary(d)
        case let a as [[String: Any]]: return a.map(escapeDictionary)
        case let a as [Any]: return a.map(escapeAll)
        default: return value
        }
    }
}

/// Value types that the passes leave as they are.
enum ViewValueTypes {
    @inline(__always)
    static func isLeaf(_ type: Any.Type) -> Bool {
        type == Bool.self || type == EmptyText.self || type == Int.self || type == Double.self
    }
}
