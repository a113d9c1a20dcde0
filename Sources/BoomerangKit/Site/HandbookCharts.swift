import BoomerangAnalytics
import BoomerangCharts
import BoomerangModel

/// The charts of the handbook pages (issue 5), from the analysis.
extension SiteContext {
    func chartContext(_ id: String, width: Int = 600) -> ChartContext {
        ChartContext(locale: chartLocale,
                     strings: chartStrings(), width: width, idPrefix: id)
    }

    /// Charts for one handbook section (nil: the front page).
    func handbookCharts(_ section: PageKind.Section?) -> [ChartRow] {
        let months = analysis.months.suffix(36)
        var charts: [SVGChart] = []
        switch section {
        case nil:   // the front page
            charts.append(Charts.customersByStatus(StackedMonths(
                months: months.map(\.month),
                series: [(strings("status_active"), months.map { Double($0.active) }),
                         (strings("status_at_risk"), months.map { Double($0.atRisk) }),
                         (strings("status_lost"), months.map { Double($0.lost) })],
                countTexts: ["count_status_active", "count_status_at_risk", "count_status_lost"].map { strings($0) }), context: chartContext("status")))
            charts.append(Charts.churnRate(months.map { MonthValue(month: $0.month, value: $0.churnRate) },
                                           yearly: analysis.summary.churnRateYear, monthly: analysis.summary.churnRateMonth,
                                           context: chartContext("churn")))
        case .lost?:
            charts.append(Charts.managerLostShare(analysis.managers.map { ManagerBar(name: $0.manager, customers: $0.customers, lost: $0.lost) },
                                                  context: chartContext("managers")))
            charts.append(Charts.abcXYZMatrix(abcXYZCells(), context: chartContext("abcxyz")))
            charts.append(Charts.rfmHeatMap(rfmCells(), context: chartContext("rfm")))
        case .reasons?:
            charts.append(Charts.reasonsPareto(analysis.reasons.map { ReasonBar(label: reasonTitle($0.reason), customers: $0.customers, lostRevenue: $0.lostRevenue) },
                                               context: chartContext("pareto")))
        case .winback?:
            charts.append(Charts.wonBackRevenue(analysis.months.map { MonthValue(month: $0.month, value: $0.wonBackRevenue) },
                                                endMonth: model.asOf.monthIndex, context: chartContext("wonback")))
            charts.append(Charts.cohortRetention(analysis.cohorts.map { CohortRow(month: $0.month, size: $0.size, retention: $0.retention) },
                                                 context: chartContext("cohorts")))
        case .trust?:
            break   // the report card places its charts beside their explanations (trustPage)
        case .why?:
            charts.append(Charts.clvDistribution(analysis.customers.compactMap { $0.clv ?? $0.simpleCLV }, context: chartContext("clv")))
        }
        return charts.map(ChartRow.init)
    }

    func abcXYZCells() -> [ABCXYZCell] {
        var cells: [String: (Int, Double)] = [:]
        for m in analysis.customers { if let a = m.abc, let x = m.xyz { cells[a + x, default: (0, 0)].0 += 1; cells[a + x, default: (0, 0)].1 += m.revenue } }
        return ["A", "B", "C"].flatMap { a in ["X", "Y", "Z"].map { x in
            ABCXYZCell(abc: a, xyz: x, customers: cells[a + x]?.0 ?? 0, revenue: cells[a + x]?.1 ?? 0) } }
    }

    func rfmCells() -> [RFMCell] {
        var cells: [Int: (Int, Double)] = [:]
        for m in analysis.customers {
            guard let r = m.rScore, let f = m.fScore else { continue }
            cells[r * 10 + f, default: (0, 0)].0 += 1
            cells[r * 10 + f, default: (0, 0)].1 += m.revenue
        }
        return cells.keys.sorted().map { k in
            RFMCell(recency: k / 10, frequency: k % 10, customers: cells[k]!.0, meanMonetary: cells[k]!.1 / Double(cells[k]!.0))
        }
    }

    /// P(alive) as of the end of each of the last 24 months (the purchase model's view at that time).
    func pAlivePoints(_ c: Int) -> [DayValue] {
        guard let purchaseModel = analysis.purchaseModel else { return [] }
        var days: [Day] = []
        for o in orders(c) where o.date <= model.asOf { if days.last != o.date { days.append(o.date) } }
        guard let first = days.first else { return [] }
        var points: [DayValue] = []
        let end = model.asOf.monthIndex
        var k = 0
        for month in max(first.monthIndex, end - 23)...end {
            let at = month == end ? model.asOf : Day.firstOfMonth(month + 1) + (-1)
            while k < days.count && days[k] <= at { k += 1 }
            guard k > 0 else { continue }
            let x = k - 1
            let tx = Double(days[k - 1] - first) / 7, T = Double(at - first) / 7
            let p = purchaseModel.probabilityAlive(x: x, tx: tx, T: T)
            if p.isFinite { points.append(DayValue(day: Int(at.raw), value: p)) }
        }
        return points
    }

    /// The chart of `pAlivePoints`, when there are two points or more and one of them reaches
    /// `pAliveChartFloor`: a line along zero for two years tells the reader nothing the banner's
    /// figure does not, so `pAliveNote` says it in one sentence instead.
    func pAliveChart(_ inputs: DossierChartInputs) -> SVGChart? {
        guard inputs.pAlive.count >= 2, Self.reachesFloor(inputs) else { return nil }
        return Charts.pAlive(inputs.pAlive, context: chartContext("c\(inputs.customer)", width: inputs.width))
    }

    static let pAliveChartFloor = 0.05

    /// The sentence that stands for a P(alive) chart left out because every point is under the floor.
    func pAliveNote(_ inputs: DossierChartInputs) -> String {
        guard inputs.pAlive.count >= 2, let first = inputs.pAliveDays.first, !Self.reachesFloor(inputs) else { return "" }
        return strings("palive_note", format.percent(Self.pAliveChartFloor, decimals: 0), format.date(Day(raw: Int32(first))))
    }

    /// Whether some month's end of the P(alive) series reaches `pAliveChartFloor`.
    private static func reachesFloor(_ inputs: DossierChartInputs) -> Bool {
        inputs.pAliveValues.contains { $0 >= pAliveChartFloor }
    }
}
