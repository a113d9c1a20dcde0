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
        let special = localeLowering.contains(lang)
        // Fast path for plain ASCII (most ids and Latin names): no Foundation round trips.
        if !special, let ascii = asciiNormalized(text) { return ascii }

        var stripped = String.UnicodeScalarView()
        for u in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch u.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            if u.value == 0x200C || u.value == 0x200D || u.value == 0x0640 { continue }
            stripped.append(u)
        }
        let lower = special ? String(stripped).lowercased(with: Locale(identifier: lang)) : String(stripped).lowercased()

        var folded = String.UnicodeScalarView()
        for u in lower.unicodeScalars { folded.append(fold(u)) }
        let composed = String(folded).precomposedStringWithCanonicalMapping

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

    /// The normalized form of an all-ASCII text, or nil when the text has other characters.
    static func asciiNormalized(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for b in text.utf8 {
            if b >= 0x80 { return nil }
            let lower = (b >= 65 && b <= 90) ? b + 32 : b
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                if pendingSpace && !bytes.isEmpty { bytes.append(32) }
                pendingSpace = false
                bytes.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
