import BoomerangModel

/// Problems of one file that fail the same check: one wrong setting (a date format, a decimal
/// comma) makes thousands of them. Past `listed`, a group is shown as its first three problems
/// and one line that counts the rest and names the fix once.
struct ProblemGroups {
    /// More than this many in a group: the first `shown` are listed, the rest counted.
    static let listed = 5
    static let shown = 3

    private var counts: [String: Int] = [:]

    /// The group of a problem: its file and its message with the values taken out (quoted text
    /// and digits), so `found "01.12.2022"` and `found "02.12.2022"` are the same check.
    static func key(_ d: Diagnostic) -> String {
        var out = d.location.file + "|"
        var quoted = false
        for ch in d.message {
            if ch == "\"" { quoted.toggle(); out.append(ch); continue }
            if quoted { continue }
            out.append(ch.isNumber ? "#" : ch)
        }
        return out
    }

    /// Counts `d` in its group; true while the group is small enough to keep it in the list.
    mutating func count(_ d: Diagnostic) -> Bool {
        let k = Self.key(d)
        counts[k, default: 0] += 1
        return counts[k]! <= Self.listed
    }

    /// Adds another log's groups (of other files) to these.
    mutating func merge(_ other: ProblemGroups) { counts.merge(other.counts, uniquingKeysWith: +) }

    /// `diagnostics` (in order, at most `listed` a group) with every large group cut to its first
    /// `shown` and a line for the rest after them; each line with how many problems it stands for.
    func list(_ diagnostics: [Diagnostic]) -> [(line: Diagnostic, stands: Int)] {
        var seen: [String: Int] = [:]
        var lines: [(line: Diagnostic, stands: Int)] = []
        for d in diagnostics {
            let k = Self.key(d), size = counts[k] ?? 0
            seen[k, default: 0] += 1
            guard size > Self.listed else { lines.append((d, 1)); continue }
            if seen[k]! <= Self.shown { lines.append((d, 1)) }
            if seen[k]! == Self.shown { lines.append((Self.summary(of: d, more: size - Self.shown), size - Self.shown)) }
        }
        return lines
    }

    /// `content/data/orders.csv: date: 1,402 more values like "01.12.2022 0:00:00" (set date_format: ...)`.
    static func summary(of d: Diagnostic, more: Int) -> Diagnostic {
        let place = SourceLocation(file: d.location.file)
        let n = BuildFailure.grouped(more)
        let m = d.message
        guard let colon = m.firstIndex(of: ":"), let found = m.range(of: "found \""),
              let close = m[found.upperBound...].firstIndex(of: "\"") else {
            return Diagnostic(place, "\(n) more like this: \(m)")
        }
        let field = m[..<colon]
        let value = m[found.upperBound..<close]
        let hint = m[m.index(after: close)...]
        return Diagnostic(place, "\(field): \(n) more values like \"\(value)\"\(hint)")
    }
}
