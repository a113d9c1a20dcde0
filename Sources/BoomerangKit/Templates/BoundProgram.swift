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

// MARK: - Copies for render threads

/// Rendering retains every instruction's objects and arrays as it passes them. Two threads
/// rendering from the same objects increment the same reference counts, and each increment
/// takes the cache line from the other core.
extension BoundBlock {
    /// The same block in objects and arrays of its own, shared with nothing.
    func privateCopy() -> BoundBlock {
        BoundBlock(ops.map { $0.privateCopy() })
    }
}

extension BoundOp {
    func privateCopy() -> BoundOp {
        switch self {
        case .text(let t): return .text(MustacheText(bytes: fresh(t.bytes), lineStarts: fresh(t.lineStarts)))
        case .value(let path, let escaping): return .value(path.privateCopy(), escaping)
        case .current(let escaping): return .current(escaping)
        case .constant(let bytes): return .constant(fresh(bytes))
        case .section(let path, let body, let inverted): return .section(path.privateCopy(), body.privateCopy(), inverted: inverted)
        case .fixedSection(let show, let body): return .fixedSection(show, body.privateCopy())
        case .partial(let body, let indentation): return .partial(body.privateCopy(), indentation: indentation.map(fresh))
        }
    }
}

extension BoundPath {
    func privateCopy() -> BoundPath { BoundPath(up: up, steps: fresh(steps)) }
}

/// A new buffer with `a`'s elements (`Array(a)` would share `a`'s buffer).
private func fresh<T>(_ a: [T]) -> [T] {
    a.withUnsafeBufferPointer { Array($0) }
}
