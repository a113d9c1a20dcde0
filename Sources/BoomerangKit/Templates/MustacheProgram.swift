/// A Mustache template compiled once into a flat list of instructions per block
/// (the template itself, and the body of each section), so rendering never re-parses
/// names or re-encodes literal text.
public final class MustacheProgram: Sendable {
    let root: MustacheBlock

    init(root: MustacheBlock) {
        self.root = root
    }
}

/// One list of instructions, rendered as a unit: the template, or a section's body
/// (once per list item). Indentation of standalone partials is applied per unit,
/// as swift-mustache does.
final class MustacheBlock: Sendable {
    let ops: [MustacheOp]

    init(_ ops: [MustacheOp]) {
        self.ops = ops
    }
}

enum MustacheOp: Sendable {
    /// Literal text, already UTF-8.
    case text(MustacheText)
    /// `{{name}}` (escaped as `escaping` says) or `{{{name}}}` / `{{& name}}` (`.none`).
    case variable(MustachePath, escaping: VariableEscaping)
    /// `{{#name}}...{{/name}}` or `{{^name}}...{{/name}}`.
    case section(MustachePath, MustacheBlock, inverted: Bool)
    /// `{{> name}}`; `indentation` is set when the tag stands alone on its line.
    case partial(String, indentation: [UInt8]?, offset: Int)
    /// `{{% CONTENT_TYPE: TEXT}}` or `HTML`: whether later variables are HTML-escaped.
    case contentType(html: Bool)
}

/// What the tag asks for. Text from data is escaped for the output whatever the tag says
/// (TemplateBinder decides by the field's type); the tag decides for the strings file's
/// `{{t.key}}`, which belongs to the templates, and where a URL begins.
enum VariableEscaping: Sendable {
    /// `{{{name}}}` and `{{& name}}`.
    case none
    /// `{{name}}` in text or inside a quoted attribute.
    case html
    /// Any variable at the start of a URL attribute's value (`href="{{name}}..."`): a value whose
    /// scheme is not allowed becomes `#` (Escape.urlAttribute), whatever the data says.
    case url
}

/// Consecutive literal text merged into one chunk. `lineStarts` are the offsets where
/// one source line ended and the next began, so a partial's indentation can still be
/// inserted there. (Classes, here and below: an instruction is then copied with one retain.)
final class MustacheText: Sendable {
    let bytes: [UInt8]
    let lineStarts: [Int]

    init(bytes: [UInt8], lineStarts: [Int]) {
        self.bytes = bytes
        self.lineStarts = lineStarts
    }
}

/// A variable or section name, split at dots once.
final class MustachePath: Sendable {
    enum Anchor: Sendable {
        /// `name` or `a.b`: the first part is looked up from the innermost context outwards.
        case stack
        /// `.` or `.name`: only the current (innermost) context.
        case current
    }

    let anchor: Anchor
    let names: [String]
    /// Byte offset of the tag in the template, for messages.
    let offset: Int

    init(_ text: String, offset: Int) {
        self.offset = offset
        // swift-mustache: "." is the current object; a leading dot anchors the lookup to
        // it; empty parts ("a..b") are skipped.
        anchor = text.first == "." ? .current : .stack
        names = text.split(separator: ".").map(String.init)
    }
}
