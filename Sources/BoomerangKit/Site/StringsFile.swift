import BoomerangModel
import Foundation
import Yams

/// One `templates/strings/<language>.yml` as read, with where each key stands, so the checks
/// against the English reference can point at lines.
struct StringsFile {
    struct Entry {
        /// The single text, or the `other` form of a plural entry.
        var text: String
        /// Plural forms by CLDR category; empty for a plain text.
        var forms: [String: String]
        var location: SourceLocation
    }

    let path: String
    var entries: [String: Entry] = [:]

    /// Categories a plural entry may name (CLDR); `other` is required.
    static let categories: Set<String> = ["zero", "one", "two", "few", "many", "other"]

    static func read(root: URL, language: String) throws -> StringsFile {
        let path = "templates/strings/\(language).yml"
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw BuildFailure(SourceLocation(file: path), "cannot read the strings file (not UTF-8 text?)")
        }
        let node: Node?
        switch YAMLSupport.compose(text, file: path, firstLine: 1) {
        case .success(let n): node = n
        case .failure(let e): throw BuildFailure([e.diagnostic])
        }
        guard case .mapping(let mapping)? = node else {
            throw BuildFailure(SourceLocation(file: path, line: 1, column: 1), "expected a mapping of key: text")
        }
        var file = StringsFile(path: path)
        var problems: [Diagnostic] = []
        for (k, v) in mapping {
            let at = SourceLocation(file: path, line: k.mark?.line ?? 0, column: k.mark?.column)
            guard let key = k.string else { problems.append(Diagnostic(at, "expected a text key")); continue }
            if let text = v.string {
                file.entries[key] = Entry(text: text, forms: [:], location: at)
            } else if case .mapping(let forms) = v {
                var byCategory: [String: String] = [:]
                for (c, f) in forms {
                    let fat = SourceLocation(file: path, line: c.mark?.line ?? at.line, column: c.mark?.column)
                    guard let category = c.string, categories.contains(category), let form = f.string else {
                        problems.append(Diagnostic(fat, "'\(key)': plural forms are zero, one, two, few, many, other with a text each"))
                        continue
                    }
                    byCategory[category] = form
                }
                guard let other = byCategory["other"] else {
                    problems.append(Diagnostic(at, "'\(key)': plural forms need an 'other' form"))
                    continue
                }
                file.entries[key] = Entry(text: other, forms: byCategory, location: at)
            } else {
                problems.append(Diagnostic(at, "'\(key)': expected a text, or plural forms such as {one: ..., other: ...}"))
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return file
    }

    /// Every way this file differs from the reference: missing keys, keys the reference does
    /// not have (typos), and placeholders (`{0}`, `{name}`) that are lost or unknown.
    func problems(against reference: StringsFile) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for key in reference.entries.keys.sorted() where entries[key] == nil {
            let line = reference.entries[key]!.location.line
            out.append(Diagnostic(SourceLocation(file: path, line: 1, column: 1),
                                  "missing string '\(key)' (\(reference.path):\(line) has it)"))
        }
        for (key, entry) in entries.sorted(by: { $0.value.location.line < $1.value.location.line }) {
            guard let ref = reference.entries[key] else {
                out.append(Diagnostic(entry.location, "unknown string '\(key)': \(reference.path) has no such key"))
                continue
            }
            let expected = Self.placeholders(ref.text).union(ref.forms.values.flatMap(Self.placeholders))
            for form in [entry.text] + entry.forms.values.sorted() {
                for p in Self.placeholders(form).subtracting(expected).sorted() {
                    out.append(Diagnostic(entry.location, "'\(key)': unknown placeholder \(p) (\(reference.path) uses \(expected.sorted().joined(separator: " ")))"))
                }
            }
            for p in expected.subtracting(Self.placeholders(entry.text)).sorted() {
                out.append(Diagnostic(entry.location, "'\(key)': the text lacks the placeholder \(p) that \(reference.path) has"))
            }
        }
        return out
    }

    /// `{0}`, `{count}` ...: braces around letters, digits, dots and underscores.
    static func placeholders(_ text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) {
                found.insert("{" + name + "}")
            }
            rest = rest[rest.index(after: open)...]
        }
        return found
    }

    func strings(language: String) -> InterfaceStrings {
        InterfaceStrings(language: language, values: entries.mapValues(\.text),
                         plurals: entries.filter { !$0.value.forms.isEmpty }.mapValues(\.forms))
    }

    /// Where the interface language is set: the `language:` line of content/handbook.yml,
    /// else its `locale:` line (the language comes from the locale), else the file itself.
    static func languageSetting(root: URL) -> SourceLocation {
        let path = "content/handbook.yml"
        let text = (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for key in ["language", "locale"] {
            if let i = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) {
                let value = lines[i].dropFirst(key.count + 1)
                let column = key.count + 2 + value.prefix(while: { $0 == " " }).count
                return SourceLocation(file: path, line: i + 1, column: column)
            }
        }
        return SourceLocation(file: path, line: 1, column: 1)
    }
}
