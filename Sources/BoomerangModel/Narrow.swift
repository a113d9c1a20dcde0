/// A whole number kept in four bytes and read as an `Int`: for the counts, indexes and lines
/// of records a build holds by the million (CustomerMetrics, Order), where eight bytes each
/// add up. Every value it is given fits: counts of orders, customers' indexes, files' lines.
@propertyWrapper
public struct Narrow: Sendable, Hashable {
    private var stored: Int32

    public init(wrappedValue: Int) { stored = Int32(wrappedValue) }

    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(newValue) }
    }
}
