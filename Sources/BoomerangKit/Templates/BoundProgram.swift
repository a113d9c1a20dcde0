/// A compiled template bound to the models it renders: every name resolved to a field index
/// (TemplateBinder), every partial inlined for this context, every escaping decided.
final class BoundBlock: Sendable {
    let ops: [BoundOp]

    init(_ ops: [BoundOp]) {
        self.ops = ops
    }
}

enum BoundOp: Sendable {
    case text(MustacheText)
    /// A field's value, escaped as `escaping` says.
    case value(BoundPath, OutputEscaping)
    /// `{{.}}` inside a section over a text: that text.
    case current(OutputEscaping)
    /// Text known when the template is bound (`{{t.key}}` from the strings file), already escaped.
    case constant([UInt8])
    case section(BoundPath, BoundBlock, inverted: Bool)
    /// A section whose value is known when binding (`{{#t.key}}`): rendered or not.
    case fixedSection(Bool, BoundBlock)
    case partial(BoundBlock, indentation: [UInt8]?)
}

/// Where a name's value is: `up` frames below the innermost, then field after field.
struct BoundPath: Sendable {
    let up: Int
    let steps: [FieldRef]
}

/// How a value is written into the output.
enum OutputEscaping: Sendable {
    case raw, htmlText, urlAttribute, markdownText, markdownDestination
}

/// What a template renders into, which decides how text from data is escaped.
public enum OutputKind: Sendable {
    /// Pages and the HTML part of emails.
    case html
    /// The Markdown copy of a dossier.
    case markdown
    /// The plain-text part of emails: nothing to escape.
    case text
}
