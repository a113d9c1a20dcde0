/// The model's report card: the purchase model refitted on the data up to `calibrationEnd`, and
/// its predictions for the `weeks` after that day set beside what the customers did
/// (docs/metrics.md, "How far to trust these figures"). Purchases are customer-days; the
/// customers are those whose first purchase is on or before `calibrationEnd`.
public struct ModelCheck: Sendable, Equatable {
    /// Length of the holdout (the weeks from `calibrationEnd` to as-of).
    public var weeks: Int
    public var calibrationEnd: Day
    public var customers: Int
    /// Purchases in the holdout weeks, counted and predicted (the sum of E[Y(weeks) | x, tx, T]).
    public var actualPurchases: Int
    public var predictedPurchases: Double
    /// Pearson correlation of actual and predicted holdout purchases over the customers; nil when
    /// either side does not vary (a correlation is then undefined, not 0).
    public var correlation: Double?
    /// Customers grouped by repeat purchases in the calibration period, 0 ... 7 (the last group is 7+).
    public var byRepeatPurchases: [RepeatGroup]
    /// Cumulative repeat purchases, week by week, over calibration and holdout.
    public var tracking: [TrackingWeek]
    /// The chance of at least one purchase in the holdout, by decile of that chance (lowest first).
    public var deciles: [ChanceDecile]
    public var verdict: ModelVerdict

    public init(weeks: Int, calibrationEnd: Day, customers: Int, actualPurchases: Int, predictedPurchases: Double,
                correlation: Double?, byRepeatPurchases: [RepeatGroup], tracking: [TrackingWeek],
                deciles: [ChanceDecile], verdict: ModelVerdict) {
        self.weeks = weeks; self.calibrationEnd = calibrationEnd; self.customers = customers
        self.actualPurchases = actualPurchases; self.predictedPurchases = predictedPurchases
        self.correlation = correlation; self.byRepeatPurchases = byRepeatPurchases; self.tracking = tracking
        self.deciles = deciles; self.verdict = verdict
    }

    /// Repeat purchases from which the groups are pooled ("7+"), as in Fader, Hardie and Lee's
    /// conditional-expectation figure.
    public static let pooledRepeatGroup = 7

    /// (predicted - actual) / actual; nil when nobody bought in the holdout.
    public var relativeError: Double? {
        actualPurchases == 0 ? nil : (predictedPurchases - Double(actualPurchases)) / Double(actualPurchases)
    }

    public struct RepeatGroup: Sendable, Equatable {
        /// 0 ... 7; 7 stands for 7 or more.
        public var repeatPurchases: Int
        public var customers: Int
        public var actualMean: Double
        public var predictedMean: Double
        public init(repeatPurchases: Int, customers: Int, actualMean: Double, predictedMean: Double) {
            self.repeatPurchases = repeatPurchases; self.customers = customers
            self.actualMean = actualMean; self.predictedMean = predictedMean
        }
    }

    public struct TrackingWeek: Sendable, Equatable {
        /// The last day of the week.
        public var end: Day
        public var actual: Int
        public var predicted: Double
        public init(end: Day, actual: Int, predicted: Double) { self.end = end; self.actual = actual; self.predicted = predicted }
    }

    public struct ChanceDecile: Sendable, Equatable {
        public var customers: Int
        /// Mean predicted chance of a purchase in the holdout, and the share who made one.
        public var predicted: Double
        public var actual: Double
        public init(customers: Int, predicted: Double, actual: Double) {
            self.customers = customers; self.predicted = predicted; self.actual = actual
        }
    }
}

/// How far the handbook's model figures can be trusted, from the report card.
public enum ModelVerdict: String, Sendable, CaseIterable {
    case good
    case withCare = "usable_with_care"
    case doNotRely = "do_not_rely"

    /// Thresholds (docs/metrics.md explains them): the total holdout purchases within 15% and a
    /// per-customer correlation of at least 0.5 is good; within 30% and 0.3, usable with care.
    public static let goodError = 0.15, goodCorrelation = 0.5
    public static let careError = 0.30, careCorrelation = 0.3

    public init(relativeError: Double?, correlation: Double?) {
        guard let e = relativeError.map(abs), let r = correlation else { self = .doNotRely; return }
        if e <= Self.goodError && r >= Self.goodCorrelation { self = .good }
        else if e <= Self.careError && r >= Self.careCorrelation { self = .withCare }
        else { self = .doNotRely }
    }
}
