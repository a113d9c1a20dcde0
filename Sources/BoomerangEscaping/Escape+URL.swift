extension Escape {
    /// The schemes a link from data may use. Anything else (`javascript:`, `data:`, `vbscript:`,
    /// `file:`...) is replaced; a relative path (no scheme) is always allowed.
    public static let allowedURLSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// A whole `href`/`src` value: the value escaped as an attribute when its scheme is allowed
    /// (or it has none), else `#`, a link that goes nowhere.
    @inlinable
    public static func urlAttribute<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        if isAllowedURL(bytes) { htmlAttribute(bytes, into: &sink) } else { sink.append("#") }
    }

    public static func urlAttribute(_ url: String) -> String {
        var url = url
        return url.withUTF8 { isAllowedURL($0) } ? htmlAttribute(url) : "#"
    }

    public static func isAllowedURL(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { isAllowedURL($0) }
    }

    /// The scheme as a browser reads it: leading C0 controls and spaces skipped, tabs and line
    /// breaks ignored anywhere (so `java\tscript:` is `javascript:`), letters compared without
    /// case. A scheme is a letter, then letters, digits, `+`, `-` or `.`, then `:`; a value
    /// without one is a relative path.
    public static func isAllowedURL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var scheme: [UInt8] = []
        var leading = true
        for b in bytes {
            if leading && b <= 0x20 { continue }
            leading = false
            if b == 0x09 || b == 0x0A || b == 0x0D { continue }
            if b == 0x3A { break }   // ":" ends the scheme
            let lower = b | 0x20
            let isLetter = lower >= 0x61 && lower <= 0x7A
            let isOther = (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2D || b == 0x2E
            if isLetter { scheme.append(lower) } else if isOther && !scheme.isEmpty { scheme.append(b) } else { return true }
        }
        // Reached the end without a ":": a relative path such as "page.html".
        guard bytes.contains(0x3A) else { return true }
        return allowedURLSchemes.contains(String(decoding: scheme, as: UTF8.self))
    }
}
