import BoomerangEscaping
import BoomerangModel

/// Binds a compiled template to the models a page kind renders it with, and reports every
/// name that does not resolve with its place and a suggestion, so `{{custmer}}` stops the
/// build instead of rendering nothing.
///
/// Names resolve as Mustache looks them up, from the innermost section outwards, but against
/// the models' schemas instead of values: the first schema that has the name wins. `t.key`
/// is the strings file; a `has_<list>` flag comes with every list (TemplateSchema.resolve).
struct TemplateBinder {
    /// The templates by name (partials too), their files and texts, for messages.
    let programs: [String: MustacheProgram]
    let files: [String: String]
    let texts: [String: String]
    let strings: [String: String]
    /// The strings file, for messages.
    let stringsFile: String
    let output: OutputKind
    private(set) var problems: [Diagnostic] = []

    init(source: TemplateSource, strings: [String: String], stringsFile: String, output: OutputKind) {
        programs = source.programs
        files = source.files
        texts = source.texts
        self.strings = strings
        self.stringsFile = stringsFile
        self.output = output
    }

    /// One frame of the lookup stack while binding: a model, or a text pushed by a section over it.
    enum Scope {
        case model(TemplateSchema)
        case text
    }

    /// Template `name` bound with `scopes` (outermost first).
    mutating func bind(_ name: String, scopes: [Scope]) -> BoundBlock {
        guard let program = programs[name] else { return BoundBlock([]) }
        var partialChain: [String] = [name]
        return bind(program.root, template: name, scopes: scopes, html: true, chain: &partialChain)
    }

    private mutating func bind(_ block: MustacheBlock, template: String, scopes: [Scope], html: Bool, chain: inout [String]) -> BoundBlock {
        var html = html
        var ops: [BoundOp] = []
        ops.reserveCapacity(block.ops.count)
        for op in block.ops {
            switch op {
            case .text(let t):
                ops.append(.text(t))
            case .contentType(let isHTML):
                html = isHTML
            case .variable(let path, let escaping):
                if let bound = variable(path, escaping, template: template, scopes: scopes, html: html) { ops.append(bound) }
            case .section(let path, let body, let inverted):
                if let bound = section(path, body, inverted: inverted, template: template, scopes: scopes, html: html, chain: &chain) { ops.append(bound) }
            case .partial(let name, let indentation, let offset):
                guard programs[name] != nil else {
                    report(template, offset, "unknown partial '\(name)' (no templates/partials/\(name).mustache)"
                           + NameSuggestion.hint(name, partialNames, what: "partials"))
                    continue
                }
                guard !chain.contains(name) else {
                    report(template, offset, "partial '\(name)' includes itself (\((chain + [name]).joined(separator: " -> ")))")
                    continue
                }
                chain.append(name)
                // Partials start out escaping HTML, whatever the including template's pragma.
                ops.append(.partial(bind(programs[name]!.root, template: name, scopes: scopes, html: true, chain: &chain), indentation: indentation))
                chain.removeLast()
            }
        }
        return BoundBlock(ops)
    }

    private var partialNames: [NameSuggestion.Candidate] {
        files.filter { $0.value.contains("/partials/") }.keys.sorted().map { NameSuggestion.Candidate(name: $0) }
    }

    // MARK: - Names

    private mutating func variable(_ path: MustachePath, _ tag: VariableEscaping, template: String, scopes: [Scope], html: Bool) -> BoundOp? {
        if let key = stringKey(path, scopes) {
            guard let value = strings[key] else { reportString(key, template, path.offset); return nil }
            // The strings file is part of the templates: it follows the tag and the pragma.
            return .constant(Self.escapeString(value, html && tag != .none))
        }
        if path.names.isEmpty {
            guard case .text = scopes.last else {
                report(template, path.offset, "'.' here is a \(describe(scopes.last)), not a text")
                return nil
            }
            return .current(escaping(for: .text, tag: tag))
        }
        guard let (bound, kind) = resolve(path, template: template, scopes: scopes) else { return nil }
        switch kind {
        case .list, .object, .deferred:
            report(template, path.offset, "'\(pathText(path))' is a list: use it as a section, {{#\(pathText(path))}}…{{/\(pathText(path))}}")
            return nil
        default:
            return .value(bound, escaping(for: kind, tag: tag))
        }
    }

    private mutating func section(_ path: MustachePath, _ body: MustacheBlock, inverted: Bool, template: String, scopes: [Scope],
                                  html: Bool, chain: inout [String]) -> BoundOp? {
        if let key = stringKey(path, scopes) {
            guard let value = strings[key] else { reportString(key, template, path.offset); return nil }
            let show = value.isEmpty == inverted
            return .fixedSection(show, bind(body, template: template, scopes: scopes + (inverted ? [] : [.text]), html: html, chain: &chain))
        }
        guard let (bound, kind) = resolve(path, template: template, scopes: scopes) else { return nil }
        var inner = scopes
        if !inverted {
            // What the section pushes: each item of a list, the object, or a text.
            switch kind {
            case .list(let s), .object(let s), .deferred(let s): inner.append(.model(s))
            case .text, .markup, .url: inner.append(.text)
            case .flag: break
            }
        }
        return .section(bound, bind(body, template: template, scopes: inner, html: html, chain: &chain), inverted: inverted)
    }

