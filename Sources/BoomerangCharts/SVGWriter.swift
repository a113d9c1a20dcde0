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
        var w = SVGWriter(capacity: 16)
        w.num(value)
        return w.out
    }
}

/// Appends elements to a UTF-8 byte buffer (cheaper than growing a String); attributes keep the
/// order they are given in, for stable bytes. The charts drawn per customer use the byte-level
/// calls (`tag`, `attr`, `num`) so no attribute arrays or number strings are made per element.
struct SVGWriter {
    private(set) var bytes: [UInt8]

    init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    var out: String { String(decoding: bytes, as: UTF8.self) }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        put("<"); putText(name); append(attributes); put(">")
    }

    mutating func close(_ name: String) { put("</"); putText(name); put(">\n") }

    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        put("<"); putText(name); append(attributes); put("/>\n")
    }

    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        put("<"); putText(name); append(attributes); put(">")
        putEscaped(text)
        put("</"); putText(name); put(">\n")
    }

    mutating func raw(_ text: String) { putText(text) }

    mutating func raw(_ other: SVGWriter) { bytes.append(contentsOf: other.bytes) }

    private mutating func putText(_ s: String) { bytes.append(contentsOf: s.utf8) }

    private mutating func append(_ attributes: [(String, String)]) {
        for (key, value) in attributes {
            put(" "); putText(key); put("=\""); putEscaped(value); put("\"")
        }
    }

    // MARK: Byte-level calls

    /// Literal markup (names, fixed attribute values); never escaped.
    mutating func put(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// ` name="value"` with the value escaped.
    mutating func attr(_ name: StaticString, _ value: String) {
        bytes.append(0x20); put(name); bytes.append(0x3D); bytes.append(0x22)
        putEscaped(value)
        bytes.append(0x22)
    }

    /// ` name="number"` (see `num`), assembled on the stack and appended in one go.
    mutating func attr(_ name: StaticString, _ value: Double) {
        guard name.utf8CodeUnitCount <= 32 else {
            bytes.append(0x20); put(name); bytes.append(0x3D); bytes.append(0x22)
            num(value)
            bytes.append(0x22)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            var i = 0
            buffer[i] = 0x20; i += 1
            name.withUTF8Buffer { for b in $0 { buffer[i] = b; i += 1 } }
            buffer[i] = 0x3D; buffer[i + 1] = 0x22; i += 2
            i = Self.writeNum(value, into: buffer, at: i)
            buffer[i] = 0x22; i += 1
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<i]))
        }
    }

    /// A coordinate with at most two decimals, trailing zeros trimmed, never "-0", "nan" or "inf".
    mutating func num(_ value: Double) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            let end = Self.writeNum(value, into: buffer, at: 0)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<end]))
        }
    }

    /// Writes `num`'s bytes at `start` (at most 17: the value is clamped to ±1e12); returns the end.
    private static func writeNum(_ value: Double, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var i = start
        guard value.isFinite else { buffer[i] = 0x30; return i + 1 }
        let clamped = min(max(value, -1e12), 1e12)
        let hundredths = Int((clamped * 100).rounded())
        if hundredths == 0 { buffer[i] = 0x30; return i + 1 }
        if hundredths < 0 { buffer[i] = 0x2D; i += 1 }
        let magnitude = hundredths.magnitude
        var whole = magnitude / 100
        // Digits of the whole part, most significant first.
        var digits = 1, probe = whole
        while probe >= 10 { probe /= 10; digits += 1 }
        var k = i + digits - 1
        repeat { buffer[k] = UInt8(48 + whole % 10); whole /= 10; k -= 1 } while whole > 0
        i += digits
        let frac = Int(magnitude % 100)
        if frac == 0 { return i }
        buffer[i] = 0x2E; buffer[i + 1] = UInt8(48 + frac / 10); i += 2
        if frac % 10 != 0 { buffer[i] = UInt8(48 + frac % 10); i += 1 }
        return i
    }

    /// An integer as `String(value)` writes it.
    mutating func putInt(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        putDigits(value.magnitude)
    }

    /// A non-negative integer in ASCII digits.
    mutating func putDigits(_ value: UInt) {
        if value < 10 { bytes.append(UInt8(48 + value)); return }
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes: room for any UInt
        var n = value
        withUnsafeMutableBytes(of: &buffer) { raw in
            var i = 24
            repeat { i -= 1; raw[i] = UInt8(48 + n % 10); n /= 10 } while n > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[i...]))
        }
    }

    /// Escapes & < > " ' ; tabs and line breaks become spaces; other C0 controls and U+FFFE/U+FFFF
    /// (UTF-8 EF BF BE/BF) are dropped. Only ASCII bytes are replaced, so UTF-8 stays valid.
    mutating func putEscaped(_ s: String) {
        var s = s
        s.withUTF8 { putEscaped($0) }
    }

    mutating func putEscaped(_ u: UnsafeBufferPointer<UInt8>) {
        // Most values (colours, numbers, labels) need no escaping: copy them in one go.
        if !u.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
            bytes.append(contentsOf: u)
            return
        }
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
