import BoomerangCharts
import BoomerangModel

/// The two pictures of a dossier (scenario 2, step 4): the purchase timeline and the
/// monthly revenue of the last 24 months, in the handbook's locale.
extension SiteContext {
    /// Everything the dossier's charts are drawn from, for customer `c` at `width` CSS pixels
    /// (the email's content column is 560). The page cache fingerprints this value, so a chart
    /// input has one definition: here.
    public func dossierChartInputs(_ c: Int, width: Int = 560) -> DossierChartInputs {
        let m = analysis.customers[c]
        // One purchase per customer-day, amounts summed (design.md's data contract).
        let (purchases, revenue) = Self.dailyAndMonthly(orders(c))
        var events: [TimelineEvent] = []
        for e in churn(c) { events.append(TimelineEvent(day: Int(e.date.raw), kind: .churn, label: e.reasons.map(reasonTitle).joined(separator: strings.lookup("comma") ?? ", "))) }
        for k in complaints(c) { events.append(TimelineEvent(day: Int(k.date.raw), kind: .complaint, label: k.topic)) }
        for k in contacts(c) { events.append(TimelineEvent(day: Int(k.date.raw), kind: .contact)) }
        let pAlive = pAlivePoints(c)
        return DossierChartInputs(
            customer: c, width: width,
            purchaseDays: purchases.map(\.day), purchaseAmounts: purchases.map(\.amount),
            expectedNext: m.expectedNextPurchase.map { Int($0.raw) }, lostThreshold: m.lostThreshold.map { Int($0.raw) },
            asOf: Int(model.asOf.raw),
            eventDays: events.map(\.day), eventKinds: events.map(\.kind.rawValue), eventLabels: events.map(\.label),
            revenueMonths: revenue.map(\.month), revenueValues: revenue.map(\.value), endMonth: model.asOf.monthIndex,
            pAliveDays: pAlive.map(\.day), pAliveValues: pAlive.map(\.value))
    }

    /// The timeline (needs an order) and the monthly revenue of the last 24 months (needs an
    /// order in them): a chart with nothing to draw is left out rather than sent as an empty frame.
    public func dossierCharts(_ inputs: DossierChartInputs) -> [(kind: String, chart: SVGChart)] {
        let context = ChartContext(locale: chartLocale, strings: chartStrings(), width: inputs.width, idPrefix: "c\(inputs.customer)")
        var charts: [(kind: String, chart: SVGChart)] = []
        if !inputs.purchaseDays.isEmpty { charts.append(("timeline", Charts.purchaseTimeline(inputs.timeline, context: context))) }
        let end = inputs.endMonth
        if inputs.revenue.contains(where: { $0.month > end - 24 && $0.month <= end }) {
            // Months before the first purchase are not months "without purchases".
            charts.append(("revenue", Charts.monthlyRevenue(inputs.revenue, endMonth: end, months: 24, since: inputs.revenueMonths.first,
                                                            context: context)))
        }
        return charts
    }

    /// Order amounts summed per day and per month, in date order. Orders come sorted by date, so equal
    /// days and months are neighbours and are summed in the same order a dictionary would sum them.
    static func dailyAndMonthly(_ orders: ArraySlice<Order>) -> (days: [DayAmount], months: [MonthValue]) {
        var days: [DayAmount] = [], months: [MonthValue] = []
        var previous: Day?
        for o in orders {
            if let p = previous, o.date < p { return dailyAndMonthlyUnsorted(orders) }
            previous = o.date
            let day = Int(o.date.raw), month = o.date.monthIndex
            if days.last?.day == day { days[days.count - 1].amount += o.amount } else { days.append(DayAmount(day: day, amount: 0 + o.amount)) }
            if months.last?.month == month { months[months.count - 1].value += o.amount } else { months.append(MonthValue(month: month, value: 0 + o.amount)) }
        }
        return (days, months)
    }

    /// The same through dictionaries, for orders in any order.
    static func dailyAndMonthlyUnsorted(_ orders: ArraySlice<Order>) -> (days: [DayAmount], months: [MonthValue]) {
        var byDay: [Int: Double] = [:]
        var byMonth: [Int: Double] = [:]
        for o in orders {
            byDay[Int(o.date.raw), default: 0] += o.amount
            byMonth[o.date.monthIndex, default: 0] += o.amount
        }
        return (byDay.keys.sorted().map { DayAmount(day: $0, amount: byDay[$0]!) },
                byMonth.keys.sorted().map { MonthValue(month: $0, value: byMonth[$0]!) })
    }

    /// Chart words from the strings file where it has them (`chart.timeline.title` ...), else English.
    /// Made once per build: every dossier asks for them twice, and the lookups cost as much as a chart.
    func chartStrings() -> ChartStrings {
        chartWords.value(0) {
            var overrides: [String: String] = [:]
            for key in ChartStrings.english.keys {
                if let value = strings.lookup("chart." + key) { overrides[key] = value }
            }
            return ChartStrings(overrides)
        }
    }
}

/// What a dossier's charts show (see `dossierChartInputs`). Series are stored as columns of
/// numbers rather than arrays of the charts' small structs: the page cache fingerprints this
/// value on every build, and a list of numbers encodes several times faster than a list of
/// keyed structs (each one a container of its own).
public struct DossierChartInputs: Encodable, Sendable {
    /// The customer's index: SVG element ids carry it.
    var customer: Int
    var width: Int
    /// Purchases by day (amounts summed), oldest first: the timeline's dots.
    var purchaseDays: [Int]
    var purchaseAmounts: [Double]
    var expectedNext: Int?
    var lostThreshold: Int?
    var asOf: Int
    /// Churn, complaints and contacts on the timeline (`TimelineEvent`'s day, kind and label).
    var eventDays: [Int]
    var eventKinds: [String]
    var eventLabels: [String]
    /// Revenue by month, oldest first, and the month the chart ends in.
    var revenueMonths: [Int]
    var revenueValues: [Double]
    var endMonth: Int
    /// The chance of still buying at each month's end (see `pAlivePoints`); fewer than two: no chart.
    var pAliveDays: [Int]
    var pAliveValues: [Double]

    var timeline: PurchaseTimelineInput {
        PurchaseTimelineInput(purchases: zip(purchaseDays, purchaseAmounts).map { DayAmount(day: $0, amount: $1) },
                              expectedNext: expectedNext, lostThreshold: lostThreshold, events: events, asOf: asOf)
    }

    var events: [TimelineEvent] {
        eventDays.indices.map { TimelineEvent(day: eventDays[$0], kind: TimelineEvent.Kind(rawValue: eventKinds[$0])!, label: eventLabels[$0]) }
    }

    var revenue: [MonthValue] { zip(revenueMonths, revenueValues).map { MonthValue(month: $0, value: $1) } }

    var pAlive: [DayValue] { zip(pAliveDays, pAliveValues).map { DayValue(day: $0, value: $1) } }
}
