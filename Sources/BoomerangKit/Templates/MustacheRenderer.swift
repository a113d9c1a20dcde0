import BoomerangEscaping

/// Runs compiled templates against a context into one byte buffer.
///
/// Semantics follow swift-mustache 2.1 (what the handbook rendered with before):
/// - names are looked up from the innermost context outwards; a key that exists stops the
///   search even if its value is NSNull or `EmptyText`; `a.b` looks up `a`, then `b` in it only;
/// - a section renders for `true`, once per item of a list, and once (inside it) for any
///   other present value, including an empty string and 0; it is skipped for `false`,
///   an empty list, a missing value, NSNull and values whose `isNull` is true;
///   an inverted section renders exactly when a section would not;
/// - standalone partials indent each line they output, checked per instruction and per
///   rendering of a block (so a list section only indents where its items begin a line
///   in the same block, as swift-mustache does);
/// - partials always start out HTML-escaping, whatever the including template's pragma.
struct MustacheRenderer {
    var out: [UInt8] = []
    private var stack: [TemplateValue] = []
    private let partials: [String: MustacheProgram]

    init(partials: [String: MustacheProgram], capacity: Int = 16 * 1024) {
        self.partials = partials
        out.reserveCapacity(capacity)
    }

    mutating func render(_ program: MustacheProgram, _ context: TemplateValue) {
        stack.append(context)
        render(program.root, html: true, indent: nil)
        stack.removeLast()
    }

    // MARK: - Blocks

    private mutating func render(_ block: MustacheBlock, html: Bool, indent: [UInt8]?) {
        if let indent, !indent.isEmpty {
            renderIndented(block, html: html, indent: indent)
            return
        }
        var html = html
        for op in block.ops {
            switch op {
            case .text(let t): out.append(contentsOf: t.bytes)
            default: run(op, html: &html, indent: indent)
            }
        }
    }

    /// Inside an indented partial: before every instruction that outputs something, the
    /// indentation is added if this block's output so far ends a line.
    private mutating func renderIndented(_ block: MustacheBlock, html: Bool, indent: [UInt8]) {
        var html = html
        let start = out.count
        for op in block.ops {
            let p = out.count
            let atLineStart = p > start && out[p - 1] == 0x0A && !(p - 2 >= start && out[p - 2] == 0x0D)
            switch op {
            case .text(let t):
                if atLineStart { out.append(contentsOf: indent) }
                var from = 0
                for lineStart in t.lineStarts {
                    out.append(contentsOf: t.bytes[from..<lineStart])
                    out.append(contentsOf: indent)
                    from = lineStart
                }
                out.append(contentsOf: t.bytes[from...])
            default:
                run(op, html: &html, indent: indent)
                if atLineStart, out.count > p { out.insert(contentsOf: indent, at: p) }
            }
        }
    }

    private mutating func run(_ op: MustacheOp, html: inout Bool, indent: [UInt8]?) {
        switch op {
        case .text(let t):
            out.append(contentsOf: t.bytes)
        case .variable(let path, let escaping):
            if let value = lookup(path) { write(value, html ? escaping : .none) }
        case .section(let path, let body, let inverted):
            let value = lookup(path)
            if inverted { renderInverted(value, body, html: html, indent: indent) } else { renderSection(value, body, html: html, indent: indent) }
        case .partial(let name, let indentation):
            guard let program = partials[name] else { return }
            let inner: [UInt8]? = indentation.map { (indent ?? []) + $0 } ?? indent
            render(program.root, html: true, indent: inner)
        case .contentType(let isHTML):
            html = isHTML
        }
    }

    // MARK: - Sections

