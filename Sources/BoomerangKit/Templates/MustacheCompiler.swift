/// A template syntax error: `offset` is the byte offset in the template where it was found.
public struct MustacheSyntaxError: Error, Sendable {
    public let offset: Int
    public let message: String

    /// 1-based line and column (in characters) of `offset` in `text`.
    public func position(in text: String) -> (line: Int, column: Int) {
        let bytes = Array(text.utf8)
        let end = min(offset, bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<end where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
        return (line, column)
    }
}

/// Compiles Mustache text into a `MustacheProgram`.
///
/// A byte-level port of swift-mustache 2.1's parser (the renderer the handbook used before),
/// kept faithful on purpose, including its whitespace rules, so pages stay byte-identical:
/// a tag that is alone on its line (only spaces or tabs around it) takes the line with it;
/// standalone partials indent every line they render. Lambdas, transforms (`name(x)`),
/// dynamic partials (`{{>*x}}`) and template inheritance (`{{<x}}`, `{{$x}}`) are not
/// supported and are syntax errors rather than silently different output.
struct MustacheCompiler {
    private let bytes: [UInt8]
    private var pos = 0

    static func compile(_ text: String) throws(MustacheSyntaxError) -> MustacheProgram {
        var compiler = MustacheCompiler(bytes: Array(text.utf8))
        let ops = try compiler.parseBlock(State())
        return MustacheProgram(root: MustacheBlock(ops))
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private struct State {
        /// The open section this block belongs to (nil at the top level), and where its tag began.
        var section: (name: String, offset: Int)?
        /// Nothing but spaces and tabs since the last line break (or a standalone tag).
        var newLine = true
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
    }

    /// Collects literal text, merging consecutive chunks.
    private struct OpList {
        var ops: [MustacheOp] = []
        var text: (bytes: [UInt8], lineStarts: [Int])?

        mutating func text(_ chunk: ArraySlice<UInt8>) {
            guard !chunk.isEmpty else { return }
            if text == nil { text = (bytes: [], lineStarts: []) }
            // A chunk after one that ended a line: a partial indents from here.
            if let last = text!.bytes.last, last == UInt8(ascii: "\n") {
                let n = text!.bytes.count
                if !(n >= 2 && text!.bytes[n - 2] == UInt8(ascii: "\r")) { text!.lineStarts.append(n) }
            }
            text!.bytes.append(contentsOf: chunk)
        }

        mutating func append(_ op: MustacheOp) {
            flush()
            ops.append(op)
        }

        /// The literal so far ends where a URL attribute's quoted value begins (`<a href="`).
        var endsInURLAttributeStart: Bool {
            guard let t = text?.bytes, let quote = t.last, quote == 0x22 || quote == 0x27 else { return false }
            return URLAttributes.endsWithName(t.dropLast())
        }

        mutating func flush() {
            if let t = text { ops.append(.text(MustacheText(bytes: t.bytes, lineStarts: t.lineStarts))); text = nil }
        }

        mutating func finish() -> [MustacheOp] {
            flush()
            return ops
        }
    }

    // MARK: - Blocks

    private mutating func parseBlock(_ initial: State) throws(MustacheSyntaxError) -> [MustacheOp] {
        var out = OpList()
        var state = initial
        // Spaces and tabs at the start of the current line, held back until we know
        // whether the line is a standalone tag (then they vanish).
        var whitespace: Range<Int> = pos..<pos
        while pos < bytes.count {
            if state.newLine {
                let start = pos
                while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x09 { pos += 1 }
                whitespace = start..<pos
            }
            let tagStart: Int
            let text: Range<Int>
            (text, tagStart) = readUntilTagOrNewline(state)
            // A line break ends the text (swift-mustache also reads one right after an
            // opening delimiter as text and drops the delimiter; here that is a tag).
            let newline = tagStart < 0 ? newlineLength(at: pos) : 0
            if newline > 0 {
                out.text(bytes[whitespace])
                out.text(bytes[text])
                out.text(bytes[pos..<pos + newline])
                whitespace = pos..<pos
                state.newLine = true
                pos += newline
                continue
            }
            if !text.isEmpty {
                out.text(bytes[whitespace])
                out.text(bytes[text])
                whitespace = pos..<pos
                state.newLine = false
            }
            if pos >= bytes.count {
                if tagStart >= 0 { throw MustacheSyntaxError(offset: tagStart, message: "a tag is not closed (expected \(String(decoding: state.close, as: UTF8.self)))") }
                break
            }
            var setNewLine = false
            let sigil = bytes[pos]
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                pos += 1
                let name = try parseName(state, tagStart: tagStart)
                if isStandalone(state) {
                    setNewLine = true
                } else if !whitespace.isEmpty {
                    out.text(bytes[whitespace])
                    whitespace = pos..<pos
                }
                var inner = state
                inner.section = (name, tagStart)
                inner.newLine = setNewLine
                let body = try parseBlock(inner)
                out.append(.section(MustachePath(name, offset: tagStart), MustacheBlock(body), inverted: sigil == UInt8(ascii: "^")))

            case UInt8(ascii: "/"):
                pos += 1
                let name = try parseName(state, tagStart: tagStart)
                guard let section = state.section else {
                    throw MustacheSyntaxError(offset: tagStart, message: "{{/\(name)}} closes a section that was never opened")
                }
                guard name == section.name else {
                    let (line, column) = MustacheSyntaxError(offset: section.offset, message: "").position(in: String(decoding: bytes, as: UTF8.self))
                    throw MustacheSyntaxError(offset: tagStart, message: "{{/\(name)}} does not match the open section '\(section.name)' (opened at line \(line), column \(column))")
                }
                if !isStandalone(state), !whitespace.isEmpty {
                    out.text(bytes[whitespace])
                }
                return out.finish()

            case UInt8(ascii: "!"):
                pos += 1
                guard let end = find(state.close, from: pos) else {
                    throw MustacheSyntaxError(offset: tagStart, message: "a comment is not closed (expected \(String(decoding: state.close, as: UTF8.self)))")
                }
                pos = end + state.close.count
                setNewLine = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                if !whitespace.isEmpty {
                    out.text(bytes[whitespace])
                    whitespace = pos..<pos
                }
                pos += 1
                let name = try parseName(state, tagStart: tagStart)
                if sigil == UInt8(ascii: "{") {
                    guard pos < bytes.count, bytes[pos] == UInt8(ascii: "}") else {
                        throw MustacheSyntaxError(offset: tagStart, message: "a triple-mustache tag is not closed (expected }}})")
                    }
                    pos += 1
                }
                // Triple mustaches are not escaped as HTML, but a URL attribute is checked as a URL all the same.
                out.append(.variable(MustachePath(name, offset: tagStart), escaping: out.endsInURLAttributeStart ? .url : .none))

            case UInt8(ascii: ">"):
                pos += 1
                skipWhitespace()
                if pos < bytes.count, bytes[pos] == UInt8(ascii: "*") {
                    throw MustacheSyntaxError(offset: tagStart, message: "dynamic partials ({{>*name}}) are not supported")
                }
                let name = try parsePartialName(state, tagStart: tagStart)
                out.text(bytes[whitespace])
                if isStandalone(state) {
                    setNewLine = true
                    out.append(.partial(name, indentation: Array(bytes[whitespace]), offset: tagStart))
                } else {
                    out.append(.partial(name, indentation: nil, offset: tagStart))
                }
                whitespace = pos..<pos

            case UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw MustacheSyntaxError(offset: tagStart, message: "template inheritance ({{<name}}, {{$name}}) is not supported")

            case UInt8(ascii: "="):
                pos += 1
                try parseSetDelimiter(&state, tagStart: tagStart)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "%"):
                pos += 1
                out.append(.contentType(html: try parsePragma(state, tagStart: tagStart)))
                setNewLine = isStandalone(state)

            default:
                if !whitespace.isEmpty {
                    out.text(bytes[whitespace])
                    whitespace = pos..<pos
                }
                let name = try parseName(state, tagStart: tagStart)
                out.append(.variable(MustachePath(name, offset: tagStart), escaping: out.endsInURLAttributeStart ? .url : .html))
            }
            state.newLine = setNewLine
        }
        if let section = state.section {
            throw MustacheSyntaxError(offset: section.offset, message: "section '\(section.name)' is opened but never closed (expected {{/\(section.name)}})")
        }
        return out.finish()
    }

