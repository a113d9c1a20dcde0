import Foundation

/// Safe, unique, ASCII file names for ids and names taken from data.
///
/// Ids come from hand-edited exports: `../../etc/passwd`, `CON`, `a/b` or `Ёлка` must all
/// become one plain file name inside its folder, and two different ids never share one.
public enum FileNames {
    private static let reserved: Set<String> = [
        "con", "prn", "aux", "nul", "index",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ]

    /// File stems for `names`, parallel to the input: readable where possible, with a short
    /// hash suffix whenever the readable form was changed or collides (case-insensitively).
    public static func stems(for names: [String], transliterate: Bool = false) -> [String] {
        var base = names.map { readable($0, transliterate: transliterate) }
        var seen: [String: Int] = [:]
        for b in base { seen[b.lowercased(), default: 0] += 1 }
        for i in base.indices {
            // Transliterated names are expected to change; ids must come through unchanged.
            let plain = (transliterate ? !base[i].isEmpty : base[i] == names[i]) && !isTaken(base[i].lowercased())
            if !plain || seen[base[i].lowercased()]! > 1 {
                base[i] = (base[i].isEmpty ? "x" : base[i]) + "-" + hash(names[i])
            }
        }
        return base
    }

    /// Device names, `index`, and the names of the customer list's pages, which share customers/
    /// with the dossiers: a customer with such an id would otherwise overwrite that page (or it
    /// theirs).
    static func isTaken(_ lower: String) -> Bool {
        reserved.contains(lower) || CustomerListView.isPageName(lower)
    }

    /// Keeps ASCII letters, digits, `-` and `_`; everything else becomes `-`, runs collapsed.
    static func readable(_ name: String, transliterate: Bool) -> String {
        var source = name
        if transliterate {
            source = source.applyingTransform(.toLatin, reverse: false) ?? source
            source = source.applyingTransform(.stripDiacritics, reverse: false) ?? source
            source = source.lowercased()
        }
        var out = ""
        var lastDash = false
        for u in source.unicodeScalars {
            let ok = (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || (u >= "0" && u <= "9") || u == "_"
            if ok { out.unicodeScalars.append(u); lastDash = false }
            else if !lastDash && !out.isEmpty { out += "-"; lastDash = true }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(80))
    }

    /// FNV-1a, 32 bits, as 8 hex digits: stable across runs and platforms.
    public static func hash(_ s: String) -> String {
        var h: UInt32 = 2166136261
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 16777619 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
