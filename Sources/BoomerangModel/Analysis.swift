/// Status of a customer by their own purchase rhythm (docs/metrics.md).
public enum RhythmStatus: String, Sendable, CaseIterable {
    case active
    case atRisk = "at_risk"
    case lost
    /// Recorded in churn.csv and not (yet) won back.
    case churned
    /// No purchase at all.
    case noOrders = "no_orders"
}

/// Win-back priority for lost and churned customers.
public enum WinBackPriority: Int, Sendable, CaseIterable, Comparable {
    case first = 1, must = 2, ifPossible = 3, letGo = 4
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// A win-back offer from the research (domain.md, Kumar et al.).
public enum OfferKind: String, Sendable, CaseIterable {
    case discount
    case serviceUpgrade = "service_upgrade"
    case both
    case individual
}

/// Fitted BG/NBD parameters (Fader, Hardie and Lee 2005).
public struct BGNBDParameters: Sendable, Equatable {
    public var r: Double, alpha: Double, a: Double, b: Double
    public var logLikelihood: Double
    public init(r: Double, alpha: Double, a: Double, b: Double, logLikelihood: Double) {
        self.r = r; self.alpha = alpha; self.a = a; self.b = b; self.logLikelihood = logLikelihood
    }
}

/// Fitted Gamma-Gamma spend parameters.
public struct GammaGammaParameters: Sendable, Equatable {
    public var p: Double, q: Double, v: Double
    public var logLikelihood: Double
    public init(p: Double, q: Double, v: Double, logLikelihood: Double) {
        self.p = p; self.q = q; self.v = v; self.logLikelihood = logLikelihood
    }
}

/// A count and the money behind it, e.g. one churn reason.
public struct ReasonFigure: Sendable {
    public var reason: String
    public var cause: ChurnCause?
    /// The customers counted (indexes, in index order): those whose latest departure on or
    /// before the as-of day names the reason. The reason's playbook page lists them.
    public var members: [Int]
    public var lostRevenue: Double
    public var customers: Int { members.count }
    public init(reason: String, cause: ChurnCause?, members: [Int], lostRevenue: Double) {
        self.reason = reason; self.cause = cause; self.members = members; self.lostRevenue = lostRevenue
    }
}

/// Lost share for one account manager over the report period.
public struct ManagerFigure: Sendable {
    public var manager: String
    public var customers: Int
    public var lost: Int
    public var lostRevenue: Double
    public var lostShare: Double { customers == 0 ? 0 : Double(lost) / Double(customers) }
    /// Of `lost`, those who became lost or churned within the report period (PopulationSummary.periodDays).
    public var lostInPeriod: Int = 0
    public init(manager: String, customers: Int, lost: Int, lostRevenue: Double) {
        self.manager = manager; self.customers = customers; self.lost = lost; self.lostRevenue = lostRevenue
    }
}

/// One calendar month of the population's history.
public struct MonthFigure: Sendable {
    public var month: Int   // Day.monthIndex
    public var active: Int
    public var atRisk: Int
    public var lost: Int
    public var churnEvents: Int
    public var churnRate: Double
    public var revenue: Double
    public var wonBackRevenue: Double
    public init(month: Int, active: Int = 0, atRisk: Int = 0, lost: Int = 0, churnEvents: Int = 0,
                churnRate: Double = 0, revenue: Double = 0, wonBackRevenue: Double = 0) {
        self.month = month; self.active = active; self.atRisk = atRisk; self.lost = lost
        self.churnEvents = churnEvents; self.churnRate = churnRate; self.revenue = revenue; self.wonBackRevenue = wonBackRevenue
    }
}

/// Population figures.
public struct PopulationSummary: Sendable {
    public var customers: Int = 0
    public var active: Int = 0
    public var atRisk: Int = 0
    public var lost: Int = 0
    public var churned: Int = 0
    public var noOrders: Int = 0
    public var revenue: Double = 0
    /// Median interval between purchases over all customers with 2+ purchases.
    public var populationMedianInterval: Double?
    /// Report period in days (follows the typical rhythm).
    public var periodDays: Int = 90
    public var lostInPeriod: Int = 0
    /// Yearly revenue of customers lost or churned (what they brought in a year before they stopped).
    public var moneyLostPerYear: Double = 0
    /// Churn over the last 12 months compounded from the monthly rates, and the monthly rate
    /// that compounds to it (MonthFigure.churnRate has the definition).
    public var churnRateYear: Double = 0
    public var churnRateMonth: Double = 0
    /// Years a customer is expected to stay, as the simple CLV used them, and the months the
    /// model CLV looked ahead.
    public var expectedYears: Double = 0
    public var clvHorizonMonths: Int = 0
    public var wonBackCount: Int = 0
    public var wonBackRate: Double = 0
    public var wonBackRevenue: Double = 0
    public var averageCLV: Double = 0
    public var averageSimpleCLV: Double = 0
    public var averageOrderValue: Double = 0
    public init() {}
}

/// Everything the analyze stage computes; pure function of the model and as_of.
public struct Analysis: Sendable {
    public var asOf: Day
    /// Parallel to `HandbookModel.customers`.
    public var customers: [CustomerMetrics]
    public var summary: PopulationSummary
    /// The purchase model chosen by `model:` in handbook.yml, fitted; nil with too few repeat buyers.
    public var purchaseModel: PurchaseModel?
    public var gammaGamma: GammaGammaParameters?
    /// The model's report card; nil with too little data to refit the model on an earlier period.
    public var modelCheck: ModelCheck?
    public var reasons: [ReasonFigure]
    public var managers: [ManagerFigure]
    public var months: [MonthFigure]
    /// Cohort retention: first-purchase month -> share still buying k months later.
    public var cohorts: [(month: Int, size: Int, retention: [Double])]

    public init(asOf: Day, customers: [CustomerMetrics], summary: PopulationSummary = PopulationSummary(),
                purchaseModel: PurchaseModel? = nil, gammaGamma: GammaGammaParameters? = nil,
                reasons: [ReasonFigure] = [], managers: [ManagerFigure] = [], months: [MonthFigure] = [],
                cohorts: [(month: Int, size: Int, retention: [Double])] = [], modelCheck: ModelCheck? = nil) {
        self.asOf = asOf; self.customers = customers; self.summary = summary; self.purchaseModel = purchaseModel
        self.gammaGamma = gammaGamma; self.reasons = reasons; self.managers = managers; self.months = months
        self.cohorts = cohorts; self.modelCheck = modelCheck
    }
}
