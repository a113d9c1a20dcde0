import Yams

/// Yams with guards: nesting depth is checked before parsing (Yams' composer recurses, so a
/// deeply nested document would overflow the stack), and conversions count nodes (aliases can
/// expand a small document into billions of values).
enum YAMLSupport {
    static let maxDepth = 64
    static let maxNodes = 100_000
    static let maxBytes = 1 << 20

    /// Parses `text`, whose first line is line `firstLine` of `file`.
    static func compose(_ text: String, file: String, firstLine: Int) -> Result<Node?, DiagnosticError> {
        if text.utf8.count > maxBytes {
            return .failure(DiagnosticError(SourceLocation(file: file, line: firstLine), "YAML longer than 1 MiB"))
        }
        if let deep = tooDeepLine(text) {
            return .failure(DiagnosticError(SourceLocation(file: file, line: firstLine + deep - 1),
                                       "YAML nested more than \(maxDepth) levels deep"))
        }
        do {
            return .success(try Yams.compose(yaml: text))
        } catch let e as YamlError {
            return .failure(DiagnosticError(diagnostic(e, file: file, firstLine: firstLine)))
        } catch {
            return .failure(DiagnosticError(SourceLocation(file: file, line: firstLine), "not valid YAML: \(error)"))
        }
    }

    static func diagnostic(_ e: YamlError, file: String, firstLine: Int) -> Diagnostic {
        func at(_ m: Mark, _ msg: String) -> Diagnostic {
            Diagnostic(SourceLocation(file: file, line: firstLine + m.line - 1, column: m.column), msg)
        }
        switch e {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let ctx = context.map { " (\($0.text) on line \(firstLine + $0.mark.line - 1))" } ?? ""
            return at(mark, "not valid YAML: \(problem)\(ctx)")
        case let .reader(problem, _, _, _):
            return Diagnostic(SourceLocation(file: file, line: firstLine), "not valid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return at(context.mark, "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        default:
            return Diagnostic(SourceLocation(file: file, line: firstLine), "not valid YAML: \(e)")
        }
    }

    /// The 1-based line where nesting first exceeds `maxDepth`, estimated from indentation levels,
    /// compact `- - -` sequences and open flow brackets. Errs on the side of a larger depth.
    static func tooDeepLine(_ text: String) -> Int? {
        var indents: [Int] = []
        var flow = 0
        var lineNo = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNo += 1
            var i = line.startIndex
            var indent = 0
            while i != line.endIndex, line[i] == 0x20 { indent += 1; i = line.index(after: i) }
            if i == line.endIndex || line[i] == 0x23 /* # */ || line[i] == 0x0D { continue }
            if flow == 0 {
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
            }
            var dashes = 0, quote: UInt8 = 0
            var atStart = true
            var prev: UInt8 = 0x20
            while i != line.endIndex {
                let c = line[i]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == 0x22 || c == 0x27, prev == 0x20 || prev == 0x5B || prev == 0x7B || prev == 0x2C || prev == 0x3A {
                    quote = c
                } else if c == 0x23, prev == 0x20 {
                    break  // comment
                } else if c == 0x5B || c == 0x7B {
                    flow += 1
                    if indents.count + dashes + flow > maxDepth { return lineNo }
                } else if c == 0x5D || c == 0x7D {
                    flow = max(0, flow - 1)
                } else if atStart, c == 0x2D || c == 0x3F {
                    let n = line.index(after: i)
                    if n == line.endIndex || line[n] == 0x20 { dashes += 1 } else { atStart = false }
                } else if c != 0x20 {
                    atStart = false
                }
                prev = c
                i = line.index(after: i)
            }
            if indents.count + dashes + flow > maxDepth { return lineNo }
        }
        return nil
    }

    static func isNull(_ node: Node) -> Bool {
        guard let s = node.scalar, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// Line of a node within the file.
    static func line(_ node: Node, firstLine: Int) -> Int {
        node.mark.map { firstLine + $0.line - 1 } ?? firstLine
    }

    static func column(_ node: Node) -> Int? { node.mark?.column }

    /// What kind of value a node holds, for "expected ..., found ..." messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return isNull(node) ? "nothing" : ValueParsing.quoted(s.string)
        case .sequence: return "a list"
        case .mapping: return "a map of keys"
        case .alias: return "an alias"
        }
    }

    /// Converts a node to the model's generic value, within the node budget.
    static func meta(_ node: Node, budget: inout Int) -> MetaValue? {
        budget -= 1
        if budget < 0 { return nil }
        switch node {
        case .scalar(let s):
            return .string(isNull(node) ? "" : s.string)
        case .sequence(let seq):
            var out: [MetaValue] = []
            for n in seq { guard let v = meta(n, budget: &budget) else { return nil }; out.append(v) }
            return .list(out)
        case .mapping(let map):
            var out: [(String, MetaValue)] = []
            for (k, v) in map {
                guard let key = k.scalar?.string, let value = meta(v, budget: &budget) else { return nil }
                out.append((key, value))
            }
            return .map(out)
        case .alias:
            return .string("")
        }
    }
}

/// A diagnostic carried through `Result`.
struct DiagnosticError: Error {
    var diagnostic: Diagnostic
    init(_ d: Diagnostic) { diagnostic = d }
    init(_ location: SourceLocation, _ message: String) { diagnostic = Diagnostic(location, message) }
}
