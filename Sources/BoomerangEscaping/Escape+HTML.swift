extension Escape {
    /// Text between tags. `& < > " '` become character references, so the same bytes are also
    /// safe inside a quoted attribute; CR becomes `&#13;` (an HTML parser would turn a raw CR
    /// into LF) and NUL, which HTML cannot carry, becomes U+FFFD as a parser would make it.
    @inlinable
    public static func htmlText<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        run(bytes, HTMLContext.self, into: &sink)
    }

    /// A value inside a quoted attribute (`title="..."`, `lang='...'`): the same replacements
    /// as text, since both quote characters are replaced. Never use it for an unquoted value.
    @inlinable
    public static func htmlAttribute<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        run(bytes, HTMLContext.self, into: &sink)
    }

    public static func htmlText(_ text: String) -> String { string(text, HTMLContext.self) }
    public static func htmlAttribute(_ text: String) -> String { string(text, HTMLContext.self) }
}

@usableFromInline
enum HTMLContext: EscapeContext {
    @inlinable
    static func isTrigger(_ b: UInt8) -> Bool {
        // 0x00, 0x0D, '"' 22, '&' 26, '\'' 27, '<' 3C, '>' 3E: all below 0x3F.
        b < 0x3F && (0x5000_00C4_0000_2001 as UInt64) >> UInt64(b) & 1 != 0
    }

    @inlinable
    static func replace<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, into sink: inout S) -> Int {
        switch bytes[i] {
        case 0x3C: sink.append("&lt;")
        case 0x3E: sink.append("&gt;")
        case 0x26: sink.append("&amp;")
        case 0x22: sink.append("&quot;")
        case 0x27: sink.append("&#39;")
        case 0x0D: sink.append("&#13;")
        default: sink.append("\u{FFFD}")
        }
        return 1
    }
}
