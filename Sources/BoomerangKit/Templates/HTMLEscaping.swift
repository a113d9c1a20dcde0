/// HTML escaping of variable values, byte for byte as swift-mustache's `htmlEscape`:
/// `<`, `>`, `&`, `"` and `'` become `&lt;`, `&gt;`, `&amp;`, `&quot;` and `&#39;`.
enum HTMLEscaping {
    static func append(_ text: String, escaped: Bool, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(bytes: $0, escaped: escaped, to: &out) }
    }

    static func append(bytes: UnsafeBufferPointer<UInt8>, escaped: Bool, to out: inout [UInt8]) {
        guard escaped else { out.append(contentsOf: bytes); return }
        let mark = out.count
        let n = bytes.count
        var run = 0
        var i = 0
        while i < n {
            let b = bytes[i]
            // Fast reject: all five are below "?" (0x3F) and not letters or digits.
            if b > 0x3E || (b != 0x3C && b != 0x3E && b != 0x26 && b != 0x22 && b != 0x27) { i += 1; continue }
            // swift-mustache escapes whole Characters: "<" followed by a combining mark is
            // another Character and stays as it is. Only ASCII neighbours guarantee that
            // the byte is a Character of its own; otherwise redo the value the slow way.
            if (i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < n && bytes[i + 1] >= 0x80) {
                out.removeSubrange(mark...)
                appendByCharacter(String(decoding: bytes, as: UTF8.self), to: &out)
                return
            }
            if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
            out.appendStatic(replacement(b))
            i += 1
            run = i
        }
        if run < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<n])) }
    }

    @inline(__always)
    private static func replacement(_ b: UInt8) -> StaticString {
        switch b {
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x26: return "&amp;"
        case 0x22: return "&quot;"
        default: return "&#39;"
        }
    }

    private static func appendByCharacter(_ text: String, to out: inout [UInt8]) {
        for c in text {
            switch c {
            case "<": out.append(contentsOf: "&lt;".utf8)
            case ">": out.append(contentsOf: "&gt;".utf8)
            case "&": out.append(contentsOf: "&amp;".utf8)
            case "\"": out.append(contentsOf: "&quot;".utf8)
            case "'": out.append(contentsOf: "&#39;".utf8)
            default: out.append(contentsOf: String(c).utf8)
            }
        }
    }
}

extension Array where Element == UInt8 {
    @inline(__always)
    mutating func appendStatic(_ s: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }
}