    /// `t.key`: the key, when `t` is not a field of any model in scope.
    private func stringKey(_ path: MustachePath, _ scopes: [Scope]) -> String? {
        guard path.anchor == .stack, path.names.count == 2, path.names[0] == "t" else { return nil }
        for case .model(let s) in scopes where s.resolve("t") != nil { return nil }
        return path.names[1]
    }

    /// The path's frame and field steps, and the kind of its last field; nil (reported) if a name does not resolve.
    private mutating func resolve(_ path: MustachePath, template: String, scopes: [Scope]) -> (BoundPath, FieldKind)? {
        let names = path.names
        var up = 0
        var schema: TemplateSchema
        var first: FieldRef
        if path.anchor == .current {
            guard case .model(let s) = scopes.last, let ref = s.resolve(names[0]) else {
                report(template, path.offset, unknown(names[0], in: scopes.suffix(1)))
                return nil
            }
            (schema, first) = (s, ref)
        } else {
            var found: (TemplateSchema, FieldRef)?
            for scope in scopes.reversed() {
                if case .model(let s) = scope, let ref = s.resolve(names[0]) { found = (s, ref); break }
                up += 1
            }
            guard let found else {
                report(template, path.offset, unknown(names[0], in: scopes[...]))
                return nil
            }
            (schema, first) = found
        }
        var steps = [first]
        var kind = Self.kind(first, in: schema)
        for name in names.dropFirst() {
            guard case .object(let inner) = kind, let ref = inner.resolve(name) else {
                let owner = names.prefix(steps.count).joined(separator: ".")
                let candidates = kind.itemSchema?.names.map { NameSuggestion.Candidate(name: $0) } ?? []
                report(template, path.offset, "unknown field '\(name)' in '\(owner)'" + NameSuggestion.hint(name, candidates, what: "fields"))
                return nil
            }
            steps.append(ref)
            kind = Self.kind(ref, in: inner)
        }
        return (BoundPath(up: up, steps: steps), kind)
    }

    private static func kind(_ ref: FieldRef, in schema: TemplateSchema) -> FieldKind {
        switch ref {
        case .field(let i): return schema.fields[i].kind
        case .has: return .flag
        }
    }

    // MARK: - Escaping

    /// Text from data is escaped for the output whatever the tag (`{{{name}}}` too); markup is
    /// inserted as it is; a URL is escaped as one where the template puts it in a URL attribute.
    private func escaping(for kind: FieldKind, tag: VariableEscaping) -> OutputEscaping {
        switch (output, kind) {
        case (_, .markup), (.text, _): return .raw
        case (.markdown, .url): return .markdownDestination
        case (.markdown, _): return .markdownText
        case (.html, _): return tag == .url ? .urlAttribute : .htmlText
        }
    }

    private static func escapeString(_ value: String, _ escape: Bool) -> [UInt8] {
        guard escape else { return Array(value.utf8) }
        var out: [UInt8] = []
        var v = value
        v.withUTF8 { Escape.htmlText($0, into: &out) }
        return out
    }

    // MARK: - Messages

    private mutating func report(_ template: String, _ offset: Int, _ message: String) {
        let file = files[template] ?? "templates/\(template).mustache"
        let (line, column) = MustacheSyntaxError(offset: offset, message: "").position(in: texts[template] ?? "")
        problems.append(Diagnostic(SourceLocation(file: file, line: line, column: column), message))
    }

    private mutating func reportString(_ key: String, _ template: String, _ offset: Int) {
        report(template, offset, "unknown string 't.\(key)' (not in \(stringsFile))"
               + NameSuggestion.hint(key, strings.keys.sorted().map { NameSuggestion.Candidate(name: $0) }, what: "strings"))
    }

    /// "unknown field 'custmer' (did you mean 'customer'?)", or where the name is a field
    /// after all: inside a list the template is not in.
    private func unknown(_ name: String, in scopes: ArraySlice<Scope>) -> String {
        var visible: [String] = []
        for case .model(let s) in scopes { visible += s.names }
        if let owner = Self.owner(of: name, below: scopes) {
            let list = owner.split(separator: ".").last.map(String.init) ?? owner
            return "'\(name)' is a field of the items of '\(owner)' and is used outside them: put it inside {{#\(list)}}…{{/\(list)}}"
        }
        return "unknown field '\(name)'" + NameSuggestion.hint(name, visible.map { NameSuggestion.Candidate(name: $0) }, what: "fields")
    }

    /// The list or object field, anywhere inside the models in scope, whose items have `name`.
    private static func owner(of name: String, below scopes: ArraySlice<Scope>) -> String? {
        var queue: [(String, TemplateSchema)] = []
        for case .model(let s) in scopes.reversed() {
            for f in s.fields { if let inner = f.kind.itemSchema { queue.append((f.name, inner)) } }
        }
        var seen = Set<ObjectIdentifier>()
        while !queue.isEmpty {
            let (owner, schema) = queue.removeFirst()
            guard seen.insert(ObjectIdentifier(schema)).inserted else { continue }
            if schema.resolve(name) != nil { return owner }
            for f in schema.fields { if let inner = f.kind.itemSchema { queue.append((owner + "." + f.name, inner)) } }
        }
        return nil
    }

    private func describe(_ scope: Scope?) -> String {
        switch scope {
        case .model(let s)?: return s.name
        case .text?: return "text"
        case nil: return "page"
        }
    }

    private func pathText(_ path: MustachePath) -> String {
        (path.anchor == .current ? "." : "") + path.names.joined(separator: ".")
    }
}
