import BoomerangCharts

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
        var byDay: [Int: Double] = [:]
        var byMonth: [Int: Double] = [:]
        for o in orders(c) {
            byDay[Int(o.date.raw), default: 0] += o.amount
            byMonth[o.date.monthIndex, default: 0] += o.amount
        }
        var events: [TimelineEvent] = []
        for e in churn(c) { events.append(TimelineEvent(day: Int(e.date.raw), kind: .churn, label: e.reasons.map(reasonTitle).joined(separator: ", "))) }
        for k in complaints(c) { events.append(TimelineEvent(day: Int(k.date.raw), kind: .complaint, label: k.topic)) }
        for k in contacts(c) { events.append(TimelineEvent(day: Int(k.date.raw), kind: .contact)) }
        let timeline = PurchaseTimelineInput(
            purchases: byDay.keys.sorted().map { DayAmount(day: $0, amount: byDay[$0]!) },
            expectedNext: m.expectedNextPurchase.map { Int($0.raw) },
            lostThreshold: m.lostThreshold.map { Int($0.raw) },
            events: events, asOf: Int(model.asOf.raw))
        let revenue = byMonth.keys.sorted().map { MonthValue(month: $0, value: byMonth[$0]!) }
        // A chart with nothing to draw is left out rather than sent as an empty frame.
        var charts: [(kind: String, chart: SVGChart)] = []
        if !byDay.isEmpty { charts.append(("timeline", Charts.purchaseTimeline(timeline, context: context))) }
        let end = model.asOf.monthIndex
        if byMonth.keys.contains(where: { $0 > end - 24 && $0 <= end }) {
            charts.append(("revenue", Charts.monthlyRevenue(revenue, endMonth: end, months: 24, context: context)))
        }
        return charts
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
