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

    public var key: String
    public var figures: [Figure]

    public init(_ key: String, _ figures: Figure...) {
        self.key = key
        self.figures = figures
    }
}
