import BoomerangModel
import RealModule

extension AnalysisRun {
    /// Assembles the Analysis: population summary, months, managers, reasons and cohorts.
    /// `modelCheck`: the report card, computed beside the other steps (Analyzer).
    func result(modelCheck: ModelCheck?) -> Analysis {
        var s = PopulationSummary()
        s.customers = metrics.count
        var purchases = 0, clvSum = 0.0, clvCount = 0, simpleSum = 0.0, simpleCount = 0, churnedEver = 0
        for (c, m) in metrics.enumerated() {
            switch m.status {
            case .active: s.active += 1
            case .atRisk: s.atRisk += 1
            case .lost: s.lost += 1
            case .churned: s.churned += 1
            case .noOrders: s.noOrders += 1
            }
            s.revenue += m.revenue
            purchases += m.purchases
            if m.status == .lost || m.status == .churned { s.moneyLostPerYear += m.yearlyRevenue }
            if churn[c] != nil { churnedEver += 1 }
            if m.wonBack { s.wonBackCount += 1; s.wonBackRevenue += m.revenueSinceWonBack }
            if let v = m.clv { clvSum += v; clvCount += 1 }
            if let v = m.simpleCLV { simpleSum += v; simpleCount += 1 }
        }
        s.populationMedianInterval = populationMedian
        s.periodDays = Self.periodDays(populationMedian)
        s.wonBackRate = churnedEver == 0 ? 0 : Double(s.wonBackCount) / Double(churnedEver)
        s.averageCLV = clvCount == 0 ? 0 : clvSum / Double(clvCount)
        s.averageSimpleCLV = simpleCount == 0 ? 0 : simpleSum / Double(simpleCount)
        s.averageOrderValue = purchases == 0 ? 0 : s.revenue / Double(purchases)

        let period = becameLost(since: asOf - Int32(s.periodDays))
        s.lostInPeriod = period.reduce(0) { $0 + ($1 ? 1 : 0) }
        s.churnRateYear = churnYear
        s.churnRateMonth = Self.monthlyRate(yearly: churnYear)
        s.expectedYears = expectedYears
        s.clvHorizonMonths = clvHorizonMonths

        return Analysis(asOf: model.asOf, customers: metrics, summary: s, purchaseModel: purchaseModel, gammaGamma: gammaGamma,
                        reasons: reasonFigures(), managers: managerFigures(lostInPeriod: period),
                        months: months, cohorts: cohortFigures(), modelCheck: modelCheck)
    }

    /// The report period: the population's median interval in whole days, kept within 30..365;
    /// 90 days when nobody has bought twice.
    static func periodDays(_ median: Double?) -> Int {
        guard let median else { return 90 }
        return min(365, max(30, Int(median.rounded())))
    }

    /// Customers lost or churned now who were active or at risk on day `d`, or not customers yet.
    func becameLost(since d: Int32) -> [Bool] {
        metrics.indices.map { c in
            let now = metrics[c].status
            guard now == .lost || now == .churned else { return false }
            let then = status(of: c, at: d)
            return then == nil || then == .active || then == .atRisk
        }
    }

    /// Churn over the last year: the last 12 months' rates (MonthFigure.churnRate) compounded,
    /// 1 - (1 - r1) x ... x (1 - r12); fewer months when the history is shorter.
    static func yearlyRate(_ months: [MonthFigure]) -> Double {
        1 - months.suffix(12).reduce(1) { $0 * (1 - $1.churnRate) }
    }

    /// The monthly rate that compounds to `yearly` over 12 months: the headline "a month" figure.
    static func monthlyRate(yearly: Double) -> Double { 1 - Double.pow(1 - yearly, 1.0 / 12) }

    /// Per manager (customers.manager, "" for none), sorted by name.
    func managerFigures(lostInPeriod: [Bool]) -> [ManagerFigure] {
        var byName: [String: ManagerFigure] = [:]
        for (c, customer) in model.customers.enumerated() {
            var f = byName[customer.manager] ?? ManagerFigure(manager: customer.manager, customers: 0, lost: 0, lostRevenue: 0)
            f.customers += 1
            let st = metrics[c].status
            if st == .lost || st == .churned { f.lost += 1; f.lostRevenue += metrics[c].yearlyRevenue }
            if lostInPeriod[c] { f.lostInPeriod += 1 }
            byName[customer.manager] = f
        }
        return byName.keys.sorted().map { byName[$0]! }
    }

    /// Reasons of each customer's latest churn event, ranked by lost revenue (revenue in the 365
    /// days up to the churn day), then customers, then id.
    func reasonFigures() -> [ReasonFigure] {
        var cause: [String: ChurnCause] = [:]
        for p in model.playbooks where p.kind == .reason { if let c = p.cause { cause[p.id] = c } }
        var byReason: [String: ReasonFigure] = [:]
        for c in metrics.indices {
            guard let record = churn[c] else { continue }
            var lost = 0.0
            for i in history.range(c) where history.day[i] <= record.date && history.day[i] > record.date - 365 { lost += history.amount[i] }
            for reason in Set(record.reasons) {
                var f = byReason[reason] ?? ReasonFigure(reason: reason, cause: cause[reason], members: [], lostRevenue: 0)
                f.members.append(c)
                f.lostRevenue += lost
                byReason[reason] = f
            }
        }
        // Ranked by money first (seed 002: count the loss in money, not in heads).
        return byReason.values.sorted {
            $0.lostRevenue != $1.lostRevenue ? $0.lostRevenue > $1.lostRevenue
                : $0.customers != $1.customers ? $0.customers > $1.customers : $0.reason < $1.reason
        }
    }
}
