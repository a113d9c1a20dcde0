import BoomerangCharts

/// The two pictures of a dossier (scenario 2, step 4): the purchase timeline and the
/// monthly revenue of the last 24 months, in the handbook's locale.
extension SiteContext {
    /// `width` is the drawing width in CSS pixels (the email's content column).
    public func dossierCharts(_ c: Int, width: Int = 560) -> [SVGChart] {
        let m = analysis.customers[c]
        let context = ChartContext(locale: ChartLocale(identifier: model.config.locale, currencyCode: model.config.currency),
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
        return [
            Charts.purchaseTimeline(timeline, context: context),
            Charts.monthlyRevenue(revenue, endMonth: model.asOf.monthIndex, months: 24, context: context),
        ]
    }

    /// Chart words from the strings file where it has them (`chart.timeline.title` ...), else English.
    func chartStrings() -> ChartStrings {
        var overrides: [String: String] = [:]
        for key in ChartStrings.english.keys {
            if let value = strings.lookup("chart." + key) { overrides[key] = value }
        }
        return ChartStrings(overrides)
    }
}
