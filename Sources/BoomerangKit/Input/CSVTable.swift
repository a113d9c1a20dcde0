import Foundation

/// The header of a data file mapped onto the contract's column names. A class: every row of the
/// file refers to it, and copying its five collections into each row cost a retain and a release each.
final class CSVColumns {
    /// Header names as written.
    let names: [String]
    /// Normalized names: trimmed, lower case, spaces and hyphens as underscores; a header mapped
    /// in handbook.yml (`customer_id: "Код клиента"`) has its field's name instead.
    let keys: [String]
    /// The mapping from handbook.yml, field -> header, for messages.
    let mapping: [String: String]
    let values: ValueStyle
    /// `values:` from handbook.yml: field -> exported value (ValueWords.key) -> value read.
    let valueMaps: [String: [String: String]]
    /// `keys` as UTF-8, for the lookup below.
    private let keyBytes: [[UInt8]]

    /// `contract`: the file's column names; a header that differs from one only by case, spaces,
    /// `_` or `-` (`E-mail`, `CustomerID`) is that column.
    init(names: [String], mapping: [String: String] = [:], values: ValueStyle = ValueStyle(), contract: [String] = [],
         valueMaps: [String: [String: String]] = [:]) {
        self.names = names
        self.valueMaps = valueMaps
        var keys = names.map(CSVColumns.normalize)
        for (field, header) in mapping {
            let key = CSVColumns.normalize(header)
            if let i = keys.firstIndex(of: key) { keys[i] = field }
        }
        for field in contract where !keys.contains(field) {
            let wanted = HeaderNames.canonical(field)
            if let i = keys.indices.first(where: { !contract.contains(keys[$0]) && HeaderNames.canonical(keys[$0]) == wanted }) { keys[i] = field }
        }
        self.keys = keys
        keyBytes = keys.map { Array($0.utf8) }
        self.mapping = mapping
        self.values = values
    }

