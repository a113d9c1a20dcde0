/// Every value taken from data reaches an output through this module: one function per output
/// context (HTML text and attributes, URLs in `href`/`src`, XML/SVG, JavaScript and JSON string
/// literals, Markdown, email headers, CSV cells).
///
/// All of them work on UTF-8 bytes, never on `Character`s. A grapheme cluster can hide a
/// syntax character: `"` followed by U+0301 is one Character that is not equal to `"`, and a
/// Character-based escaper copies it (with the quote) unescaped into an attribute. In UTF-8
/// every byte below 0x80 is a Unicode scalar of its own, so a byte comparison never misses one.
public enum Escape {}

/// Where escaped bytes go: a byte array, or a writer with its own storage (SVGWriter).
public protocol EscapeSink {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: EscapeSink where Element == UInt8 {
    @inlinable
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

extension EscapeSink {
    @inlinable
    mutating func append(_ s: StaticString) {
        append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    @inlinable
    mutating func append(byte: UInt8) {
        withUnsafePointer(to: byte) { append(UnsafeBufferPointer(start: $0, count: 1)) }
    }
}

/// One output context: which bytes start something to replace, and what replaces it.
@usableFromInline
protocol EscapeContext {
    /// True for a byte that `replace` must see; every other byte is copied as it is.
    static func isTrigger(_ b: UInt8) -> Bool
    /// Writes the replacement of the sequence that starts at `i` (a trigger byte) and returns
    /// how many bytes it consumed (at least one).
    static func replace<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, into sink: inout S) -> Int
}

extension Escape {
    /// The one loop every context shares: runs of ordinary bytes are copied in one go.
    @inlinable
    static func run<C: EscapeContext, S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, _ context: C.Type, into sink: inout S) {
        let n = bytes.count
        var start = 0
        var i = 0
        while i < n {
            if !C.isTrigger(bytes[i]) { i += 1; continue }
            if start < i { sink.append(UnsafeBufferPointer(rebasing: bytes[start..<i])) }
            i += C.replace(bytes, at: i, into: &sink)
            start = i
        }
        if start < n { sink.append(UnsafeBufferPointer(rebasing: bytes[start..<n])) }
    }

    /// `text` through `context` as a String (for callers that build Strings, not bytes).
    @inlinable
    static func string<C: EscapeContext>(_ text: String, _ context: C.Type) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: C.isTrigger) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            run(bytes, context, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// True when the three bytes at `i` are the UTF-8 of U+2028 or U+2029 (E2 80 A8/A9).
    @inlinable
    static func isLineSeparator(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9)
    }

    /// True when the three bytes at `i` are the UTF-8 of U+FFFE or U+FFFF (EF BF BE/BF).
    @inlinable
    static func isNonCharacterFFFx(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < b.count && b[i] == 0xEF && b[i + 1] == 0xBF && (b[i + 2] == 0xBE || b[i + 2] == 0xBF)
    }

    @usableFromInline static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
    @usableFromInline static let upperHexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
