/// One CSV record as the reader sees it. The buffers belong to the reader and are valid
/// only inside the callback that receives the record: copy what you keep.
struct CSVRecord {
    /// 1-based line where the record starts (the header is line 1).
    let line: Int
    /// The record's bytes as written in the file, without its line break.
    let raw: UnsafeBufferPointer<UInt8>
    /// Field contents with quotes removed and `""` unescaped, one after another.
    let bytes: UnsafeBufferPointer<UInt8>
    /// End offset in `bytes` of each field.
    let ends: UnsafeBufferPointer<Int>
    /// True when some byte is >= 0x80, so UTF-8 must be checked.
    let nonASCII: Bool
    /// The field separator of this file.
    var delimiter: UInt8 = 0x2C
    /// The file's encoding (after its byte-order mark); the bytes here are always UTF-8.
    var encoding: DataFormat.Encoding = .utf8
    /// For a worksheet row: the 1-based column of field 0. Positions are then cells, not offsets.
    var firstSheetColumn: Int?
    /// For a database row: which fields were NULL. A database row has no line or column, so its
    /// problems are placed by its entry in handbook.yml and named by its key (`CSVRow.rowLabel`).
    var nulls: UnsafeBufferPointer<Bool>?

    var count: Int { ends.count }

    func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = i == 0 ? 0 : ends[i - 1]
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[i]])
    }

    /// The field with ASCII spaces and tabs trimmed from both ends.
    func trimmed(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        var start = i == 0 ? 0 : ends[i - 1]
        var end = ends[i]
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    func string(_ i: Int) -> String { String(decoding: trimmed(i), as: UTF8.self) }

    /// The record as written (invalid UTF-8 replaced), for rejected.csv and messages.
    var rawString: String { String(decoding: raw, as: UTF8.self) }

    /// Line and column where field `i` starts (the opening quote for a quoted field).
    /// Computed by rescanning the raw bytes: only needed when something is wrong.
    func position(ofField i: Int) -> (line: Int, column: Int) {
        if let first = firstSheetColumn { return (line, first + i) }
        var field = 0, inQuotes = false, offset = 0
        if i > 0 {
            var found = raw.count
            for (k, b) in raw.enumerated() {
                if b == 0x22 { inQuotes.toggle() } else if b == delimiter, !inQuotes {
                    field += 1
                    if field == i { found = k + 1; break }
                }
            }
            offset = found
        }
        return position(ofOffset: offset)
    }

    /// Where a problem at (line, column) is, for messages: a cell such as `12:C` in a worksheet.
    func location(file: String, line: Int, column: Int?) -> SourceLocation {
        if nulls != nil { return SourceLocation(file: file) }
        guard firstSheetColumn != nil else { return SourceLocation(file: file, line: line, column: column) }
        var loc = SourceLocation(file: file, line: line)
        loc.columnName = column.map(CellReference.letters)
        return loc
    }

    /// Line and column of a byte offset in `raw`. Columns count characters (Unicode scalars), from 1.
    func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        TextPosition.of(offset: offset, in: raw, firstLine: line)
    }
}

/// Line and column arithmetic shared by the CSV reader, front matter and playbooks.
enum TextPosition {
    static func of(offset: Int, in bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> (line: Int, column: Int) {
        var line = firstLine, column = 1, k = 0
        let end = min(offset, bytes.count)
        while k < end {
            let b = bytes[k]
            if b == 0x0A {
                line += 1; column = 1
            } else if b == 0x0D {
                line += 1; column = 1
                if k + 1 < end, bytes[k + 1] == 0x0A { k += 1 }
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            k += 1
        }
        return (line, column)
    }
}

/// UTF-8 validation that says where the first bad byte is.
enum UTF8Check {
    /// Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or nil.
    static func firstInvalidOffset(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
            let second = b[i + 1]
            guard second >= lo, second <= hi else { return i }
            for k in 2..<(need + 1) where b[i + k] & 0xC0 != 0x80 { return i }
            i += need + 1
        }
        return nil
    }

    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
    }
}
