import Foundation
import Yams

/// content/playbooks/**/*.md: front matter checked field by field, body rendered by cmark-gfm,
/// `## ` sections split out. Files are read in path order so the result is deterministic.
enum PlaybookLoader {
    struct Output {
        var playbooks: [Playbook] = []
        /// Ids of playbooks that failed to load: references to them are not reported again.
        var brokenIDs: Set<String> = []
        /// A playbook failed before its id could be read: any reason id might be its, so unknown
        /// reasons are not reported until it is fixed.
        var brokenWithoutID = false
    }

    static let maxFileBytes = 4 << 20
    static let levelKeys = ["minimum", "normal", "maximum"]
    static let headingKeys = ["diagnose", "minimum", "normal", "maximum"]
    static let defaultHeadings = ["minimum": "Minimum", "normal": "Normal", "maximum": "Maximum"]

    static func load(dir: URL, relDir: String, allowRawHTML: Bool, log: inout ProblemLog) -> Output {
        var out = Output()
        var firstFile: [String: (file: String, line: Int)] = [:]
        for rel in markdownFiles(in: dir) {
            let file = "\(relDir)/\(rel)"
            switch loadOne(url: dir.appendingPathComponent(rel), file: file, allowRawHTML: allowRawHTML) {
            case .success(let p):
                if let first = firstFile[p.id] {
                    log.add(file, line: p.location.line, column: p.location.column,
                            "id: duplicate \(ValueParsing.quoted(p.id)), first in \(first.file):\(first.line)")
                    out.brokenIDs.insert(p.id)
                    continue
                }
                firstFile[p.id] = (file, p.location.line)
                var p = p
                p.location = SourceLocation(file: file, line: 1)
                out.playbooks.append(p)
            case .failure(let f):
                for d in f.problems { log.add(d) }
                if let id = f.id { out.brokenIDs.insert(id) } else { out.brokenWithoutID = true }
            }
        }
        return out
    }

    /// Root-relative paths of the Markdown files below `dir`, sorted; hidden files skipped.
    static func markdownFiles(in dir: URL) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir.path) else { return [] }
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") { if (e.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { e.skipDescendants() }; continue }
            if name.lowercased().hasSuffix(".md") { out.append(rel) }
        }
        return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    struct Failure: Error {
        var problems: [Diagnostic]
        var id: String?
    }

    static func loadOne(url: URL, file: String, allowRawHTML: Bool) -> Result<Playbook, Failure> {
        func fail(_ line: Int, _ message: String) -> Result<Playbook, Failure> {
            fail(line, nil, message)
        }
        func fail(_ line: Int, _ column: Int?, _ message: String) -> Result<Playbook, Failure> {
            .failure(Failure(problems: [Diagnostic(SourceLocation(file: file, line: line, column: column), message)], id: nil))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return fail(0, "cannot read the file") }
        if data.count > maxFileBytes { return fail(0, "longer than 4 MiB; a playbook is a page of text") }
        let bytes = [UInt8](data)
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            let p = bytes.withUnsafeBufferPointer { TextPosition.of(offset: bad, in: $0, firstLine: 1) }
            return fail(p.line, p.column, "bytes that are not UTF-8 (save the file as UTF-8)")
        }
        let fm: FrontMatter
        switch FrontMatter.split(String(decoding: bytes, as: UTF8.self)) {
        case .failure(let p): return fail(p.line, p.message)
        case .success(let f): fm = f
        }
        let root: Node?
        switch YAMLSupport.compose(fm.yaml, file: file, firstLine: fm.yamlFirstLine) {
        case .failure(let e): return .failure(Failure(problems: [e.diagnostic], id: nil))
        case .success(let n): root = n
        }
        guard let root, let map = root.mapping else {
            return fail(1, "front matter: expected key: value lines with id, title and kind, found "
                        + (root.map(YAMLSupport.describe) ?? "nothing"))
        }
        var fields = FrontMatterFields(file: file, firstLine: fm.yamlFirstLine, map: map)
        let id = fields.id()
        let title = fields.requiredText("title")
        let kind = fields.kind()
        let cause = fields.cause(required: kind == .reason)
        let lang = fields.optionalText("lang")
        let order = fields.order()
        let summary = fields.optionalText("summary") ?? ""
        let headings = fields.headings()
        if kind == .gifts { fields.checkRoles() }
        var budget = YAMLSupport.maxNodes
        let meta = YAMLSupport.meta(root, budget: &budget)
        if meta == nil { fields.problems.append(Diagnostic(SourceLocation(file: file, line: 1), "front matter: more than \(YAMLSupport.maxNodes) values (after expanding aliases), or a key that is not text")) }
        guard fields.problems.isEmpty, let id, let title, let kind, let meta else {
            return .failure(Failure(problems: fields.problems, id: id?.value ?? fields.rawID))
        }

        let sections = MarkdownSections.split(fm.body, firstLine: fm.bodyFirstLine)
        var problems: [Diagnostic] = []
        var wanted: [(key: String, name: String)] = []
        if kind == .reason {
            wanted = levelKeys.map { ($0, headings.names[$0] ?? defaultHeadings[$0]!) }
        }
        if let d = headings.names["diagnose"] { wanted.insert(("diagnose", d), at: 0) }
        for (key, name) in wanted where !sections.contains(where: { $0.heading.lowercased() == name.lowercased() }) {
            let line = headings.lines[key] ?? 1
            let why = kind == .reason && key != "diagnose"
                ? "a reason playbook needs one section per level: \(levelKeys.map { "'## \(headings.names[$0] ?? defaultHeadings[$0]!)'" }.joined(separator: ", "))"
                : "named in headings.\(key)"
            problems.append(Diagnostic(SourceLocation(file: file, line: line), "missing section '## \(name)' (\(why))"))
        }
        guard problems.isEmpty else { return .failure(Failure(problems: problems, id: id.value)) }

        var p = Playbook(id: id.value, title: title, kind: kind, markdown: fm.body,
                         html: Markdown.html(fm.body, allowRawHTML: allowRawHTML),
                         location: SourceLocation(file: file, line: id.line, column: id.column))
        p.cause = cause
        p.language = lang
        p.order = order ?? 0
        p.summary = summary
        p.meta = meta
        p.sections = sections.map {
            PlaybookSection(heading: $0.heading, markdown: $0.markdown, html: Markdown.html($0.markdown, allowRawHTML: allowRawHTML))
        }
        return .success(p)
    }
}