    private mutating func renderSection(_ value: TemplateValue?, _ body: MustacheBlock, html: Bool, indent: [UInt8]?) {
        guard let value else { return }
        switch value {
        case .bool(let b):
            if b { render(body, html: html, indent: indent) }
        case .list(let items):
            for item in items { renderPushed(TemplateValue(item), body, html: html, indent: indent) }
        case .dictList(let items):
            for item in items { renderPushed(.dict(item), body, html: html, indent: indent) }
        case .stringList(let items):
            for item in items { renderPushed(.string(item), body, html: html, indent: indent) }
        case .empty:
            return
        case .renderable(let r) where r.value.isNull:
            return
        case .other(let box):
            let v = box.value
            if let sequence = v as? any TemplateSequence {
                for item in sequence.templateElements { renderPushed(TemplateValue(item), body, html: html, indent: indent) }
            } else if let b = v as? Bool {
                if b { render(body, html: html, indent: indent) }
            } else {
                renderPushed(value, body, html: html, indent: indent)
            }
        default:
            renderPushed(value, body, html: html, indent: indent)
        }
    }

    private mutating func renderInverted(_ value: TemplateValue?, _ body: MustacheBlock, html: Bool, indent: [UInt8]?) {
        guard let value else { render(body, html: html, indent: indent); return }
        switch value {
        case .bool(let b):
            if !b { render(body, html: html, indent: indent) }
        // An empty list is pushed, as swift-mustache does (`{{.}}` would print "[]").
        case .list(let items):
            if items.isEmpty { renderPushed(value, body, html: html, indent: indent) }
        case .dictList(let items):
            if items.isEmpty { renderPushed(value, body, html: html, indent: indent) }
        case .stringList(let items):
            if items.isEmpty { renderPushed(value, body, html: html, indent: indent) }
        case .empty:
            render(body, html: html, indent: indent)
        case .renderable(let r) where r.value.isNull:
            render(body, html: html, indent: indent)
        case .other(let box):
            let v = box.value
            if let sequence = v as? any TemplateSequence {
                if sequence.templateElements.isEmpty { renderPushed(value, body, html: html, indent: indent) }
            } else if let b = v as? Bool {
                if !b { render(body, html: html, indent: indent) }
            }
        default:
            return
        }
    }

    private mutating func renderPushed(_ value: TemplateValue, _ body: MustacheBlock, html: Bool, indent: [UInt8]?) {
        stack.append(value)
        render(body, html: html, indent: indent)
        stack.removeLast()
    }

    // MARK: - Values

    /// The value a name refers to, or nil when there is none (or it is NSNull).
    private func lookup(_ path: MustachePath) -> TemplateValue? {
        let names = path.names
        var value: TemplateValue
        var next = 0
        if path.anchor == .current || names.isEmpty {
            value = stack[stack.count - 1]
        } else {
            let first = names[0]
            var i = stack.count - 1
            var found: TemplateValue?
            while i >= 0 {
                if let v = stack[i].child(first) { found = v; break }
                i -= 1
            }
            guard let f = found else { return nil }
            value = f
            next = 1
        }
        while next < names.count {
            guard let v = value.child(names[next]) else { return nil }
            value = v
            next += 1
        }
        if case .null = value { return nil }
        return value
    }

    private mutating func write(_ value: TemplateValue, _ escaping: VariableEscaping) {
        switch value {
        case .string(let s): append(s, escaping)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .double(let d): out.append(contentsOf: "\(d)".utf8)
        case .bytes(let b): b.withUnsafeBufferPointer { append($0, escaping) }
        case .null: return
        case .empty: return
        case .renderable(let r): append(r.value.renderText, escaping)
        case .dict(let d): append(String(describing: d), escaping)
        case .strings(let d): append(String(describing: d), escaping)
        case .list(let l): append(String(describing: l), escaping)
        case .dictList(let l): append(String(describing: l), escaping)
        case .stringList(let l): append(String(describing: l), escaping)
        case .other(let v): append(TemplateValue.describe(v.value), escaping)
        }
    }

    private mutating func append(_ text: String, _ escaping: VariableEscaping) {
        var text = text
        text.withUTF8 { append($0, escaping) }
    }

    /// Through the escaping module (BoomerangEscaping), by bytes.
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ escaping: VariableEscaping) {
        switch escaping {
        case .none: out.append(contentsOf: bytes)
        case .html: Escape.htmlText(bytes, into: &out)
        case .url: Escape.urlAttribute(bytes, into: &out)
        }
    }
}
