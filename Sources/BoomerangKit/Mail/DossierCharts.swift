import BoomerangCharts
import BoomerangModel

/// The two pictures of a dossier (scenario 2, step 4): the purchase timeline and the
/// monthly revenue of the last 24 months, in the handbook's locale.
extension SiteContext {
    /// `width` is the drawing width in CSS pixels (the email's content column).
    /// The timeline needs at least one order; the revenue chart an order in the last 24 months.
    public func dossierCharts(_ c: Int, width: Int = 560) -> [(kind: String, chart: SVGChart)] {
        let m = analysis.customers[c]
        let context = ChartContext(locale: chartLocale,
                                   strings: chartStrings(), width: width, idPrefix: "c\(c)")
        // One purchase per customer-day, amounts summed (design.md's data contract).
        let (purchases, revenue) = Self.dailyAndMonthly(orders(c))
        var events: [TimelineEvent] = []
        for e in churn(c) { events.append(TimelineEvent(day: Int(e.date.raw), kind: .churn, label: e.reasons.map(reasonTitle).joined(separator: strings.lookup("comma") ?? ", "))) }
        for k in complaints(c) { events.append(TimelineEvent(day: Int(k.date.raw), kind: .complaint, label: k.topic)) }
        for k in contacts(c) { events.append(TimelineEvent(day: Int(k.date.raw), kind: .contact)) }
        let timeline = PurchaseTimelineInput(
            purchases: purchases,
            expectedNext: m.expectedNextPurchase.map { Int($0.raw) },
            lostThreshold: m.lostThreshold.map { Int($0.raw) },
            events: events, asOf: Int(model.asOf.raw))
        // A chart with nothing to draw is left out rather than sent as an empty frame.
        var charts: [(kind: String, chart: SVGChart)] = []
        if !purchases.isEmpty { charts.append(("timeline", Charts.purchaseTimeline(timeline, context: context))) }
        let end = model.asOf.monthIndex
        if revenue.contains(where: { $0.month > end - 24 && $0.month <= end }) {
            charts.append(("revenue", Charts.monthlyRevenue(revenue, endMonth: end, months: 24, context: context)))
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
