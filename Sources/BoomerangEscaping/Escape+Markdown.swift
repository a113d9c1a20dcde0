extension Escape {
    /// Data shown as text in Markdown: every ASCII character Markdown (CommonMark and GFM)
    /// reads as syntax gets a backslash, `&` too so `&lt;` stays those four characters and is not
    /// read as an entity; line breaks become spaces, since a break would end the table row or
    /// list item the value stands in.
    @inlinable
    public static func markdownText<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        run(bytes, MarkdownTextContext.self, into: &sink)
    }

    public static func markdownText(_ text: String) -> String { string(text, MarkdownTextContext.self) }

    /// The text of a link, `[text](destination)`: the same as any text (brackets are escaped).
    public static func markdownLinkText(_ text: String) -> String { markdownText(text) }

    /// The destination of a link, `[text](destination)`: `#` when its scheme is not allowed
    /// (see `isAllowedURL`), else percent-encoded wherever Markdown would end or misread it.
    public static func markdownLinkDestination(_ url: String) -> String {
        guard isAllowedURL(url) else { return "#" }
        return string(url, MarkdownDestinationContext.self)
    }
}

@usableFromInline
enum MarkdownTextContext: EscapeContext {
    /// Line breaks and \\`*_{}[]<>#+|~&, as bits of two masks (bytes below 64, and 64 to 127).
    /// Not `(`, `)` or `!`: they make a link or an image only after `]` or before `[`, and
    /// brackets are escaped, so "(новинка)" stays as written.
    @inlinable
    static func isTrigger(_ b: UInt8) -> Bool {
        b < 64 ? (0x5000_0c48_0000_2400 as UInt64) >> UInt64(b) & 1 != 0
            : b < 128 && (0x7800_0001_b800_0000 as UInt64) >> UInt64(b - 64) & 1 != 0
    }

    @inlinable
    static func replace<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, into sink: inout S) -> Int {
        let b = bytes[i]
        if b == 0x0A || b == 0x0D { sink.append(" ") } else { sink.append("\\"); sink.append(byte: b) }
        return 1
    }
}

@usableFromInline
enum MarkdownDestinationContext: EscapeContext {
    /// Controls, space, `"`, `'`, `(`, `)`, `<`, `>`, `\` and DEL: percent-encoded.
    @inlinable
    static func isTrigger(_ b: UInt8) -> Bool {
        b <= 0x20 || b == 0x22 || b == 0x27 || b == 0x28 || b == 0x29 || b == 0x3C || b == 0x3E || b == 0x5C || b == 0x7F
    }

    @inlinable
    static func replace<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, into sink: inout S) -> Int {
        let b = bytes[i]
        sink.append("%")
        sink.append(byte: Escape.upperHexDigits[Int(b >> 4)])   // upper-case hex, as URLs write it
        sink.append(byte: Escape.upperHexDigits[Int(b & 15)])
        return 1
    }
}
