import BoomerangModel

/// Every internal link and asset reference must resolve to a planned page.
public enum LinkChecker {
    /// href="..." and src="..." values in an HTML page (the generator always writes double quotes).
    public static func references(in html: [UInt8]) -> [String] {
        var refs: [String] = []
        html.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 5
            // Look for `="` (rarer than a space), then check the attribute name before it.
            while i + 1 < n {
                if p[i] == 61 && p[i + 1] == 34 {   // ="
                    let isHref = i >= 5 && p[i - 5] == 32 && p[i - 4] == 104 && p[i - 3] == 114 && p[i - 2] == 101 && p[i - 1] == 102
                    let isSrc = i >= 4 && p[i - 4] == 32 && p[i - 3] == 115 && p[i - 2] == 114 && p[i - 1] == 99
                    if isHref || isSrc {
                        var j = i + 2
                        while j < n && p[j] != 34 { j += 1 }
                        refs.append(String(decoding: UnsafeBufferPointer(rebasing: p[(i + 2)..<j]), as: UTF8.self))
                        i = j
                    }
                }
                i += 1
            }
        }
        return refs
    }

    /// Problems for references that point at no planned page (external and fragment-only links are skipped).
    /// `targets`: every path of the whole site when `pages` is one shard of it (default: `pages`).
    public static func check(pages: [PlannedPage], references: [[String]], targets: Set<String>? = nil) -> [Diagnostic] {
        let known = targets ?? Set(pages.map(\.path))
        var problems: [Diagnostic] = []
        // Pages in one folder share most references (assets, lists): each is resolved once per folder.
        var checked: [String: Set<String>] = [:]
        for (i, refs) in references.enumerated() {
            let path = pages[i].path
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
            for ref in refs {
                if checked[folder]?.contains(ref) == true { continue }
                guard let target = resolve(ref, from: path) else { continue }
                if known.contains(target) { checked[folder, default: []].insert(ref); continue }
                problems.append(Diagnostic(SourceLocation(file: "output/" + pages[i].path), "broken link to \(ref)"))
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
