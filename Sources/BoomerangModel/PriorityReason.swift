/// One fact behind a win-back priority: an interface-string key and the figures it names,
/// formatted by the page in the handbook's locale (`{0}`, `{1}` ... in the string).
public struct PriorityReason: Sendable, Equatable {
    public enum Figure: Sendable, Equatable {
        /// A share 0...1, shown as a percentage.
        case percent(Double)
        /// An amount in the handbook's currency.
        case money(Double)
        /// A multiplier such as 1.2, shown as "×1.2".
        case factor(Double)
        case count(Int)
    }

    /// At most this many figures: the rule's longest sentence names three.
    public static let maxFigures = 3

    public var key: String
    /// The figures in place rather than in an array of their own: every lost customer keeps
    /// about five reasons to the end of the build, and an array is an allocation per reason.
    private var first, second, third: Figure?

    public var figures: [Figure] { [first, second, third].compactMap { $0 } }

    public init(_ key: String, _ figures: Figure...) {
        precondition(figures.count <= Self.maxFigures, "a priority reason names at most \(Self.maxFigures) figures")
        self.key = key
        first = figures.first
        second = figures.dropFirst().first
        third = figures.dropFirst(2).first
    }
}
