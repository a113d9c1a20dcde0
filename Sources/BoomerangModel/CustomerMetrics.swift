/// Everything computed for one customer. Optionals are nil where the value does not apply.
///
/// Every customer's metrics are kept to the end of a build, a million of them in a large
/// sharded one, so they are stored compactly (160 bytes instead of 352; docs/database.md,
/// "Memory of a shard build"): an optional number is its value plus one bit in `present`
/// (a `Double?` or `Int?` alone takes 16 bytes with its padding), days are `Day`s, and counts,
/// scores and classes take the smallest integer that holds them. The properties read and
/// write as the plain optionals they were.
public struct CustomerMetrics: Sendable {
    public var revenue: Double = 0
    /// Revenue in the 365 days before the last purchase (what a year of this customer is worth).
    public var yearlyRevenue: Double = 0
    public var revenueSinceWonBack: Double = 0
    /// Why this priority: the value, chance and reason facts that decided it, in order. Made
    /// only for the customers whose dossiers the build writes (AnalysisRun.computeWinBack).
    public var priorityReasons: [PriorityReason] = []
    private var storedMargin = 0.0, storedMedianInterval = 0.0, storedPAlive = 0.0
    private var storedModelReturnChance = 0.0, storedReturnChance = 0.0, storedExpectedPurchases = 0.0
    private var storedExpectedAverageOrder = 0.0, storedCLV = 0.0, storedSimpleCLV = 0.0
    private var storedFirstPurchase = Day(raw: 0), storedLastPurchase = Day(raw: 0)
    private var storedExpectedNext = Day(raw: 0), storedLostThreshold = Day(raw: 0)
    private var storedChurnDate = Day(raw: 0), storedWonBackDate = Day(raw: 0)
    private var storedDaysSinceLast: Int32 = 0
    @Narrow public var purchases: Int = 0
    @Narrow public var orderCount: Int = 0
    /// Which optionals are set.
    private var present: Present = []
    /// Scores 1...5, 0 when none.
    private var storedR: UInt8 = 0, storedF: UInt8 = 0, storedM: UInt8 = 0
    /// A class's letter as its ASCII code, 0 when none.
    private var storedABC: UInt8 = 0, storedXYZ: UInt8 = 0
    public var status: RhythmStatus = .noOrders
    public var priority: WinBackPriority?
    public var offer: OfferKind?
    /// True when the interval used for status is the population's median (1-2 purchases).
    public var intervalFromPopulation: Bool = false
    public var wonBack: Bool = false
    /// Something went wrong on our side: a complaint, or a churn reason caused by our company.
    /// Only then does the plan apologise and bring a gift.
    public var grievance: Bool = false

    public init() {}

