/// The attributes whose value is a URL, so that a template's `href="{{link}}"` is escaped as a
/// URL (a `javascript:` value becomes `#`) and not only as attribute text.
enum URLAttributes {
    static let names: Set<String> = [
        "href", "src", "action", "formaction", "cite", "poster", "background", "longdesc", "xlink:href", "data",
    ]

    /// True when `bytes` ends with `name=` for a URL attribute name, preceded by white space.
    static func endsWithName(_ bytes: ArraySlice<UInt8>) -> Bool {
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > bytes.startIndex, bytes[end - 1] == 0x3D else { return false }   // "="
        end -= 1
        while end > bytes.startIndex, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > bytes.startIndex, isNameByte(bytes[start - 1]) { start -= 1 }
        guard start < end, start > bytes.startIndex, isSpace(bytes[start - 1]) else { return false }
        let name = String(decoding: bytes[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        return names.contains(name)
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x3A || b == 0x5F
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}
