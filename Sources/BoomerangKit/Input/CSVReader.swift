#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem that stops reading a CSV file (the rest of the file cannot be trusted).
struct CSVFatalError: Error, Equatable {
    var line: Int
    var column: Int?
    var message: String
}

/// Where the bytes come from: a file streamed in chunks, or bytes in memory (tests, fuzzing).
enum CSVSource {
    case file(path: String)
    case bytes([UInt8])
    /// An Excel workbook; read by `XLSXSheet`, not by the CSV reader.
    case xlsx(path: String)
    /// Rows of a database table or query; read by `DatabaseInput`, not by the CSV reader.
    case database(DatabaseInput)
}

/// A byte-level RFC 4180 reader. It streams: memory holds one chunk plus the record being read,
/// never the whole file. Quoted fields may hold commas, `""` and line breaks; LF, CRLF and a lone CR
/// end lines; a UTF-8 byte-order mark is skipped; blank lines are skipped. Lenient where Excel is:
/// a quote inside an unquoted field, or text after a closing quote, is kept as text.
enum CSVReader {
    static let defaultChunkSize = 1 << 20
    /// A longer field almost always means a missing closing quote; stop with a clear message.
    static let maxFieldBytes = 1 << 20
    static let maxRecordBytes = 16 << 20

    /// `delimiter` nil means: the most frequent of `,` `;` tab on the header line.
    static func read(_ source: CSVSource, delimiter: UInt8? = 0x2C, encoding: DataFormat.Encoding = .utf8,
                     chunkSize: Int = defaultChunkSize, _ body: (CSVRecord) throws -> Void) throws {
        var input = try ChunkInput(source, encoding: encoding)
        defer { input.close() }
        try scan(&input, delimiter: delimiter, chunkSize: max(1, chunkSize), body)
    }

