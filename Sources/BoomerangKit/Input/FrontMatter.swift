/// Splits a playbook into its YAML front matter and its Markdown body. The front matter must
/// come first, between two lines of `---`; cmark never sees it (it would read the closing
/// `---` as a heading underline).
struct FrontMatter: Equatable {
    var yaml: String
    /// Line number of the first YAML line in the file.
    var yamlFirstLine: Int
    var body: String
    /// Line number of the first body line in the file.
    var bodyFirstLine: Int

    struct Problem: Error, Equatable { var line: Int; var message: String }

    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var text = normalizedNewlines(text)
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ l: Substring) -> Bool { l.trimmingTrailingSpaces == "---" }
        guard let first = lines.first, isFence(first) else {
            return .failure(Problem(line: 1, message: "missing front matter: a playbook starts with a line '---', then id, title and kind, then '---'"))
        }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) || lines[$0].trimmingTrailingSpaces == "..." }) else {
            return .failure(Problem(line: 1, message: "the front matter opened here is never closed with a line '---'"))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: close + 2))
    }
}

/// CRLF and lone CR as LF. Swift treats "\r\n" as one Character, so splitting on "\n" alone
/// would miss Windows line breaks.
func normalizedNewlines(_ text: String) -> String {
    guard text.utf8.contains(0x0D) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var lastCR = false
    for b in text.utf8 {
        if b == 0x0A, lastCR { lastCR = false; continue }
        lastCR = b == 0x0D
        out.append(lastCR ? 0x0A : b)
    }
    return String(decoding: out, as: UTF8.self)
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}

/// The `## ` sections of a Markdown body, outside fenced code blocks.
enum MarkdownSections {
    struct Section: Equatable { var heading: String; var markdown: String; var line: Int }

    /// `firstLine` is the file line of the body's first line, for section line numbers.
    static func split(_ body: String, firstLine: Int = 1) -> [Section] {
        var out: [Section] = []
        var current: (heading: String, line: Int, lines: [Substring])?
        var fence: Substring?
        var lineNo = firstLine - 1
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            if indent < 4, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let marker = trimmed.prefix { $0 == trimmed.first }
                if let f = fence {
                    if marker.count >= f.count, marker.first == f.first, trimmed.dropFirst(marker.count).allSatisfy({ $0 == " " }) { fence = nil }
                } else if marker.count >= 3 {
                    fence = marker
                }
            } else if fence == nil, indent < 4, let heading = level2Heading(trimmed) {
                if let c = current { out.append(Section(heading: c.heading, markdown: join(c.lines), line: c.line)) }
                current = (heading, lineNo, [])
                continue
            }
            current?.lines.append(line)
        }
        if let c = current { out.append(Section(heading: c.heading, markdown: join(c.lines), line: c.line)) }
        return out
    }

    private static func join(_ lines: [Substring]) -> String {
        var l = lines[...]
        while let f = l.first, f.allSatisfy({ $0 == " " }) { l = l.dropFirst() }
        while let f = l.last, f.allSatisfy({ $0 == " " }) { l = l.dropLast() }
        return l.joined(separator: "\n")
    }

    /// `## Text ##` -> "Text"; nil for anything that is not an ATX level-2 heading.
    static func level2Heading(_ s: Substring) -> String? {
        guard s.hasPrefix("##") else { return nil }
        let rest = s.dropFirst(2)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: " \t")
        // An optional closing sequence of #s after a space.
        if let r = text.lastIndex(where: { $0 != "#" }), text[text.index(after: r)...].count > 0, text[r] == " " {
            text = text[..<r].trimmingCharacters(in: " \t")
        } else if text.allSatisfy({ $0 == "#" }) {
            text = ""
        }
        return text
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
