/// Text escaping and number formatting for SVG output.
/// Everything here is locale-free so the bytes depend only on the input.
enum SVG {
    /// Escapes text and attribute values; drops characters XML 1.0 forbids so the output always parses.
    static func escape(_ text: String) -> String {
        var w = SVGWriter()
        w.putEscaped(text)
        return w.out
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
        if frac == 0 { return sign + String(whole) }
        if frac % 10 == 0 { return sign + String(whole) + "." + String(frac / 10) }
        return sign + String(whole) + (frac < 10 ? ".0" : ".") + String(frac)
    }
}

/// Appends elements to a UTF-8 byte buffer (cheaper than growing a String); attributes keep the
/// order they are given in, for stable bytes.
struct SVGWriter {
    private(set) var bytes: [UInt8]

    init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    var out: String { String(decoding: bytes, as: UTF8.self) }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        put("<"); put(name); append(attributes); put(">")
    }

    mutating func close(_ name: String) { put("</"); put(name); put(">\n") }

    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        put("<"); put(name); append(attributes); put("/>\n")
    }

    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        put("<"); put(name); append(attributes); put(">")
        putEscaped(text)
        put("</"); put(name); put(">\n")
    }

    mutating func raw(_ text: String) { put(text) }

    mutating func raw(_ other: SVGWriter) { bytes.append(contentsOf: other.bytes) }

    private mutating func put(_ s: String) { bytes.append(contentsOf: s.utf8) }

    private mutating func append(_ attributes: [(String, String)]) {
        for (key, value) in attributes {
            put(" "); put(key); put("=\""); putEscaped(value); put("\"")
        }
    }

    /// Escapes & < > " ' ; tabs and line breaks become spaces; other C0 controls and U+FFFE/U+FFFF
    /// (UTF-8 EF BF BE/BF) are dropped. Only ASCII bytes are replaced, so UTF-8 stays valid.
    mutating func putEscaped(_ s: String) {
        let u = Array(s.utf8)
        var i = 0
        while i < u.count {
            let b = u[i]
            switch b {
            case 0x26: put("&amp;")
            case 0x3C: put("&lt;")
            case 0x3E: put("&gt;")
            case 0x22: put("&quot;")
            case 0x27: put("&apos;")
            case 0x09, 0x0A, 0x0D: bytes.append(0x20)
            case 0..<0x20: break
            case 0xEF where i + 2 < u.count && u[i + 1] == 0xBF && (u[i + 2] == 0xBE || u[i + 2] == 0xBF): i += 2
            default: bytes.append(b)
            }
            i += 1
        }
    }
}
