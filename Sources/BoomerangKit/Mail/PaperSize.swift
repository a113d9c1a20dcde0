/// The paper a dossier is printed on: Letter where it is the office standard (the United
/// States and Canada), A4 everywhere else. `boomerang dossier --paper` overrides it.
public enum PaperSize: String, CaseIterable, Sendable {
    case a4, letter

    /// Regions whose offices print on Letter.
    static let letterRegions: Set<String> = ["US", "CA"]

    /// The paper for a locale identifier such as `en_US`, `fr-CA` or `fa_IR@numbers=latn`:
    /// Letter when its region is the US or Canada, A4 otherwise (also when it names no region).
    public static func forLocale(_ identifier: String) -> PaperSize {
        let base = identifier.split(separator: "@", maxSplits: 1).first ?? ""
        let parts = base.split(whereSeparator: { $0 == "_" || $0 == "-" }).dropFirst()
        // The region is the two-letter (or three-digit) part; a four-letter one is a script.
        let region = parts.first { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isNumber)) }
        return region.map { letterRegions.contains($0.uppercased()) } == true ? .letter : .a4
    }

    /// The CSS `size` value.
    var css: String { self == .a4 ? "A4" : "letter" }
}
