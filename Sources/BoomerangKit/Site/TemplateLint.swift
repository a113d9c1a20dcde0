import BoomerangModel
import Foundation

/// Checks Mustache cannot make itself: a partial that does not exist renders as nothing,
/// which would silently drop part of every page, so it is a build error here.
enum TemplateLint {
    static func check(files: [String: String], root: URL) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for name in files.keys.sorted() {
            let rel = files[name]!
            guard let text = try? String(contentsOf: root.appendingPathComponent(rel), encoding: .utf8) else { continue }
            for (line, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = Substring(content)
                while let open = rest.range(of: "{{>") {
                    let after = rest[open.upperBound...]
                    guard let close = after.range(of: "}}") else { break }
                    let partial = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                    if files[partial] == nil {
                        let column = content.distance(from: content.startIndex, to: open.lowerBound) + 1
                        problems.append(Diagnostic(SourceLocation(file: rel, line: line + 1, column: column),
                                                   "unknown partial '\(partial)' (no templates/partials/\(partial).mustache)"
                                                   + NameSuggestion.hint(partial, partials(files), what: "partials")))
                    }
                    rest = after[close.upperBound...]
                }
            }
        }
        return problems
    }

    /// The templates under templates/partials/, for suggestions.
    static func partials(_ files: [String: String]) -> [NameSuggestion.Candidate] {
        files.filter { $0.value.contains("/partials/") }.keys.sorted().map { NameSuggestion.Candidate(name: $0) }
    }

    /// `{{t.key}}` references whose key the strings file lacks: Mustache would print nothing.
    static func missingStrings(files: [String: String], root: URL, strings: InterfaceStrings) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for name in files.keys.sorted() {
            let rel = files[name]!
            guard let text = try? String(contentsOf: root.appendingPathComponent(rel), encoding: .utf8) else { continue }
            for (line, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = Substring(content)
                while let open = rest.range(of: "t.") {
                    let before = rest[..<open.lowerBound]
                    var key = ""
                    for ch in rest[open.upperBound...] { if ch.isLetter || ch.isNumber || ch == "_" { key.append(ch) } else { break } }
                    // Only inside a tag: `{{t.key}}`, `{{#t.key}}`, `{{{t.key}}}`.
                    if before.hasSuffix("{{") || before.hasSuffix("{{#") || before.hasSuffix("{{^") || before.hasSuffix("{{{"),
                       !key.isEmpty, strings.lookup(key) == nil {
                        let column = content.distance(from: content.startIndex, to: open.lowerBound) + 1
                        problems.append(Diagnostic(SourceLocation(file: rel, line: line + 1, column: column),
                                                   "unknown string 't.\(key)' (not in templates/strings/\(strings.language).yml)"))
                    }
                    rest = rest[open.upperBound...]
                }
            }
        }
        return problems
    }
}
