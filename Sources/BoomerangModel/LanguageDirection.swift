/// Which languages are written right to left: the one list the pages, the charts and the
/// emails go by.
public enum LanguageDirection {
    /// Base language codes (Persian, Arabic, Hebrew, Urdu, Pashto, Sorani Kurdish, Yiddish).
    public static let rightToLeft: Set<String> = ["fa", "ar", "he", "ur", "ps", "ckb", "yi"]

    /// For a language or locale identifier: `fa`, `fa_IR`, `fa-IR`.
    public static func isRightToLeft(_ identifier: String) -> Bool {
        let base = identifier.split(whereSeparator: { $0 == "_" || $0 == "-" }).first.map(String.init) ?? identifier
        return rightToLeft.contains(base.lowercased())
    }
}
