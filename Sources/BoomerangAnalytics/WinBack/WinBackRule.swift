import BoomerangModel

/// How valuable a lost customer was: from ABC (and CLV), see docs/metrics.md "Win-back".
public enum ValueTier: Int, Sendable, Comparable {
    case low, medium, high
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// Why a customer left, as the research groups it (domain.md, Kumar et al.).
public enum LeaverKind: String, Sendable {
    /// Price, or a competitor's better offer.
    case price
    /// Our service: staff, delivery, quality.
    case service
    /// The customer's own situation: moving, bankruptcy, a new line of business.
    case situation
}

/// How likely a return is, against the two figures of seed 002's "5/40".
public enum ChanceBand: Sendable, Equatable {
    /// At least 40 %: as likely to buy as a customer already won back.
    case good
    /// Between the two.
    case fair
    /// Below 5 %: no likelier to buy than a new prospect.
    case poor

    public init(_ chance: Double) {
        self = chance >= WinBackRule.goodChance ? .good : chance < WinBackRule.poorChance ? .poor : .fair
    }
}

/// Everything the win-back rule looks at for one lost or churned customer.
public struct WinBackFacts: Sendable {
    public var tier: ValueTier
    /// The fact that set the tier (`priority.reason.high_value` with the yearly revenue, ...).
    public var tierReason: PriorityReason
    /// Revenue in the customer's last year of buying: what a win-back brings back in a year.
    public var yearlyRevenue: Double = 0
    /// The purchase model's chance to return; nil when the model could not be fitted.
    public var modelChance: Double?
    /// Horizon of the chance, in weeks (`return_horizon_weeks`).
    public var horizonWeeks: Int = 26
    /// A churn event is recorded: only then do the reasons, complaints and referrals adjust the chance.
    public var churned: Bool = false
    /// Revenue (or margin) is zero or negative: nothing to win back.
    public var noProfit: Bool = false
    /// Expected gains at or below this are let go: what a typical C customer (the class with a
    /// minimal share of revenue) brings in a year; see AnalysisRun.smallGain.
    public var gainCutoff: Double = 0
    public var leavers: Set<LeaverKind> = []
    public var complaints: Int = 0
    public var unresolvedComplaints: Int = 0
    public var referrals: Int = 0

    public init(tier: ValueTier, tierReason: PriorityReason) { self.tier = tier; self.tierReason = tierReason }
}

public struct WinBackDecision: Sendable, Equatable {
    public var priority: WinBackPriority
    /// The chance to return after the adjustments; nil without a fitted model.
    public var chance: Double?
    public var offer: OfferKind?
    public var reasons: [PriorityReason]
}
