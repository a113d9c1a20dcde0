extension Escape {
    /// A CSV cell (RFC 4180), quoted when the delimiter (a comma unless said), a quote or a line
    /// break is anywhere in it (by byte, so a combining mark after it or a CRLF cluster still
    /// quotes it). A text cell
    /// starting with = + - @ (or tab/CR) gets an apostrophe first, so a spreadsheet shows it as
    /// text instead of running it as a formula; a number such as -12.5 is left as it is.
    public static func csvCell<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8 = 0x2C, into sink: inout S) {
        var formula = false
        if let f = bytes.first, f == 0x3D || f == 0x2B || f == 0x2D || f == 0x40 || f == 0x09 || f == 0x0D {
            formula = Double(String(decoding: bytes, as: UTF8.self)) == nil
        }
        let quoted = bytes.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if quoted { sink.append("\"") }
        if formula { sink.append("'") }
        if quoted { run(bytes, CSVQuotedContext.self, into: &sink); sink.append("\"") } else { sink.append(bytes) }
    }
}

@usableFromInline
enum CSVQuotedContext: EscapeContext {
    @inlinable static func isTrigger(_ b: UInt8) -> Bool { b == 0x22 }

    @inlinable
    static func replace<S: EscapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, into sink: inout S) -> Int {
        sink.append("\"\"")
        return 1
    }
}
