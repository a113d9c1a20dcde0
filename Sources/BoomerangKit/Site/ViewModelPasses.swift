/// The passes every dossier view model goes through before rendering: `ViewFlags` (HTML, Markdown
/// and email) and `MarkdownEscaping.escapeAll` (Markdown). They run once per page on trees of
/// about a hundred values, so they dispatch on the value's exact type (a metatype compare is a
/// pointer compare, and the cast after a match is the runtime's same-type fast path) instead of
/// trying one conditional cast after another, and they copy a dictionary only where a value
/// changes. Types outside the usual few take the general path, which has the original
/// cast-based semantics (`[String: String]` counts as a dictionary, any array as a list ...).

/// Adds `has_<key>` = true beside every non-empty list, so templates can wrap a list in
/// `<ul>` or show "none" without Mustache lambdas; an empty string in a dictionary becomes
/// `EmptyText` (a Mustache section would otherwise treat it as present).
enum ViewFlags {
    static func add(_ value: Any) -> Any {
        let type = type(of: value)
        if type == [String: Any].self { return flagged(value as! [String: Any]) }
        if ViewValueTypes.isLeaf(type) || type == String.self { return value }
        return general(value)
    }

    /// `add` of a dictionary.
    static func flagged(_ d: [String: Any]) -> [String: Any] {
        var out = d
        for (k, v) in d {
            let type = type(of: v)
            if type == String.self {
                if (v as! String).isEmpty { out[k] = EmptyText() }
            } else if ViewValueTypes.isLeaf(type) {
                continue
            } else if type == [String: Any].self {
                out[k] = flagged(v as! [String: Any])
            } else if type == [[String: Any]].self {
                let list = v as! [[String: Any]]
                out["has_" + k] = !list.isEmpty
                out[k] = list.map { flagged($0) as Any }
            } else if type == [Any].self {
                let list = v as! [Any]
                out["has_" + k] = !list.isEmpty
                out[k] = list.map(add)
            } else if type == [String].self {
                let list = v as! [String]
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
    static func escapeAll(_ value: Any) -> Any {
        let type = type(of: value)
        if type == String.self { return escape(value as! String) }
        if type == [String: Any].self { return escapeDictionary(value as! [String: Any]) }
        if type == [[String: Any]].self { return (value as! [[String: Any]]).map(escapeDictionary) }
        if ViewValueTypes.isLeaf(type) { return value }
        return general(value)
    }

    /// Already Markdown from a playbook, or a link target: left as it is.
    private static func keepsRaw(_ key: String) -> Bool {
        key == "markdown" || key == "href" || key.hasSuffix("_href")
    }

    static func escapeDictionary(_ d: [String: Any]) -> [String: Any] {
        var out = d
        for (k, v) in d where !keepsRaw(k) {
            let type = type(of: v)
            if type == String.self {
                if let escaped = escapedIfNeeded(v as! String) { out[k] = escaped }
            } else if !ViewValueTypes.isLeaf(type) {
                out[k] = escapeAll(v)
            }
        }
        return out
    }

    /// Any value by conditional casts (note that `[Any]` of dictionaries becomes `[[String: Any]]`).
    private static func general(_ value: Any) -> Any {
        switch value {
        case let s as String: return escape(s)
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