    // MARK: - Text

    /// Reads literal text up to a line break (left unread) or a tag's opening delimiter
    /// (consumed; its offset is returned, or -1 when the text ran to a line break or the end).
    private mutating func readUntilTagOrNewline(_ state: State) -> (Range<Int>, Int) {
        let start = pos
        let first = state.open[0]
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 0x0A || (b == 0x0D && pos + 1 < bytes.count && bytes[pos + 1] == 0x0A) {
                return (start..<pos, -1)
            }
            if b == first, matches(state.open, at: pos) {
                let text = start..<pos
                pos += state.open.count
                return (text, text.upperBound)
            }
            pos += 1
        }
        return (start..<pos, -1)
    }

    /// Length of the line break at `offset` (Swift's `Character.isNewline`), 0 if none.
    private func newlineLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        switch bytes[offset] {
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        case 0x0A, 0x0B, 0x0C: return 1
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// A tag is standalone when only whitespace precedes it on its line and only spaces or
    /// tabs follow it up to a line break (consumed) or the end of the template.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if pos >= bytes.count { return true }
        var p = pos
        while p < bytes.count, bytes[p] == 0x20 || bytes[p] == 0x09 { p += 1 }
        let newline = newlineLength(at: p)
        guard newline > 0 else { return false }
        pos = p + newline
        return true
    }

    private func matches(_ delimiter: [UInt8], at offset: Int) -> Bool {
        guard offset + delimiter.count <= bytes.count else { return false }
        for i in 0..<delimiter.count where bytes[offset + i] != delimiter[i] { return false }
        return true
    }

    private func find(_ delimiter: [UInt8], from offset: Int) -> Int? {
        var p = offset
        while p + delimiter.count <= bytes.count {
            if matches(delimiter, at: p) { return p }
            p += 1
        }
        return nil
    }

    // MARK: - Tags

    private static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    private static func isNameByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"):
            return true
        default: return false
        }
    }

    private mutating func skipWhitespace() {
        while pos < bytes.count, Self.isWhitespace(bytes[pos]) { pos += 1 }
    }

    private mutating func readName(extra: UInt8? = nil) -> String {
        let start = pos
        while pos < bytes.count, Self.isNameByte(bytes[pos]) || bytes[pos] == extra { pos += 1 }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    private mutating func expectClose(_ state: State, tagStart: Int) throws(MustacheSyntaxError) {
        guard matches(state.close, at: pos) else {
            let found = pos < bytes.count ? bytes[pos] : 0
            let close = String(decoding: state.close, as: UTF8.self)
            if found == UInt8(ascii: "(") || found == UInt8(ascii: ")") {
                throw MustacheSyntaxError(offset: pos, message: "transforms like name(x) are not supported")
            }
            throw MustacheSyntaxError(offset: tagStart, message: "a tag is not closed (expected \(close) after the name)")
        }
        pos += state.close.count
    }

    private mutating func parseName(_ state: State, tagStart: Int) throws(MustacheSyntaxError) -> String {
        skipWhitespace()
        let name = readName()
        skipWhitespace()
        try expectClose(state, tagStart: tagStart)
        return name
    }

    private mutating func parsePartialName(_ state: State, tagStart: Int) throws(MustacheSyntaxError) -> String {
        skipWhitespace()
        let name = readName(extra: UInt8(ascii: "/"))
        skipWhitespace()
        try expectClose(state, tagStart: tagStart)
        return name
    }

    /// `{{=<% %>=}}`: new opening and closing delimiters for the rest of this block.
    private mutating func parseSetDelimiter(_ state: inout State, tagStart: Int) throws(MustacheSyntaxError) {
        let invalid = MustacheSyntaxError(offset: tagStart, message: "invalid set-delimiter tag (expected {{=open close=}})")
        skipWhitespace()
        let openStart = pos
        while pos < bytes.count, !Self.isWhitespace(bytes[pos]) { pos += 1 }
        guard pos < bytes.count else { throw invalid }
        let open = Array(bytes[openStart..<pos])
        skipWhitespace()
        let closeStart = pos
        while pos < bytes.count, !Self.isWhitespace(bytes[pos]), bytes[pos] != UInt8(ascii: "=") { pos += 1 }
        guard pos < bytes.count else { throw invalid }
        let close = Array(bytes[closeStart..<pos])
        skipWhitespace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: "=") else { throw invalid }
        pos += 1
        guard matches(state.close, at: pos) else { throw invalid }
        pos += state.close.count
        guard !open.isEmpty, !close.isEmpty else { throw invalid }
        state.open = open
        state.close = close
    }

    /// `{{% CONTENT_TYPE: TEXT}}` (no HTML escaping from here on) or `HTML`. Returns whether HTML.
    private mutating func parsePragma(_ state: State, tagStart: Int) throws(MustacheSyntaxError) -> Bool {
        let invalid = MustacheSyntaxError(offset: tagStart, message: "invalid pragma (expected {{% CONTENT_TYPE: TEXT}} or HTML)")
        skipWhitespace()
        let variable = readName()
        skipWhitespace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw invalid }
        pos += 1
        skipWhitespace()
        let value = readName()
        skipWhitespace()
        guard matches(state.close, at: pos) else { throw invalid }
        pos += state.close.count
        guard variable == "CONTENT_TYPE" else {
            throw MustacheSyntaxError(offset: tagStart, message: "unknown pragma '\(variable)' (only CONTENT_TYPE is supported)")
        }
        switch value {
        case "HTML": return true
        case "TEXT": return false
        default: throw MustacheSyntaxError(offset: tagStart, message: "unknown content type '\(value)' (expected TEXT or HTML)")
        }
    }
}
