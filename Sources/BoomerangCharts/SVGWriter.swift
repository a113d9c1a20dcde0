/// Text escaping and number formatting for SVG output.
/// Everything here is locale-free so the bytes depend only on the input.
enum SVG {
    /// Escapes text and attribute values; drops characters XML 1.0 forbids so the output always parses.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(" ")
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A coordinate with at most two decimals, trailing zeros trimmed, never "-0", "nan" or "inf".
    static func num(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let clamped = min(max(value, -1e12), 1e12)
        let hundredths = Int((clamped * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, frac = magnitude % 100
        if frac == 0 { return "\(sign)\(whole)" }
        if frac % 10 == 0 { return "\(sign)\(whole).\(frac / 10)" }
        return "\(sign)\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }
}

/// Appends elements to a string; attributes keep the order they are given in, for stable bytes.
struct SVGWriter {
    private(set) var out = ""

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        out += "<\(name)\(Self.render(attributes))>"
    }

    mutating func close(_ name: String) { out += "</\(name)>\n" }

    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        out += "<\(name)\(Self.render(attributes))/>\n"
    }

    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        out += "<\(name)\(Self.render(attributes))>\(SVG.escape(text))</\(name)>\n"
    }

    mutating func raw(_ text: String) { out += text }

    private static func render(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(SVG.escape($0.1))\"" }.joined()
    }
}