    static func normalize(_ s: String) -> String {
        String(s.trimmingCharacters(in: .whitespaces).lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    /// A linear search: headers are short, and comparing small strings beats hashing them
    /// (this runs several times per record). Bytes, not `==`: the keys looked up are the
    /// contract's ASCII names, and String's Unicode-aware comparison of unequal strings was
    /// the slowest part of it.
    subscript(key: String) -> Int? {
        // The keys looked up are literals, whose UTF-8 is at hand: compared with memcmp.
        let found = key.utf8.withContiguousStorageIfAvailable { k -> Int? in
            for (i, b) in keyBytes.enumerated() where b.count == k.count {
                if k.isEmpty || b.withUnsafeBufferPointer({ memcmp($0.baseAddress!, k.baseAddress!, k.count) == 0 }) { return i }
            }
            return nil
        }
        if let found { return found }
        let n = key.utf8.count
        return keys.firstIndex { $0.utf8.count == n && $0.utf8.elementsEqual(key.utf8) }
    }
}

/// A column looked up once per file: its key (for messages and `values:`) and where it is, if the file
/// has it. Every row of a file shares the header, so the hot loaders look their columns up before
/// the first row instead of by name in every row.
struct CSVColumn {
    let key: String
    let index: Int?
}

extension CSVColumns {
    func column(_ key: String) -> CSVColumn { CSVColumn(key: key, index: self[key]) }
}

/// A data file's contract: required and optional columns.
struct CSVSchema {
    let required: [String]
    let optional: [String]
    var all: [String] { required + optional }
}

/// Reads one data file: checks the header, the column count and UTF-8 of every record, and hands
/// each good record to `body` as a `CSVRow`. Record problems go to the row and then the log.
enum CSVTable {
    /// Returns false when the file could not be read at all (a problem is logged).
    @discardableResult
    static func read(_ source: CSVSource, file: String, schema: CSVSchema, options: FileOptions = .plain,
                     log: inout ProblemLog, chunkSize: Int = CSVReader.defaultChunkSize,
                     unreadable: (inout CSVRow) -> Void = { _ in },
                     _ body: (inout CSVRow) -> Void) -> Bool {
        var columns: CSVColumns?
        var headerBroken = false
        var file = file
        do {
            let input = try RecordSource(source, options: options)
            if let sheet = input.sheetName { file += ":\(sheet)" }
            let values = input.values
            try input.read(chunkSize: chunkSize) { rec in
                if headerBroken { return }
                guard let cols = columns else {
                    if rec.nonASCII, let bad = UTF8Check.firstInvalidOffset(rec.raw) {
                        let p = rec.position(ofOffset: bad)
                        log.add(file, line: p.line, column: p.column, "header: " + Self.encodingMessage(rec))
                        headerBroken = true
                        return
                    }
                    if rec.raw.contains(0) {
                        log.add(file, line: rec.line, column: 1, "header: NUL bytes; the file looks like UTF-16 without a byte-order mark (set encoding: utf-16le or utf-16be under data: in content/handbook.yml)")
                        headerBroken = true
                        return
                    }
                    let c = CSVColumns(names: (0..<rec.count).map { rec.string($0) }, mapping: options.columns, values: values,
                                       contract: schema.all, valueMaps: options.valueMaps)
                    for d in HeaderNames.mappingProblems(c, options: options, schema: schema, file: file) { log.add(d) }
                    if let problem = headerProblem(c, schema) {
                        log.add(Diagnostic(rec.location(file: file, line: rec.line, column: 1), problem))
                        headerBroken = true
                        return
                    }
                    columns = c
                    return
                }
                var row = CSVRow(record: rec, columns: cols, file: file)
                if rec.nonASCII, let bad = UTF8Check.firstInvalidOffset(rec.raw) {
                    let p = rec.position(ofOffset: bad)
                    row.problems.append(Diagnostic(SourceLocation(file: file, line: p.line, column: p.column), Self.encodingMessage(rec)))
                    unreadable(&row)
                } else if rec.count != cols.names.count {
                    let msg = "expected \(cols.names.count) fields as in the header, found \(rec.count)"
                    let col = rec.count > cols.names.count ? rec.position(ofField: cols.names.count).column
                                                           : rec.position(ofOffset: rec.raw.count).column
                    row.problems.append(Diagnostic(rec.location(file: file, line: rec.line, column: col), msg))
                    unreadable(&row)
                } else {
                    body(&row)
                }
                log.record(row.problems, file: file, line: rec.line, raw: rec.rawString)
            }
        } catch let e as CSVFatalError {
            log.add(file, line: e.line, column: e.column, e.message)
            return false
        } catch let e as SheetError {
            var loc = SourceLocation(file: e.sheet.map { "\(file):\($0)" } ?? file, line: e.row ?? 0)
            loc.columnName = e.column.map(CellReference.letters)
            log.add(Diagnostic(loc, e.message))
            return false
        } catch {
            log.add(file, line: 0, "\(error)")
            return false
        }
        if columns == nil, !headerBroken {
            log.add(file, line: 1, "empty file: expected a header line with \(schema.required.joined(separator: ","))")
            return false
        }
        return !headerBroken
    }

    /// Bytes that are not text in the file's encoding; for UTF-8, a guess at what the file is.
    static func encodingMessage(_ rec: CSVRecord) -> String {
        switch rec.encoding {
        case .utf8:
            if EncodingGuess.looksLikeWindows1251(rec.raw) {
                return "bytes that are not UTF-8; they look like Windows-1251 (set encoding: windows-1251 under data: in content/handbook.yml, or save the file as UTF-8)"
            }
            return "bytes that are not UTF-8 (save the file as UTF-8, or set its encoding under data: in content/handbook.yml)"
        case .utf16, .utf16le, .utf16be:
            return "not valid UTF-16: half of a surrogate pair (is the file really \(rec.encoding.rawValue)?)"
        case .windows1251, .windows1252:
            return "a byte that is no character in \(rec.encoding.rawValue) (is that the file's encoding?)"
        }
    }

    static func headerProblem(_ c: CSVColumns, _ schema: CSVSchema) -> String? {
        var seen: [String: Int] = [:]
        for (i, k) in c.keys.enumerated() {
            if k.isEmpty { return "header: column \(i + 1) has no name" }
            if let first = seen[k] {
                if c.names[first] != c.names[i] {
                    return "header: columns '\(c.names[first])' and '\(c.names[i])' both give '\(k)' (columns \(first + 1) and \(i + 1)); map only one of them"
                }
                return "header: column '\(c.names[i])' appears twice (columns \(first + 1) and \(i + 1))"
            }
            seen[k] = i
        }
        let missing = schema.required.filter { c[$0] == nil }
        guard !missing.isEmpty else { return nil }
        let list = missing.map { m in c.mapping[m].map { "'\(m)' (mapped to \(ValueParsing.quoted($0)) in content/handbook.yml)" } ?? "'\(m)'" }
            .joined(separator: ", ")
        var msg = "header: missing required column\(missing.count > 1 ? "s" : "") \(list); found: \(c.names.joined(separator: ", "))"
        for m in missing {
            if let near = Suggestion.closest(to: m, in: c.keys.filter { !schema.all.contains($0) }) {
                msg += " ('\(near)' may be meant as '\(m)')"
            } else {
                msg += HeaderNames.translationHint(m, headers: c.names)
            }
        }
        return msg
    }
}

/// One record being turned into a model value. Typed getters log problems against the column.
/// Holds the reader's buffers: use only inside the callback.
struct CSVRow {
    let record: CSVRecord
    let columns: CSVColumns
    let file: String
    var problems: [Diagnostic] = []

    var line: Int { record.line }

    mutating func problem(_ key: String, _ message: String) {
        if record.nulls != nil {
            problems.append(Diagnostic(SourceLocation(file: file), "\(rowLabel): \(key): \(message)"))
            return
        }
        let col = columns[key].map { record.position(ofField: $0).column }
        problems.append(Diagnostic(record.location(file: file, line: record.line, column: col), "\(key): \(message)"))
    }

    /// A required value that is empty; in a database row a NULL is called that: `amount is NULL`.
    mutating func missing(_ key: String) {
        if let nulls = record.nulls, let i = columns[key], i < nulls.count, nulls[i] {
            problems.append(Diagnostic(SourceLocation(file: file), "\(rowLabel): \(key) is NULL"))
            return
        }
        problem(key, "required, found an empty value")
    }

    /// `row with order_id SO-1`: how a database row, which has no line, is named in messages.
    /// Events are named by customer and date; a row without its key by its place in the result.
    var rowLabel: String {
        for key in ["order_id", "id", "customer_id", "name"] {
            let value = text(key)
            guard !value.isEmpty else { continue }
            let date = key == "customer_id" ? text("date") : ""
            return "row with \(key) \(value)" + (date.isEmpty ? "" : ", date \(date)")
        }
        return "row \(line - 1)"
    }

    func has(_ key: String) -> Bool { columns[key] != nil }

    /// The trimmed text of a column, "" when the column is absent; through the column's
    /// `values:` mapping when handbook.yml has one.
    func text(_ key: String) -> String { text(columns.column(key)) }

    func text(_ column: CSVColumn) -> String {
        guard let i = column.index, i < record.count else { return "" }
        let s = record.string(i)
        guard !columns.valueMaps.isEmpty, let map = columns.valueMaps[column.key] else { return s }
        return map[ValueWords.key(s)] ?? s
    }

    func bytes(_ key: String) -> UnsafeBufferPointer<UInt8>? { bytes(columns.column(key)) }

    func bytes(_ column: CSVColumn) -> UnsafeBufferPointer<UInt8>? {
        guard let i = column.index, i < record.count else { return nil }
        return record.trimmed(i)
    }

    /// The `channel` column as a channel the handbook knows (call, visit, email, letter,
    /// messenger; also written in ru/ro/fa, or mapped under `values:`); "" when empty. Anything
    /// else is a problem, so a plan never shows a raw label.
    mutating func channel() -> String {
        let t = text("channel")
        guard !t.isEmpty else { return "" }
        if let c = ValueWords.channel(t) { return c }
        problem("channel", "unknown channel \(ValueParsing.quoted(t)): the handbook knows \(ValueWords.channelNames.joined(separator: ", "))"
                + "\(Suggestion.hint(t.lowercased(), ValueWords.channelNames)) (map yours under values: channel: in content/handbook.yml)")
        return ""
    }

    /// A text that must not be empty.
    mutating func required(_ key: String) -> String? { required(columns.column(key)) }

    mutating func required(_ column: CSVColumn) -> String? {
        let t = text(column)
        if t.isEmpty { missing(column.key); return nil }
        return t
    }

    mutating func day(_ key: String, required: Bool) -> Day? { day(columns.column(key), required: required) }

    mutating func day(_ column: CSVColumn, required: Bool) -> Day? {
        guard let b = bytes(column), !b.isEmpty else {
            if required { missing(column.key) }
            return nil
        }
        if columns.values.isoOnly, let d = ValueParsing.isoDay(b) { return d }
        switch columns.values.day(b) {
        case .success(let d): return d
        case .failure(let e): problem(column.key, e.message); return nil
        }
    }

    mutating func number(_ key: String, required: Bool) -> Double? { number(columns.column(key), required: required) }

    mutating func number(_ column: CSVColumn, required: Bool) -> Double? {
        guard let b = bytes(column), !b.isEmpty else {
            if required { missing(column.key) }
            return nil
        }
        let style = columns.values.numbers
        if let v = style.number(b) { return v }
        problem(column.key, style.message(String(decoding: b, as: UTF8.self)))
        return nil
    }

    /// Indices of the columns outside the contract (the same for every row of a file).
    func extraColumns(_ schema: CSVSchema) -> [Int] {
        columns.keys.indices.filter { !schema.all.contains(columns.keys[$0]) }
    }

    /// Columns outside the contract, as (header name, value); `indices` from `extraColumns`.
    func extras(at indices: [Int]) -> [(name: String, value: String)] {
        indices.map { (columns.names[$0], record.string($0)) }
    }
}
