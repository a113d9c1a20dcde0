import BoomerangEscaping

/// Runs bound templates (TemplateBinder) against typed models into one byte buffer.
///
/// Every name was resolved to a frame and field indexes when the template was bound, so
/// rendering reads fields by index: no dictionary lookups, no casts.
/// Semantics follow swift-mustache 2.1 (what the handbook rendered with before):
/// - a section renders for a true flag, once per item of a list, once for a present object
///   and once (with the text pushed, for `{{.}}`) for a non-empty text; an inverted section
///   renders exactly when a section would not;
/// - standalone partials indent each line they output, checked per instruction and per
///   rendering of a block (so a list section only indents where its items begin a line
///   in the same block, as swift-mustache does).
struct MustacheRenderer {
    var out: [UInt8] = []
    private var stack: [Frame] = []

    /// One level of the lookup stack: an item of a list (a page is a list of one), or a text.
    enum Frame {
        case item(any TemplateItems, Int)
        case text(String)
    }

    init(capacity: Int = 16 * 1024) {
        out.reserveCapacity(capacity)
    }

    /// Renders `block` with `frames` (outermost first) as the lookup stack.
    mutating func render(_ block: BoundBlock, _ frames: [Frame]) {
        stack = frames
        render(block, indent: nil)
    }

    // MARK: - Blocks

    private mutating func render(_ block: BoundBlock, indent: [UInt8]?) {
        if let indent, !indent.isEmpty {
            renderIndented(block, indent: indent)
            return
        }
        for op in block.ops {
            switch op {
            case .text(let t): out.append(contentsOf: t.bytes)
            default: run(op, indent: indent)
            }
        }
    }

    /// Inside an indented partial: before every instruction that outputs something, the
    /// indentation is added if this block's output so far ends a line.
    private mutating func renderIndented(_ block: BoundBlock, indent: [UInt8]) {
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
                run(op, indent: indent)
                if atLineStart, out.count > p { out.insert(contentsOf: indent, at: p) }
            }
        }
    }

    private mutating func run(_ op: BoundOp, indent: [UInt8]?) {
        switch op {
        case .text(let t):
            out.append(contentsOf: t.bytes)
        case .value(let path, let escaping):
            if let value = lookup(path) { write(value, escaping) }
        case .current(let escaping):
            if case .text(let s) = stack[stack.count - 1] { append(s, escaping) }
        case .constant(let bytes):
            out.append(contentsOf: bytes)
        case .section(let path, let body, let inverted):
            let value = lookup(path)
            if inverted {
                if !Self.shows(value) { render(body, indent: indent) }
            } else if let value {
                renderSection(value, body, indent: indent)
            }
        case .fixedSection(let show, let body):
            if show { render(body, indent: indent) }
        case .partial(let body, let indentation):
            let inner: [UInt8]? = indentation.map { (indent ?? []) + $0 } ?? indent
            render(body, indent: inner)
        }
    }

    // MARK: - Sections

    /// Whether a section over `value` renders its body at least once.
    private static func shows(_ value: Slot?) -> Bool {
        switch value {
        case nil: return false
        case .text(let s)?, .markup(let s)?, .url(let s)?: return !s.isEmpty
        case .bytes(let b)?: return !b.isEmpty
        case .flag(let b)?: return b
        case .items(let items)?: return items.count > 0
        case .deferred(let d)?: return d.make().count > 0
        }
    }

    private mutating func renderSection(_ value: Slot, _ body: BoundBlock, indent: [UInt8]?) {
        switch value {
        case .flag(let b):
            if b { render(body, indent: indent) }
        case .text(let s), .markup(let s), .url(let s):
            if !s.isEmpty { renderPushed(.text(s), body, indent: indent) }
        case .bytes(let b):
            if !b.isEmpty { renderPushed(.text(String(decoding: b, as: UTF8.self)), body, indent: indent) }
        case .items(let items):
            for i in 0..<items.count { renderPushed(.item(items, i), body, indent: indent) }
        case .deferred(let d):
            let items = d.make()
            for i in 0..<items.count { renderPushed(.item(items, i), body, indent: indent) }
        }
    }

    private mutating func renderPushed(_ frame: Frame, _ body: BoundBlock, indent: [UInt8]?) {
        stack.append(frame)
        render(body, indent: indent)
        stack.removeLast()
    }

    // MARK: - Values

    /// The value at `path`, or nil when an object on the way is absent.
    private func lookup(_ path: BoundPath) -> Slot? {
        guard case .item(var items, var item) = stack[stack.count - 1 - path.up] else { return nil }
        var n = 0
        while true {
            let value: Slot
            switch path.steps[n] {
            case .field(let f): value = items.slot(item, f)
            case .has(let f): value = .flag(Self.shows(items.slot(item, f)))
            }
            n += 1
            if n == path.steps.count { return value }
            guard case .items(let inner) = value, inner.count > 0 else { return nil }
            (items, item) = (inner, 0)
        }
    }

    private mutating func write(_ value: Slot, _ escaping: OutputEscaping) {
        switch value {
        case .text(let s), .markup(let s), .url(let s): append(s, escaping)
        case .bytes(let b): b.withUnsafeBufferPointer { append($0, escaping) }
        case .flag(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .items, .deferred: return   // the binder allows lists only as sections
        }
    }

    private mutating func append(_ text: String, _ escaping: OutputEscaping) {
        var text = text
        text.withUTF8 { append($0, escaping) }
    }

    /// Through the escaping module (BoomerangEscaping), by bytes.
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ escaping: OutputEscaping) {
        switch escaping {
        case .raw: out.append(contentsOf: bytes)
        case .htmlText: Escape.htmlText(bytes, into: &out)
        case .urlAttribute: Escape.urlAttribute(bytes, into: &out)
        case .markdownText: Escape.markdownText(bytes, into: &out)
        case .markdownDestination: out.append(contentsOf: Escape.markdownLinkDestination(String(decoding: bytes, as: UTF8.self)).utf8)
        }
    }
}
