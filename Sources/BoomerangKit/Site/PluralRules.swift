/// CLDR cardinal plural categories for the languages a handbook is likely to be written in.
/// Foundation on Linux has no public API for plural rules, and the rules are short.
/// (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html)
enum PluralRules {
    /// The category of `count` shown with `fractionDigits` decimals (CLDR's `v`), in `language`.
    static func category(language: String, count: Double, fractionDigits: Int) -> String {
        category(base: baseLanguage(language), count: count, fractionDigits: fractionDigits)
    }

    /// "pt" for "pt_BR" or "PT-br": what `category(base:...)` takes.
    static func baseLanguage(_ language: String) -> String {
        String(language.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" }).first ?? "")
    }

    static func category(base: String, count: Double, fractionDigits: Int) -> String {
        let n = count.isFinite ? abs(count) : 0
        let i = Int(n.rounded(.towardZero))
        let v0 = fractionDigits == 0   // no visible decimals ("2" rather than "2.0")
        switch base {
        case "ru", "uk", "be":
            guard v0 else { return "other" }
            if i % 10 == 1 && i % 100 != 11 { return "one" }
            if (2...4).contains(i % 10) && !(12...14).contains(i % 100) { return "few" }
            return "many"
        case "pl":
            guard v0 else { return "other" }
            if i == 1 { return "one" }
            if (2...4).contains(i % 10) && !(12...14).contains(i % 100) { return "few" }
            return "many"
        case "ro":
            if i == 1 && v0 { return "one" }
            // CLDR: few is v != 0 or n = 0 or n != 1 and n % 100 = 1..19 ("101 zile", "120 de zile").
            if !v0 || n == 0 || n != 1 && (1...19).contains(i % 100) { return "few" }
            return "other"
        case "fr", "pt":
            return i <= 1 ? "one" : "other"
        case "fa", "hi", "bn":
            return i == 0 || n == 1 ? "one" : "other"
        case "ja", "zh", "ko", "vi", "th", "id", "ms":
            return "other"
        default:   // English, German, Dutch, Swedish, Italian, Spanish ...
            return i == 1 && v0 ? "one" : "other"
        }
    }
}
