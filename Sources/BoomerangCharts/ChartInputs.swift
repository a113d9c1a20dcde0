// Plain input types: days are counted since 1970-01-01 (see `ChartDate.day(year:month:day:)`),
// months are `year * 12 + month - 1` (see `ChartDate.monthIndex`), money is a Double in the
// handbook's currency. Non-finite numbers are treated as missing.

/// An amount on a day (a purchase).
public struct DayAmount: Sendable, Equatable {
    public var day: Int
    public var amount: Double
    public init(day: Int, amount: Double) { self.day = day; self.amount = amount }
}

/// A value on a day (a point of a curve).
public struct DayValue: Sendable, Equatable {
    public var day: Int
    public var value: Double
    public init(day: Int, value: Double) { self.day = day; self.value = value }
}

/// A value for a calendar month.
public struct MonthValue: Sendable, Equatable {
    public var month: Int
    public var value: Double
    public init(month: Int, value: Double) { self.month = month; self.value = value }
}

/// Something that happened to a customer, annotated on the purchase timeline.
public struct TimelineEvent: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, CaseIterable, Encodable { case churn, complaint, contact }
    public var day: Int
    public var kind: Kind
    /// Short annotation, e.g. the churn reason or the complaint topic; may be empty.
    public var label: String
    public init(day: Int, kind: Kind, label: String = "") { self.day = day; self.kind = kind; self.label = label }
}

/// Everything the purchase timeline shows for one customer.
public struct PurchaseTimelineInput: Sendable, Equatable {
    public var purchases: [DayAmount]
    public var expectedNext: Int?
    /// The day after which the customer counts as lost (last purchase + lost_factor x median interval).
    public var lostThreshold: Int?
    public var events: [TimelineEvent]
    /// The build's as-of day, drawn as "today".
    public var asOf: Int?
    public init(purchases: [DayAmount], expectedNext: Int? = nil, lostThreshold: Int? = nil,
                events: [TimelineEvent] = [], asOf: Int? = nil) {
        self.purchases = purchases; self.expectedNext = expectedNext; self.lostThreshold = lostThreshold
        self.events = events; self.asOf = asOf
    }
}

/// Counts per month for a stacked chart: one named series per status, values parallel to `months`.
public struct StackedMonths: Sendable, Equatable {
    public var months: [Int]
    public var series: [(name: String, values: [Double])]
    /// How the caption counts each series, "{0}" standing for the number ("активных: {0}"), where
    /// the language says a count otherwise than "<name> <number>"; nil: name and number.
    public var countTexts: [String]?
    public init(months: [Int], series: [(name: String, values: [Double])], countTexts: [String]? = nil) {
        self.months = months; self.series = series; self.countTexts = countTexts
    }
    public static func == (a: Self, b: Self) -> Bool {
        a.months == b.months && a.series.map(\.name) == b.series.map(\.name) && a.series.map(\.values) == b.series.map(\.values)
            && a.countTexts == b.countTexts
    }
}

/// One churn reason: how many customers named it and what they brought in a year.
public struct ReasonBar: Sendable, Equatable {
    public var label: String
    public var customers: Int
    public var lostRevenue: Double
    public init(label: String, customers: Int, lostRevenue: Double) {
        self.label = label; self.customers = customers; self.lostRevenue = lostRevenue
    }
}

/// One account manager's customers and losses over the report period.
public struct ManagerBar: Sendable, Equatable {
    public var name: String
    public var customers: Int
    public var lost: Int
    public init(name: String, customers: Int, lost: Int) { self.name = name; self.customers = customers; self.lost = lost }
    public var share: Double { customers > 0 ? Double(lost) / Double(customers) : 0 }
}

/// One cell of the ABC x XYZ matrix; `abc` is "A", "B" or "C", `xyz` is "X", "Y" or "Z".
public struct ABCXYZCell: Sendable, Equatable {
    public var abc: String
    public var xyz: String
    public var customers: Int
    public var revenue: Double
    public init(abc: String, xyz: String, customers: Int, revenue: Double) {
        self.abc = abc; self.xyz = xyz; self.customers = customers; self.revenue = revenue
    }
}

/// One cell of the RFM heat map: recency and frequency scores (1...5) and the customers in it.
public struct RFMCell: Sendable, Equatable {
    public var recency: Int
    public var frequency: Int
    public var customers: Int
    public var meanMonetary: Double
    public init(recency: Int, frequency: Int, customers: Int, meanMonetary: Double) {
        self.recency = recency; self.frequency = frequency; self.customers = customers; self.meanMonetary = meanMonetary
    }
}

/// A first-purchase cohort: its size and the share still buying 0, 1, 2, ... months later.
public struct CohortRow: Sendable, Equatable {
    public var month: Int
    public var size: Int
    public var retention: [Double]
    public init(month: Int, size: Int, retention: [Double]) { self.month = month; self.size = size; self.retention = retention }
}

/// One group of the model check's conditional-expectation chart: customers with
/// `repeatPurchases` repeat purchases before the holdout (the last group means "this many or more")
/// and their mean purchases in it, made and predicted.
public struct RepeatMeans: Sendable, Equatable {
    public var repeatPurchases: Int
    public var actual: Double
    public var predicted: Double
    public init(repeatPurchases: Int, actual: Double, predicted: Double) {
        self.repeatPurchases = repeatPurchases; self.actual = actual; self.predicted = predicted
    }
}

/// Cumulative repeat purchases at the end of one week, made and predicted.
public struct TrackingPoint: Sendable, Equatable {
    public var day: Int
    public var actual: Double
    public var predicted: Double
    public init(day: Int, actual: Double, predicted: Double) { self.day = day; self.actual = actual; self.predicted = predicted }
}
