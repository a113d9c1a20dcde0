/// Collects the problems of one load. Record problems become rejected records under
/// --keep-going; everything else is a diagnostic that fails the build. Only the first
/// problems are kept in memory (a file with two million bad rows must not need gigabytes);
/// the rest are counted and summarized in one line.
struct ProblemLog {
    let keepGoing: Bool
    /// How many diagnostics to keep; the summary line takes the last listed place.
    static let keepLimit = BuildFailure.listLimit
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var total = 0
    private(set) var rejected: [RejectedRecord] = []
    private var groups = ProblemGroups()
    /// Problems per file, in the order the files first had one.
    private var perFile: [(file: String, count: Int)] = []

    init(keepGoing: Bool) { self.keepGoing = keepGoing }

    var isEmpty: Bool { total == 0 }

    /// A problem that is not about one skippable record.
    mutating func add(_ d: Diagnostic) {
        total += 1
        if let i = perFile.lastIndex(where: { $0.file == d.location.file }) { perFile[i].count += 1 }
        else { perFile.append((d.location.file, 1)) }
        // A group past its listed few is only counted; the list keeps room for other causes.
        if groups.count(d), diagnostics.count < Self.keepLimit { diagnostics.append(d) }
    }

    mutating func add(_ file: String, line: Int, column: Int? = nil, _ message: String) {
        add(Diagnostic(SourceLocation(file: file, line: line, column: column), message))
    }

    /// Problems of one data record: skipped under --keep-going, else reported.
    mutating func record(_ problems: [Diagnostic], file: String, line: Int, raw: @autoclosure () -> String) {
        guard !problems.isEmpty else { return }
        if keepGoing {
            rejected.append(RejectedRecord(file: file, line: line, reason: problems.map(\.message).joined(separator: "; "), raw: raw()))
        } else {
            for p in problems { add(p) }
        }
    }

    /// Adds what another log (of files read after this one's) collected, as if one log had read them all.
    mutating func append(_ other: ProblemLog) {
        for d in other.diagnostics where diagnostics.count < Self.keepLimit { diagnostics.append(d) }
        total += other.total
        groups.merge(other.groups)
        for (file, count) in other.perFile {
            if let i = perFile.lastIndex(where: { $0.file == file }) { perFile[i].count += count } else { perFile.append((file, count)) }
        }
        rejected += other.rejected
    }

    /// The failure to throw, or nil when nothing is wrong. Past the list limit, the last listed
    /// line counts the problems left out, so the count printed is the true one.
    func failure() -> BuildFailure? {
        guard total > 0 else { return nil }
        var lines = groups.list(diagnostics)
        if lines.count > Self.keepLimit || lines.reduce(0, { $0 + $1.stands }) < total {
            lines = Array(lines.prefix(Self.keepLimit - 1))
            let left = total - lines.reduce(0) { $0 + $1.stands }
            let file = lines.last?.line.location.file ?? ""
            lines.append((Diagnostic(SourceLocation(file: file), "... and \(BuildFailure.grouped(left)) more problems not listed"), left))
        }
        return BuildFailure(lines.map(\.line), total: total, perFile: perFile)
    }
}

/// "Did you mean" for keys, kinds and ids.
enum Suggestion {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for c in candidates {
            let d = distance(w, Array(c.lowercased()))
            let limit = c.count <= 3 ? 1 : c.count <= 8 ? 2 : 3
            if d <= limit, best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    static func hint(_ word: String, _ candidates: [String]) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance; inputs here are short keys.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if a.count > 64 || b.count > 64 { return max(a.count, b.count) }
        var prev = Array(0...b.count)
        var cur = prev
        var before = prev
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                // Two swapped letters count as one slip (titel -> title).
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], before[j - 2] + 1) }
            }
            before = prev
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
