import Foundation
import Testing
@testable import BoomerangKit

/// The list sorted by name compares byte keys (`NameSortKeys`) instead of one lower-cased String
/// per customer. The order is that of the lower-cased names' NFC forms by Unicode scalar, checked
/// here against the simple version (the scalars compared one by one); for names in NFC, as
/// exports have them, it is the order the list had with `String`'s `<`.
@Suite struct NameSortKeysTests {
    /// Names that differ only where Unicode makes comparison hard: combining marks against
    /// precomposed letters, marks in another order, Persian letters built from parts, case in
    /// scripts with special case rules, prefixes, the empty name.
    static let tricky = [
        "", "a", "A", "ab", "a b", "é", "e\u{301}", "E\u{301}", "è", "ê", "ë", "ez", "f",
        "q\u{323}\u{307}", "q\u{307}\u{323}", "ṩ", "s\u{323}\u{307}", "s\u{307}\u{323}",
        "Ёлка", "ёлка", "е\u{308}лка", "Елка", "Йод", "и\u{306}од", "ООО «Новый Квартал»", "ооо «новый квартал»",
        "آرش", "\u{627}\u{653}رش", "أحمد", "\u{627}\u{654}حمد", "ی", "ي", "ک", "ك", "پارس", "پارسا",
        "Straße", "STRASSE", "strasse", "İstanbul", "istanbul", "ǅemal", "ǆemal", "Ωmega", "Ωmega",
        "한국", "\u{1112}\u{1161}\u{11AB}국", "日本", "Z", "z", "~", "0", "9",
    ]

    /// The reference: NFC scalars of the lower-cased names, compared one by one; ties by index.
    static func reference(_ names: [String]) -> [Int] {
        let keys = names.map { $0.lowercased().precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value) }
        return names.indices.sorted { a, b in
            keys[a] == keys[b] ? a < b : keys[a].lexicographicallyPrecedes(keys[b])
        }
    }

    static func fast(_ names: [String]) -> [Int] {
        let keys = NameSortKeys(names)
        return names.indices.sorted { let by = keys.compare($0, $1); return by != 0 ? by < 0 : $0 < $1 }
    }

    /// What the list did before: one lower-cased String per name, compared with `<`.
    static func strings(_ names: [String]) -> [Int] {
        let keys = names.map { $0.lowercased() }
        return names.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
    }

    @Test func trickyNamesSortByTheirNFCForms() {
        #expect(Self.fast(Self.tricky) == Self.reference(Self.tricky))
    }

    /// Random strings of the tricky names' scalars and loose combining marks, many times over.
    @Test func randomNamesSortByTheirNFCForms() {
        let pieces = Self.tricky.flatMap { $0.unicodeScalars.map(String.init) } + [" ", "-", "\u{301}", "\u{308}", "\u{653}"]
        var random = SeededRandom(state: 41)
        for round in 0..<40 {
            let names = (0..<200).map { _ in
                (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            }
            #expect(Self.fast(names) == Self.reference(names), "round \(round)")
        }
    }

    /// Names whose lower-case forms are already NFC (as exports have them) keep the order the
    /// list had with Strings. For decomposed text String's `<` is not a consistent order: it
    /// finds "é " (precomposed, then a space) neither before nor after "e\u{301}", so the list's
    /// order was not defined there, and NFC defines it.
    @Test func namesInNFCKeepTheStringOrder() {
        let words = Self.tricky.filter { $0.lowercased().precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual($0.lowercased().unicodeScalars) }
        #expect(words.count > 40)
        let e = "é ", decomposed = "e\u{301}"
        #expect(!(e < decomposed) && !(decomposed < e) && e != decomposed, "String's < as described above")
        var random = SeededRandom(state: 7)
        for round in 0..<40 {
            let names = (0..<200).map { _ in
                (0..<Int.random(in: 1...3, using: &random)).map { _ in words[Int.random(in: 0..<words.count, using: &random)] }.joined(separator: " ")
            }
            #expect(Self.fast(names) == Self.strings(names), "round \(round)")
        }
    }
}
