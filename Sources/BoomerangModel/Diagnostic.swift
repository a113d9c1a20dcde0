/// One problem found in the input, reported as `file:line:column: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

/// Collects every problem of a build so they are reported together.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []
    public init() {}
    public mutating func add(_ location: SourceLocation, _ message: String) { items.append(Diagnostic(location, message)) }
    public mutating func add(_ d: Diagnostic) { items.append(d) }
    public mutating func add(contentsOf other: Diagnostics) { items.append(contentsOf: other.items) }
    public var isEmpty: Bool { items.isEmpty }
}

/// A build that stopped because the input has problems; `description` lists them.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// How many problems are listed before the rest are only counted.
    public static let listLimit = 50

    /// Every problem found, also those only counted in a summary line; and how many of them each
    /// file had, in the order the files were read.
    public var total: Int
    public var perFile: [(file: String, count: Int)]

    public init(_ diagnostics: [Diagnostic], total: Int? = nil, perFile: [(file: String, count: Int)] = []) {
        self.diagnostics = diagnostics
        self.total = total ?? diagnostics.count
        self.perFile = perFile
    }
    public init(_ location: SourceLocation, _ message: String) { self.init([Diagnostic(location, message)]) }

    /// "1,524 problems (content/data/orders.csv: 1,402, content/data/churn.csv: 60)": the closing
    /// line's count, per file when more than one file had problems.
    public var countText: String {
        let n = "\(Self.grouped(total)) problem\(total == 1 ? "" : "s")"
        guard perFile.count > 1 else { return n }
        return n + " (" + perFile.map { "\($0.file): \(Self.grouped($0.count))" }.joined(separator: ", ") + ")"
    }

    /// 1402 -> "1,402": counts in messages, locale-free.
    public static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    public var description: String {
        var lines = diagnostics.prefix(Self.listLimit).map(\.description)
        if diagnostics.count > Self.listLimit {
            lines.append("... and \(diagnostics.count - Self.listLimit) more problems")
        }
        return lines.joined(separator: "\n")
    }
}