    public var margin: Double? {
        get { present.contains(.margin) ? storedMargin : nil }
        set { storedMargin = newValue ?? 0; present.mark(.margin, newValue != nil) }
    }
    public var firstPurchase: Day? {
        get { present.contains(.firstPurchase) ? storedFirstPurchase : nil }
        set { storedFirstPurchase = newValue ?? Day(raw: 0); present.mark(.firstPurchase, newValue != nil) }
    }
    public var lastPurchase: Day? {
        get { present.contains(.lastPurchase) ? storedLastPurchase : nil }
        set { storedLastPurchase = newValue ?? Day(raw: 0); present.mark(.lastPurchase, newValue != nil) }
    }
    public var medianIntervalDays: Double? {
        get { present.contains(.medianInterval) ? storedMedianInterval : nil }
        set { storedMedianInterval = newValue ?? 0; present.mark(.medianInterval, newValue != nil) }
    }
    public var daysSinceLast: Int? {
        get { present.contains(.daysSinceLast) ? Int(storedDaysSinceLast) : nil }
        set { storedDaysSinceLast = Int32(newValue ?? 0); present.mark(.daysSinceLast, newValue != nil) }
    }
    public var expectedNextPurchase: Day? {
        get { present.contains(.expectedNext) ? storedExpectedNext : nil }
        set { storedExpectedNext = newValue ?? Day(raw: 0); present.mark(.expectedNext, newValue != nil) }
    }
    public var lostThreshold: Day? {
        get { present.contains(.lostThreshold) ? storedLostThreshold : nil }
        set { storedLostThreshold = newValue ?? Day(raw: 0); present.mark(.lostThreshold, newValue != nil) }
    }
    public var pAlive: Double? {
        get { present.contains(.pAlive) ? storedPAlive : nil }
        set { storedPAlive = newValue ?? 0; present.mark(.pAlive, newValue != nil) }
    }
    /// The model's probability of at least one purchase in the next `return_horizon_weeks`.
    public var modelReturnChance: Double? {
        get { present.contains(.modelReturnChance) ? storedModelReturnChance : nil }
        set { storedModelReturnChance = newValue ?? 0; present.mark(.modelReturnChance, newValue != nil) }
    }
    /// `modelReturnChance`, adjusted by the recorded churn reasons, complaints and referrals of a
    /// customer who left (docs/metrics.md, "Chance to return"); the dossier's "chance to return".
    public var returnChance: Double? {
        get { present.contains(.returnChance) ? storedReturnChance : nil }
        set { storedReturnChance = newValue ?? 0; present.mark(.returnChance, newValue != nil) }
    }
    public var expectedPurchases52w: Double? {
        get { present.contains(.expectedPurchases) ? storedExpectedPurchases : nil }
        set { storedExpectedPurchases = newValue ?? 0; present.mark(.expectedPurchases, newValue != nil) }
    }
    public var expectedAverageOrder: Double? {
        get { present.contains(.expectedAverageOrder) ? storedExpectedAverageOrder : nil }
        set { storedExpectedAverageOrder = newValue ?? 0; present.mark(.expectedAverageOrder, newValue != nil) }
    }
    public var clv: Double? {
        get { present.contains(.clv) ? storedCLV : nil }
        set { storedCLV = newValue ?? 0; present.mark(.clv, newValue != nil) }
    }
    public var simpleCLV: Double? {
        get { present.contains(.simpleCLV) ? storedSimpleCLV : nil }
        set { storedSimpleCLV = newValue ?? 0; present.mark(.simpleCLV, newValue != nil) }
    }
    public var churnDate: Day? {
        get { present.contains(.churnDate) ? storedChurnDate : nil }
        set { storedChurnDate = newValue ?? Day(raw: 0); present.mark(.churnDate, newValue != nil) }
    }
    public var wonBackDate: Day? {
        get { present.contains(.wonBackDate) ? storedWonBackDate : nil }
        set { storedWonBackDate = newValue ?? Day(raw: 0); present.mark(.wonBackDate, newValue != nil) }
    }
    public var rScore: Int? {
        get { storedR == 0 ? nil : Int(storedR) }
        set { storedR = Self.score(newValue) }
    }
    public var fScore: Int? {
        get { storedF == 0 ? nil : Int(storedF) }
        set { storedF = Self.score(newValue) }
    }
    public var mScore: Int? {
        get { storedM == 0 ? nil : Int(storedM) }
        set { storedM = Self.score(newValue) }
    }
    /// "A", "B" or "C".
    public var abc: String? {
        get { Self.letter(storedABC) }
        set { storedABC = Self.letterCode(newValue) }
    }
    /// "X", "Y" or "Z".
    public var xyz: String? {
        get { Self.letter(storedXYZ) }
        set { storedXYZ = Self.letterCode(newValue) }
    }

    private static func score(_ value: Int?) -> UInt8 {
        guard let value else { return 0 }
        precondition(value > 0, "a score is 1 to 5; 0 stands for none")
        return UInt8(value)
    }

    private static func letter(_ code: UInt8) -> String? {
        code == 0 ? nil : String(UnicodeScalar(code))
    }

    private static func letterCode(_ letter: String?) -> UInt8 {
        guard let letter else { return 0 }
        precondition(letter.utf8.count == 1 && letter.utf8.first! < 128, "a class is one ASCII letter")
        return letter.utf8.first!
    }

    /// One bit per optional stored as its value.
    private struct Present: OptionSet, Sendable {
        let rawValue: UInt32
        static let margin = Present(rawValue: 1 << 0)
        static let firstPurchase = Present(rawValue: 1 << 1)
        static let lastPurchase = Present(rawValue: 1 << 2)
        static let medianInterval = Present(rawValue: 1 << 3)
        static let daysSinceLast = Present(rawValue: 1 << 4)
        static let expectedNext = Present(rawValue: 1 << 5)
        static let lostThreshold = Present(rawValue: 1 << 6)
        static let pAlive = Present(rawValue: 1 << 7)
        static let modelReturnChance = Present(rawValue: 1 << 8)
        static let returnChance = Present(rawValue: 1 << 9)
        static let expectedPurchases = Present(rawValue: 1 << 10)
        static let expectedAverageOrder = Present(rawValue: 1 << 11)
        static let clv = Present(rawValue: 1 << 12)
        static let simpleCLV = Present(rawValue: 1 << 13)
        static let churnDate = Present(rawValue: 1 << 14)
        static let wonBackDate = Present(rawValue: 1 << 15)

        mutating func mark(_ field: Present, _ set: Bool) {
            if set { insert(field) } else { remove(field) }
        }
    }
}
