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
    /// Each figure is its number's bits and its kind, three bits each in `kinds` (0: none), so
    /// a reason takes 48 bytes; three `Figure?` took 64 (9 bytes each, padded to 16).
    private var first: UInt64 = 0, second: UInt64 = 0, third: UInt64 = 0
    private var kinds: UInt16 = 0

    public var figures: [Figure] {
        [first, second, third].enumerated().compactMap { slot, bits in
            switch (kinds >> (3 * slot)) & 7 {
            case 1: return .percent(Double(bitPattern: bits))
            case 2: return .money(Double(bitPattern: bits))
            case 3: return .factor(Double(bitPattern: bits))
            case 4: return .count(Int(Int64(bitPattern: bits)))
            default: return nil
            }
        }
    }

    /// By key and figures, as when the figures were an array (0 equals -0; NaN equals nothing).
    public static func == (a: Self, b: Self) -> Bool { a.key == b.key && a.figures == b.figures }

    public init(_ key: String, _ figures: Figure...) {
        precondition(figures.count <= Self.maxFigures, "a priority reason names at most \(Self.maxFigures) figures")
        self.key = key
        for (slot, figure) in figures.enumerated() {
            let (kind, bits): (UInt16, UInt64)
            switch figure {
            case .percent(let v): (kind, bits) = (1, v.bitPattern)
            case .money(let v): (kind, bits) = (2, v.bitPattern)
            case .factor(let v): (kind, bits) = (3, v.bitPattern)
            case .count(let n): (kind, bits) = (4, UInt64(bitPattern: Int64(n)))
            }
            kinds |= kind << (3 * slot)
            switch slot {
            case 0: first = bits
            case 1: second = bits
            default: third = bits
            }
        }
    }
}
