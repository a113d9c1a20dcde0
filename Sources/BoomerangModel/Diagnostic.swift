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

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ location: SourceLocation, _ message: String) { self.diagnostics = [Diagnostic(location, message)] }

    public var description: String {
        var lines = diagnostics.prefix(Self.listLimit).map(\.description)
        if diagnostics.count > Self.listLimit {
            lines.append("... and \(diagnostics.count - Self.listLimit) more problems")
        }
        return lines.joined(separator: "\n")
    }
}
