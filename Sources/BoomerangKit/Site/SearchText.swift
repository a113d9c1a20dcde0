import Foundation

/// The text the site search compares: the index stores it per entry, and
/// templates/assets/search.js (`norm`) applies the same steps to what the reader types,
/// so "Ёлка", "ёлка" and "елка", or Arabic "كريمي" and Persian "کریمی", find each other.
///
/// Steps, in this order on both sides: compatibility decomposition (NFKD); combining marks,
/// ZWNJ/ZWJ and the Arabic tatweel dropped (ё -> е, й -> и, harakat gone, "می‌رود" -> "میرود");
/// lower case; ς -> σ, Arabic ي ى ك -> Persian ی ی ک, Arabic-Indic and Persian digits -> 0-9;
/// canonical composition (NFC); every run of characters that are neither letters nor digits
/// becomes one space, trimmed.
public enum SearchText {
    /// Languages whose lower case differs from the default one (dotted/dotless i, Lithuanian dot).
    static let localeLowering: Set<String> = ["tr", "az", "lt"]

    public static func normalize(_ text: String, lang: String) -> String {
        var n = SearchNormalizer(lang: lang)
        n.add(text)
        return n.text
    }

    /// The steps above on a whole string with Foundation: the definition, used directly for
    /// the rare texts SearchNormalizer's per-character table cannot do (see there).
    static func reference(_ text: String, lang: String) -> String {
        let composed = String(String.UnicodeScalarView(mapped(text, lang: lang))).precomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in composed.unicodeScalars {
            if isWordScalar(u) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(u)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// NFKD, marks/ZWNJ/ZWJ/tatweel dropped, lower case, folds: every step before composition.
    static func mapped(_ text: String, lang: String) -> [Unicode.Scalar] {
        var stripped = String.UnicodeScalarView()
        for u in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch u.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            if u.value == 0x200C || u.value == 0x200D || u.value == 0x0640 { continue }
            stripped.append(u)
        }
        let lower = localeLowering.contains(lang) ? String(stripped).lowercased(with: Locale(identifier: lang)) : String(stripped).lowercased()
        return lower.unicodeScalars.map(fold)
    }

    /// One-scalar folds applied after lower-casing.
    static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar {
        switch u.value {
        case 0x0451: return "\u{0435}"                 // ё -> е (when not decomposed already)
        case 0x03C2: return "\u{03C3}"                 // final sigma ς -> σ
        case 0x064A, 0x0649: return "\u{06CC}"         // Arabic yeh, alef maksura -> Persian yeh
        case 0x0643: return "\u{06A9}"                 // Arabic kaf -> Persian keheh
        case 0x0660...0x0669: return Unicode.Scalar(u.value - 0x0660 + 0x30)!
        case 0x06F0...0x06F9: return Unicode.Scalar(u.value - 0x06F0 + 0x30)!
        default: return u
        }
    }

    /// Letters (L*) and digits/numbers (N*): the JavaScript side uses \p{L}\p{N}.
    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

/// SearchText.normalize for many texts quickly (100,000 customers in a fraction of a second):
/// each distinct character's mapping is worked out once with Foundation and kept in a table,
/// and the words are written straight as UTF-8 bytes. Character by character gives the same
/// result as the whole-string reference because the only characters canonical composition
/// joins after the marks are gone are Hangul jamo; texts with jamo, and languages with their
/// own lower case (tr, az, lt), go through the reference.
struct SearchNormalizer {
    let lang: String
    private let wholeString: Bool
    /// Per BMP scalar: 0 not seen yet, 1 itself (a letter or digit), 2 nothing, 3 use the
    /// reference, 4 a separator, 16+n expansions[n].
    private var table: [Int32]
    private var astral: [UInt32: Int32] = [:]
    /// UTF-8 of a character's mapping; 0x20 stands for a separator.
    private var expansions: [[UInt8]] = []
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    init(lang: String) {
        self.lang = lang
        wholeString = SearchText.localeLowering.contains(lang)
        table = [Int32](repeating: 0, count: 0x10000)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    /// Appends the words of `part` after what is there, as if joined with a space.
    mutating func add(_ part: String) {
        let start = bytes.count
        pendingSpace = true
        if !wholeString && addByTable(part) { return }
        bytes.removeSubrange(start...)
        let words = SearchText.reference(part, lang: lang)
        if !words.isEmpty {
            if !bytes.isEmpty { bytes.append(0x20) }
            bytes.append(contentsOf: words.utf8)
        }
    }

    private mutating func word(_ u: Unicode.Scalar) {
        if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
        pendingSpace = false
        UTF8.encode(u) { bytes.append($0) }
    }

    /// false when the text needs the reference.
    private mutating func addByTable(_ part: String) -> Bool {
        for u in part.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                let b = UInt8(v)
                if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) { word(u) }
                else if b >= 65 && b <= 90 { word(Unicode.Scalar(b + 32)) }
                else { pendingSpace = true }
                continue
            }
            var code = v < 0x10000 ? table[Int(v)] : (astral[v] ?? 0)
            if code == 0 {
                code = classify(u)
                if v < 0x10000 { table[Int(v)] = code } else { astral[v] = code }
            }
            switch code {
            case 1: word(u)
            case 2: break
            case 3: return false
            case 4: pendingSpace = true
            default:
                for b in expansions[Int(code) - 16] {
                    if b == 0x20 { pendingSpace = true; continue }
                    if pendingSpace && !bytes.isEmpty && b & 0xC0 != 0x80 { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(b)
                }
            }
        }
        return true
    }

    private static func isJamo(_ v: UInt32) -> Bool {
        (0x1100...0x11FF).contains(v) || (0x3130...0x318F).contains(v) || (0xA960...0xA97F).contains(v)
            || (0xD7B0...0xD7FF).contains(v) || (0xFFA0...0xFFDC).contains(v)
    }

    private mutating func classify(_ u: Unicode.Scalar) -> Int32 {
        if Self.isJamo(u.value) { return 3 }
        if (0xAC00...0xD7A3).contains(u.value) { return 1 }  // a Hangul syllable decomposes and recomposes to itself
        let mapped = SearchText.mapped(String(Character(u)), lang: lang)
        if mapped.contains(where: { Self.isJamo($0.value) }) { return 3 }
        if mapped.isEmpty { return 2 }
        if mapped == [u] && SearchText.isWordScalar(u) { return 1 }
        if !mapped.contains(where: SearchText.isWordScalar) { return 4 }
        var utf8: [UInt8] = []
        for m in mapped {
            if SearchText.isWordScalar(m) { UTF8.encode(m) { utf8.append($0) } } else { utf8.append(0x20) }
        }
        expansions.append(utf8)
        return Int32(16 + expansions.count - 1)
    }
}
