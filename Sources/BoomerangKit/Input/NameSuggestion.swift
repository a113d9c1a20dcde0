import Foundation

/// "Did you mean" for names looked up by a person (reason ids, manager names, customer ids): by
/// spelling, and by shared words in any script with the normalization of the site search, so
/// "Отсрочка платежа" finds the playbook titled "Урезали отсрочку платежа" (`payment_terms`).
/// When nothing is close, the names that exist are listed (up to 10).
public enum NameSuggestion {
    /// A known name: what is looked up (an id) and what a reader may write instead (a title).
    public struct Candidate: Sendable {
        public let name: String
        public var title: String = ""
        public init(name: String, title: String = "") { self.name = name; self.title = title }
    }

    static let listLimit = 10

    /// " (did you mean 'payment_terms', "Урезали отсрочку платежа"?)" or " (known: a, b, c)".
    public static func hint(_ wanted: String, _ candidates: [Candidate], what: String = "known") -> String {
        if let c = best(wanted, candidates) {
            return c.title.isEmpty ? " (did you mean '\(c.name)'?)" : " (did you mean '\(c.name)', \(ValueParsing.quoted(c.title))?)"
        }
        guard !candidates.isEmpty else { return "" }
        let names = candidates.prefix(listLimit).map { "'\($0.name)'" }.joined(separator: ", ")
        return " (\(what): \(names)\(candidates.count > listLimit ? ", ... \(candidates.count - listLimit) more" : ""))"
    }

    /// The closest candidate by spelling (of the name or the title), else the one sharing the
    /// most words with `wanted` (inflected forms count: a shared beginning of all but two letters).
    static func best(_ wanted: String, _ candidates: [Candidate]) -> Candidate? {
        if let near = Suggestion.closest(to: wanted, in: candidates.map(\.name)) { return candidates.first { $0.name == near } }
        // The same name in another script: "Irina Volkova" for "Ирина Волкова".
        let latin = Self.latin(wanted)
        if let near = Suggestion.closest(to: latin, in: candidates.map { Self.latin($0.name) }) {
            return candidates.first { Self.latin($0.name) == near }
        }
        let key = SearchText.normalize(wanted, lang: "")
        if let near = Suggestion.closest(to: key, in: candidates.map { SearchText.normalize($0.title, lang: "") }.filter { !$0.isEmpty }) {
            return candidates.first { SearchText.normalize($0.title, lang: "") == near }
        }
        let words = key.split(separator: " ")
        var best: (Candidate, Int)?
        for c in candidates {
            let theirs = SearchText.normalize(c.name + " " + c.title, lang: "").split(separator: " ")
            let shared = words.filter { w in theirs.contains { sameWord(w, $0) } }.count
            if shared > 0, best == nil || shared > best!.1 { best = (c, shared) }
        }
        return best?.0
    }

    /// Lower-case Latin letters for any script (ICU's transliteration), without accents.
    static func latin(_ s: String) -> String {
        let t = s.applyingTransform(.toLatin, reverse: false) ?? s
        return (t.applyingTransform(.stripDiacritics, reverse: false) ?? t).lowercased()
    }

    /// Equal, or sharing a beginning of at least 4 letters that misses at most 2 of either word
    /// (Russian and Romanian endings: "отсрочка" and "отсрочку").
    static func sameWord(_ a: Substring, _ b: Substring) -> Bool {
        if a == b { return true }
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common >= 4 && common >= max(a.count, b.count) - 2
    }
}
