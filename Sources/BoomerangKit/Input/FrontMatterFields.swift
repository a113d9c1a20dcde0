import Yams

/// Typed reads of playbook front matter; each problem names the field and its line.
struct FrontMatterFields {
    let file: String
    let firstLine: Int
    let map: Node.Mapping
    var problems: [Diagnostic] = []

    /// The id as written, even when it is not valid, so references to it are not reported twice.
    var rawID: String? { node("id")?.scalar?.string }

    struct Located { var value: String; var line: Int; var column: Int? }

    mutating func fail(_ node: Node?, _ message: String) {
        let line = node.map { YAMLSupport.line($0, firstLine: firstLine) } ?? 1
        problems.append(Diagnostic(SourceLocation(file: file, line: line, column: node.flatMap(YAMLSupport.column)), message))
    }

    func node(_ key: String) -> Node? {
        for (k, v) in map where k.scalar?.string == key { return v }
        return nil
    }

    mutating func requiredText(_ key: String) -> String? {
        guard let v = node(key) else { fail(nil, "front matter: missing required field '\(key)'"); return nil }
        guard let s = v.scalar, !YAMLSupport.isNull(v), !s.string.trimmingCharacters(in: " \t").isEmpty else {
            fail(v, "\(key): expected text, found \(YAMLSupport.describe(v))"); return nil
        }
        return s.string
    }

    mutating func optionalText(_ key: String) -> String? {
        guard let v = node(key), !YAMLSupport.isNull(v) else { return nil }
        guard let s = v.scalar else { fail(v, "\(key): expected text, found \(YAMLSupport.describe(v))"); return nil }
        return s.string
    }

    /// Ids name pages and appear in churn.csv `reasons` (`;`-separated), so they are kept simple.
    mutating func id() -> Located? {
        guard let text = requiredText("id"), let v = node("id") else { return nil }
        let ok = !text.hasPrefix(".") && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
        guard ok else {
            fail(v, "id: \(ValueParsing.quoted(text)) may contain only letters, digits, '-', '_' and '.' (not first)"); return nil
        }
        return Located(value: text, line: YAMLSupport.line(v, firstLine: firstLine), column: YAMLSupport.column(v))
    }

    mutating func kind() -> PlaybookKind? {
        guard let text = requiredText("kind") else { return nil }
        if let k = PlaybookKind(rawValue: text) { return k }
        let all = PlaybookKind.allCases.map(\.rawValue)
        fail(node("kind"), "kind: unknown kind \(ValueParsing.quoted(text)), expected one of: \(all.joined(separator: ", "))"
             + Suggestion.hint(text, all))
        return nil
    }

    mutating func cause(required: Bool) -> ChurnCause? {
        guard required || node("cause") != nil else { return nil }
        guard let text = requiredText("cause") else { return nil }
        if let c = ChurnCause(rawValue: text) { return c }
        let all = ChurnCause.allCases.map(\.rawValue)
        fail(node("cause"), "cause: unknown cause \(ValueParsing.quoted(text)), expected one of: \(all.joined(separator: ", "))"
             + Suggestion.hint(text, all))
        return nil
    }

    mutating func order() -> Int? {
        guard let v = node("order"), !YAMLSupport.isNull(v) else { return nil }
        guard let s = v.scalar, let n = ValueParsing.integer(s.string) else {
            fail(v, "order: expected a whole number, found \(YAMLSupport.describe(v))"); return nil
        }
        return n
    }

    /// `headings:` renames the sections the generator looks for.
    mutating func headings() -> (names: [String: String], lines: [String: Int]) {
        var names: [String: String] = [:], lines: [String: Int] = [:]
        guard let v = node("headings"), !YAMLSupport.isNull(v) else { return (names, lines) }
        guard let m = v.mapping else {
            fail(v, "headings: expected a map such as {minimum: Minimum, normal: Normal, maximum: Maximum}, found \(YAMLSupport.describe(v))")
            return (names, lines)
        }
        for (k, value) in m {
            let key = k.scalar?.string ?? ""
            guard PlaybookLoader.headingKeys.contains(key) else {
                fail(k, "headings: unknown key '\(key)', expected one of: \(PlaybookLoader.headingKeys.joined(separator: ", "))"
                     + Suggestion.hint(key, PlaybookLoader.headingKeys))
                continue
            }
            guard let s = value.scalar, !YAMLSupport.isNull(value) else {
                fail(value, "headings.\(key): expected the heading text, found \(YAMLSupport.describe(value))"); continue
            }
            names[key] = s.string
            lines[key] = YAMLSupport.line(value, firstLine: firstLine)
        }
        return (names, lines)
    }
}
