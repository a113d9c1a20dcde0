/// The one check of an email address, for data (customers.csv, managers.csv), handbook.yml's
/// `mail_from` and the mail commands. An address ends up in `mailto:` links and mail headers,
/// so what it may hold is decided scalar by scalar, not by Character: a quote followed by a
/// combining mark is a quote.
enum EmailAddress {
    /// Nil for a usable address (`local@domain.tld`, letters of any script allowed), else what
    /// is wrong with it, in words for an error message.
    static func problem(_ s: String) -> String? {
        isPlainValid(s) ? nil : checkScalars(s)
    }

    /// The check scalar by scalar, which also says what is wrong: the reference `isPlainValid`
    /// is tested against, and the answer for every address it does not accept.
    static func checkScalars(_ s: String) -> String? {
        let scalars = Array(s.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            if let what = forbidden(u) { return "\(what) at character \(i + 1)" }
        }
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return parts.count < 2 ? "it has no @" : "it has more than one @" }
        let local = parts[0], domain = parts[1]
        if local.isEmpty { return "nothing before the @" }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") { return "a misplaced dot before the @" }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count < 2 && domain != "localhost" { return "the domain after the @ has no dot" }
        for label in labels {
            if label.isEmpty { return "an empty part in the domain" }
            if label.hasPrefix("-") || label.hasSuffix("-") { return "a domain part starting or ending with -" }
            if let bad = label.unicodeScalars.first(where: { !isDomainScalar($0) }) {
                return "\(describe(bad)) in the domain"
            }
        }
        return nil
    }

    /// What no part of an address may hold: spaces, controls, the RFC 5322 specials (quotes,
    /// angle brackets ...; an apostrophe, as in o'brien@, is allowed), and scalars that change how a neighbour is read (combining marks,
    /// joiners, direction overrides).
    private static func forbidden(_ u: Unicode.Scalar) -> String? {
        if u.value < 0x20 || (u.value >= 0x7F && u.value < 0xA0) { return "a control character (\(hex(u)))" }
        if u.properties.isWhitespace { return "a space (\(hex(u)))" }
        if "\"<>()[],;:\\`".unicodeScalars.contains(u) { return "\(describe(u))" }
        switch u.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return "a combining mark (\(hex(u)))"
        case .format: return "an invisible formatting character (\(hex(u)))"
        case .unassigned, .privateUse, .surrogate: return "an unassigned or private character (\(hex(u)))"
        default: return nil
        }
    }

    private static func isDomainScalar(_ u: Unicode.Scalar) -> Bool {
        u == "-" || u.properties.isAlphabetic || u.properties.numericType == .decimal
    }

    private static func describe(_ u: Unicode.Scalar) -> String {
        u.isASCII && u.value >= 0x21 ? "'\(Character(u))' (\(hex(u)))" : hex(u)
    }

    private static func hex(_ u: Unicode.Scalar) -> String {
        let h = String(u.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
