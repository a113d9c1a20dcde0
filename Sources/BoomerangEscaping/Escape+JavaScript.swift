extension Escape {
    /// The inside of a double-quoted JavaScript string literal, which is also a JSON string:
    /// `"` and `\` get a backslash; control characters, `<`, `>` and `&` become `\u00XX`, so no
    /// value can close a `<script>` element (`</script`) or start a comment (`<!--`); U+2028 and
    /// U+2029, line breaks to older JavaScript engines, become `\u2028` and `\u2029`.
    @inlinable
    public static func javaScriptString<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        run(bytes, JavaScriptContext.self, into: &sink)
    }

    public static func javaScriptString(_ text: String) -> String { string(text, JavaScriptContext.self) }

    /// A complete JSON string value, quotes included.
    public static func jsonString(_ text: String) -> String { "\"" + javaScriptString(text) + "\"" }
}

@usableFromInline
enum JavaScriptContext: EscapeContext {
    @inlinable
    static func isTrigger(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 || b == 0xE2
    }

    @inlinable
    static func replace<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, into sink: inout S) -> Int {
        let b = bytes[i]
        switch b {
        case 0x22: sink.append("\\\"")
        case 0x5C: sink.append("\\\\")
        case 0x0A: sink.append("\\n")
        case 0x0D: sink.append("\\r")
        case 0x09: sink.append("\\t")
        case 0xE2:
            guard Escape.isLineSeparator(bytes, at: i) else { sink.append(byte: b); return 1 }
            sink.append(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
            return 3
        default:
            sink.append("\\u00")
            sink.append(byte: Escape.hexDigits[Int(b >> 4)])
            sink.append(byte: Escape.hexDigits[Int(b & 15)])
        }
        return 1
    }
}
