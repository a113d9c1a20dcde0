/// Direction and language of a piece of data text, guessed from its first strong letter.
///
/// A handbook in English can hold Persian customers (the Tehran branch): their names and notes
/// must be laid out right to left inside a left-to-right page, and the other way round.
enum TextDirection {
    /// (dir, lang) of the text's first letter; nil for digits and punctuation only.
    static func guess(_ text: String) -> (dir: String, lang: String?)? {
        for u in text.unicodeScalars {
            switch u.value {
            case 0x0590...0x05FF: return ("rtl", "he")
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                return ("rtl", isPersian(text) ? "fa" : "ar")
            case 0x0400...0x04FF: return ("ltr", "ru")
            default:
                if u.properties.isAlphabetic { return ("ltr", nil) }
            }
        }
        return nil
    }

    /// Letters Persian has and Arabic does not (پ چ ژ گ ک ی).
    static func isPersian(_ text: String) -> Bool {
        text.unicodeScalars.contains { [0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC].contains($0.value) }
    }

    /// ` dir="rtl" lang="fa"` when `text` runs against the surrounding direction, else "".
    /// Built from fixed strings only, so templates may print it unescaped inside a tag.
    static func attributes(_ text: String, within dir: String) -> String {
        guard let g = guess(text), g.dir != dir else { return "" }
        return " dir=\"\(g.dir)\"" + (g.lang.map { " lang=\"\($0)\"" } ?? "")
    }
}
