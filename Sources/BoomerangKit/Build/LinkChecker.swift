import BoomerangModel

/// Every internal link and asset reference must resolve to a planned page.
public enum LinkChecker {
    /// href="..." and src="..." values in an HTML page (the generator always writes double quotes).
    public static func references(in html: [UInt8]) -> [String] {
        var refs: [String] = []
        let patterns: [[UInt8]] = [Array(" href=\"".utf8), Array(" src=\"".utf8)]
        var i = 0
        let n = html.count
        while i < n {
            if html[i] == 32 {
                for p in patterns where i + p.count <= n && html[i..<(i + p.count)].elementsEqual(p) {
                    var j = i + p.count
                    while j < n && html[j] != 34 { j += 1 }
                    refs.append(String(decoding: html[(i + p.count)..<j], as: UTF8.self))
                    i = j
                    break
                }
            }
            i += 1
        }
        return refs
    }

    /// Problems for references that point at no planned page (external and fragment-only links are skipped).
    public static func check(pages: [PlannedPage], references: [[String]]) -> [Diagnostic] {
        let known = Set(pages.map(\.path))
        var problems: [Diagnostic] = []
        for (i, refs) in references.enumerated() {
            for ref in refs {
                guard let target = resolve(ref, from: pages[i].path) else { continue }
                if !known.contains(target) {
                    problems.append(Diagnostic(SourceLocation(file: "output/" + pages[i].path), "broken link to \(ref)"))
                }
            }
        }
        return problems
    }

    /// The output-relative path a reference points at; nil for external, mailto, fragment-only and empty.
    public static func resolve(_ ref: String, from page: String) -> String? {
        if ref.isEmpty || ref.hasPrefix("#") || ref.contains(":") || ref.hasPrefix("//") { return nil }
        var path = ref
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for piece in path.split(separator: "/", omittingEmptySubsequences: false) {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." && !piece.isEmpty { parts.append(String(piece)) }
        }
        var joined = parts.joined(separator: "/")
        if path.hasSuffix("/") || joined.isEmpty { joined += (joined.isEmpty ? "" : "/") + "index.html" }
        return joined
    }
}
