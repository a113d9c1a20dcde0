/// Purchases as the analysis counts them: one per customer and day, the day's orders summed.
/// Stored flat, customer c's days being `start[c] ..< end[c]` in date order, so millions of them
/// cost 12 bytes each and no array per customer. (Two bounds, not one array of starts: rows
/// aggregated in SQL arrive in id order, which need not be the customers' order.)
///
/// A single build derives them from the orders (`init(orders:customers:asOf:)`, the reference).
/// A sharded build from a database reads them as aggregates computed in SQL for every customer
/// and holds full orders only for its own customers (docs/database.md, "The push-down").
public struct PurchaseDays: Sendable, Equatable {
    public var start: [Int]
    public var end: [Int]
    public var day: [Int32]
    /// The day's amounts summed in order-id order (a double sum depends on its order).
    public var amount: [Double]
    /// Per customer: the margins of the days summed in day order, each day's summed like its
    /// amount and an order without one counting 0. Only the total is ever read, so it is kept
    /// per customer, not per day (8 bytes a day: 150 MB at 19 million orders).
    public var margin: [Double]
    /// Per customer: orders on or before as-of.
    public var orderCount: [Int]
    /// Per customer: every order (on or before as-of) had a margin.
    public var marginComplete: [Bool]
    /// Every order of the population had a margin (and there is at least one order).
    public let allMargins: Bool

    public init(start: [Int], end: [Int], day: [Int32], amount: [Double], margin: [Double], orderCount: [Int], marginComplete: [Bool]) {
        self.start = start; self.end = end; self.day = day; self.amount = amount; self.margin = margin
        self.orderCount = orderCount; self.marginComplete = marginComplete
        allMargins = !day.isEmpty && !orderCount.indices.contains { orderCount[$0] > 0 && !marginComplete[$0] }
    }

    @inline(__always) public func range(_ c: Int) -> Range<Int> { start[c]..<end[c] }
    public var firstDay: Day? { day.min().map { Day(raw: $0) } }
    public var lastDay: Day? { day.max().map { Day(raw: $0) } }
}
