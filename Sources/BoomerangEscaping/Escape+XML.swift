extension Escape {
    /// Text and attribute values in XML and SVG: `& < > " '` become references; tabs and line
    /// breaks become spaces (attribute values are normalized that way anyway, and chart labels
    /// are one line); other C0 controls and U+FFFE/U+FFFF, which XML 1.0 forbids, are dropped,
    /// so the output always parses.
    @inlinable
    public static func xml<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        run(bytes, XMLContext.self, into: &sink)
    }

    public static func xml(_ text: String) -> String { string(text, XMLContext.self) }
}

@usableFromInline
enum XMLContext: EscapeContext {
    @inlinable
    static func isTrigger(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0xEF
    }

    @inlinable
    static func replace<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, into sink: inout S) -> Int {
        switch bytes[i] {
        case 0x26: sink.append("&amp;")
        case 0x3C: sink.append("&lt;")
        case 0x3E: sink.append("&gt;")
        case 0x22: sink.append("&quot;")
        case 0x27: sink.append("&apos;")
        case 0x09, 0x0A, 0x0D: sink.append(" ")
        case 0xEF:
            if Escape.isNonCharacterFFFx(bytes, at: i) { return 3 }
            sink.append(byte: 0xEF)
        default: break   // another C0 control: dropped
        }
        return 1
    }
}