    /// The separator a header line uses: the most frequent of `,` `;` tab outside quotes
    /// (a comma on a tie or when there is none, as in a one-column file).
    static func detectDelimiter(_ b: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var comma = 0, semicolon = 0, tab = 0, quoted = false
        for c in b {
            if c == 0x22 { quoted.toggle(); continue }
            if quoted { continue }
            if c == 0x0A || c == 0x0D { break }
            if c == 0x2C { comma += 1 } else if c == 0x3B { semicolon += 1 } else if c == 0x09 { tab += 1 }
        }
        if semicolon > comma, semicolon >= tab { return 0x3B }
        if tab > comma, tab > semicolon { return 0x09 }
        return 0x2C
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    // One function with local state keeps the per-byte loop tight.
    private static func scan(_ input: inout ChunkInput, delimiter: UInt8?, chunkSize: Int,
                             _ body: (CSVRecord) throws -> Void) throws {
        // A transcoded byte takes up to 3 bytes: leave room for a few even with tiny test chunks.
        let chunkSize = input.encoding == .utf8 ? chunkSize : max(chunkSize, 16)
        var cap = max(chunkSize * 2, 64)
        var buf = UnsafeMutablePointer<UInt8>.allocate(capacity: cap)
        var fcap = 256
        var fbuf = UnsafeMutablePointer<UInt8>.allocate(capacity: fcap)
        defer { buf.deallocate(); fbuf.deallocate() }
        var ends: [Int] = []
        ends.reserveCapacity(32)

        var len = 0, pos = 0, recStart = 0, flen = 0, fieldStart = 0
        var state = State.fieldStart
        var line = 1, recLine = 1
        var skipLF = false, high: UInt8 = 0, firstChunk = true, eof = false
        var quoteOffset = 0  // offset of the opening quote of the current quoted field, from recStart
        var delim = delimiter ?? 0x2C
        var detect = delimiter == nil
        let encoding = input.encoding

        func fatalAt(offset: Int, _ message: String) -> CSVFatalError {
            let p = TextPosition.of(offset: offset, in: UnsafeBufferPointer(start: buf + recStart, count: len - recStart),
                                    firstLine: recLine)
            return CSVFatalError(line: p.line, column: p.column, message: message)
        }

        func emit(rawEnd: Int) throws {
            ends.append(flen)
            try ends.withUnsafeBufferPointer { e in
                let rec = CSVRecord(line: recLine, raw: UnsafeBufferPointer(start: buf + recStart, count: rawEnd - recStart),
                                    bytes: UnsafeBufferPointer(start: fbuf, count: flen), ends: e, nonASCII: high >= 0x80,
                                    delimiter: delim, encoding: encoding)
                try body(rec)
            }
            ends.removeAll(keepingCapacity: true)
            flen = 0; fieldStart = 0; high = 0
        }

        while true {
            if pos == len {
                if eof { break }
                // Keep the unfinished record, drop what is done, read the next chunk.
                if recStart > 0 {
                    let keep = len - recStart
                    if keep > 0 { (buf).update(from: buf + recStart, count: keep) }
                    pos -= recStart; len = keep; recStart = 0
                }
                if len > maxRecordBytes {
                    throw fatalAt(offset: 0, "a record longer than \(maxRecordBytes >> 20) MiB starts here; is a closing quote missing?")
                }
                if cap - len < chunkSize {
                    let newCap = max(cap * 2, len + chunkSize)
                    let nb = UnsafeMutablePointer<UInt8>.allocate(capacity: newCap)
                    nb.update(from: buf, count: len)
                    buf.deallocate(); buf = nb; cap = newCap
                }
                let n = try input.read(into: buf + len, count: chunkSize)
                if n == 0 {
                    eof = true
                    if detect {
                        delim = detectDelimiter(UnsafeBufferPointer(start: buf + recStart, count: len - recStart))
                        detect = false
                        pos = recStart
                    }
                    continue
                }
                len += n
                if firstChunk {
                    firstChunk = false
                    // A byte-order mark only at the very start; a short first chunk is fine since
                    // three bytes are rarely split, and if they are the BOM shows up as text.
                    if len >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { pos = 3; recStart = 3 }
                }
                if detect {
                    // Wait for the whole header line (or the end of the file), then choose.
                    let header = UnsafeBufferPointer(start: buf + recStart, count: len - recStart)
                    if !header.contains(0x0A), !header.contains(0x0D), len <= maxRecordBytes {
                        pos = len
                        continue
                    }
                    delim = detectDelimiter(header)
                    detect = false
                    pos = recStart
                }
                continue
            }
            let b = buf[pos]
            if skipLF {
                skipLF = false
                if b == 0x0A {
                    pos += 1
                    if state != .quoted { recStart = pos }
                    continue
                }
            }
            high |= b
            switch state {
            case .fieldStart, .unquoted:
                if b != delim && b != 0x0A && b != 0x0D && b != 0x22 {
                    // Fast path: the run of ordinary bytes up to the next separator, line end or
                    // quote is copied in one go (a quote inside an unquoted field is text; the
                    // byte-by-byte path below handles it).
                    var end = pos + 1
                    var run = b
                    while end < len {
                        let c = buf[end]
                        if c == delim || c == 0x0A || c == 0x0D || c == 0x22 { break }
                        run |= c
                        end += 1
                    }
                    let n = end - pos
                    while fcap - flen < n { grow(&fbuf, &fcap) }
                    (fbuf + flen).update(from: buf + pos, count: n)
                    flen += n
                    high |= run
                    state = .unquoted
                    if flen - fieldStart > maxFieldBytes {
                        throw fatalAt(offset: 0, "a field longer than 1 MiB; fields are limited to 1 MiB")
                    }
                    pos = end
                    continue
                }
                if b == delim {
                    ends.append(flen); fieldStart = flen; state = .fieldStart
                } else if b == 0x0A || b == 0x0D {
                    if state == .fieldStart, ends.isEmpty, pos == recStart {
                        // Blank line.
                    } else {
                        try emit(rawEnd: pos)
                    }
                    state = .fieldStart
                    line += 1; recLine = line
                    skipLF = b == 0x0D
                    pos += 1; recStart = pos
                    continue
                } else if b == 0x22, state == .fieldStart {
                    state = .quoted; quoteOffset = pos - recStart
                } else {
                    state = .unquoted
                    if flen == fcap { grow(&fbuf, &fcap) }
                    fbuf[flen] = b; flen += 1
                }
            case .quoted:
                if b == 0x22 {
                    state = .quoteInQuoted
                } else {
                    var c = b
                    if b == 0x0D { c = 0x0A; skipLF = true; line += 1 } else if b == 0x0A { line += 1 }
                    if flen == fcap { grow(&fbuf, &fcap) }
                    fbuf[flen] = c; flen += 1
                }
            case .quoteInQuoted:
                if b == 0x22 {
                    state = .quoted
                    if flen == fcap { grow(&fbuf, &fcap) }
                    fbuf[flen] = b; flen += 1
                } else if b == delim || b == 0x0A || b == 0x0D {
                    state = .unquoted
                    continue  // handle the separator in the unquoted state
                } else {
                    state = .unquoted
                    if flen == fcap { grow(&fbuf, &fcap) }
                    fbuf[flen] = b; flen += 1
                }
            }
            if flen - fieldStart > maxFieldBytes {
                if state == .quoted {
                    throw fatalAt(offset: quoteOffset, "the quoted field opened here runs for more than 1 MiB; is its closing quote missing?")
                }
                throw fatalAt(offset: 0, "a field longer than 1 MiB; fields are limited to 1 MiB")
            }
            pos += 1
        }
        switch state {
        case .quoted:
            throw fatalAt(offset: quoteOffset, "the quote opened here is never closed")
        case .fieldStart where ends.isEmpty && pos == recStart:
            break
        default:
            try emit(rawEnd: pos)
        }
    }

    private static func grow(_ p: inout UnsafeMutablePointer<UInt8>, _ cap: inout Int) {
        let n = UnsafeMutablePointer<UInt8>.allocate(capacity: cap * 2)
        n.update(from: p, count: cap)
        p.deallocate(); p = n; cap *= 2
    }
}
