import BoomerangModel

/// Day -> month index for a range of days, so the monthly series avoids calendar arithmetic per purchase.
struct MonthTable {
    let firstDay: Int32
    let months: [Int32]
    init(from first: Int32, through last: Int32) {
        firstDay = first
        var out: [Int32] = []
        out.reserveCapacity(Int(last - first) + 2)
        var d = first
        while d <= last + 1 {
            let c = Day(raw: d).components
            let days = Day.daysIn(year: c.year, month: c.month)
            let index = Int32(c.year * 12 + c.month - 1)
            // Fill the rest of this month in one go.
            let count = min(Int32(days - c.day + 1), last + 2 - d)
            out.append(contentsOf: repeatElement(index, count: Int(count)))
            d += count
        }
        months = out
    }
    @inline(__always) subscript(day: Int32) -> Int { Int(months[Int(day - firstDay)]) }
}

extension AnalysisRun {
    /// The monthly series and the yearly churn: the simple CLV needs them, the summary shows them.
    mutating func computeMonths() {
        months = monthFigures()
        churnYear = Self.yearlyRate(months)
    }

    /// One figure per calendar month from the first purchase's month to the as-of month. Status
    /// counts are taken at each month's end (the last month: at as-of) with each customer's
    /// current interval; one pass over the purchases with difference arrays keeps it linear.
    ///
    /// Churn in a month: customers who became lost in it for the last time (their own lost
    /// threshold crossed after their last purchase, or a churn recorded with no purchase since),
    /// over the customers active or at risk at the end of the month before. A customer who was
    /// late and then bought again was only late: the lapse is not churn. So the months' churn
    /// adds up to the customers lost now, and the last 12 compound to the yearly figure.
    func monthFigures() -> [MonthFigure] {
        var firstDay = Int32.max
        for c in metrics.indices { let r = history.range(c); if let i = r.first { firstDay = min(firstDay, history.day[i]) } }
        guard firstDay <= asOf else { return [] }
        let table = MonthTable(from: firstDay, through: asOf)
        let base = table[firstDay], count = table[asOf] - base + 1
        var active = [Int](repeating: 0, count: count + 1), risk = active, lost = active, transitions = active
        var revenue = [Double](repeating: 0, count: count), wonBack = revenue
        var events = [Int](repeating: 0, count: count)

        /// Adds 1 to `diff` for every month whose end lies in days a...b.
        func add(_ diff: inout [Int], _ a: Int32, _ b: Int32) {
            guard a <= b else { return }
            let first = table[a] - base
            let endsMonth = b == asOf || table[b + 1] != table[b]
            let last = table[b] - base - (endsMonth ? 0 : 1)
            guard first <= last else { return }
            diff[first] += 1; diff[last + 1] -= 1
        }

        for c in metrics.indices {
            let r = history.range(c)
            guard !r.isEmpty else { continue }
            let activeDays = Int32(rule.activeDays(interval[c])), riskDays = Int32(rule.atRiskDays(interval[c]))
            let churnDays = churn[c]?.allDays ?? []
            var nextChurn = 0
            let wonBackDay = metrics[c].wonBackDate?.raw ?? .max
            for i in r {
                let p = history.day[i]
                revenue[table[p] - base] += history.amount[i]
                if p >= wonBackDay { wonBack[table[p] - base] += history.amount[i] }
                let gapEnd = i + 1 < r.upperBound ? history.day[i + 1] - 1 : asOf
                while nextChurn < churnDays.count, churnDays[nextChurn] < p { nextChurn += 1 }
                let cut = nextChurn < churnDays.count && churnDays[nextChurn] <= gapEnd ? churnDays[nextChurn] - 1 : gapEnd
                let activeEnd = min(p + activeDays, cut), riskEnd = min(p + riskDays, cut)
                add(&active, p, activeEnd)
                add(&risk, activeEnd + 1, riskEnd)
                add(&lost, riskEnd + 1, gapEnd)
                if i == r.upperBound - 1, riskEnd + 1 <= gapEnd { transitions[table[riskEnd + 1] - base] += 1 }
            }
        }
        for e in model.churn where e.date.raw <= asOf && e.date.raw >= firstDay { events[table[e.date.raw] - base] += 1 }

        var out: [MonthFigure] = []
        var a = 0, k = 0, l = 0
        for m in 0..<count {
            let previousBase = a + k
            a += active[m]; k += risk[m]; l += lost[m]
            let rate = previousBase == 0 ? 0 : Double(transitions[m]) / Double(previousBase)
            out.append(MonthFigure(month: base + m, active: a, atRisk: k, lost: l, churnEvents: events[m],
                                   churnRate: rate, revenue: revenue[m], wonBackRevenue: wonBack[m]))
        }
        return out
    }

    /// Cohorts by first-purchase month (the last 24 that have customers): for k = 0, 1, ... months
    /// later, the share of the cohort with a purchase in that month.
    func cohortFigures() -> [(month: Int, size: Int, retention: [Double])] {
        let asOfMonth = Day(raw: asOf).monthIndex
        var firstMonths: [Int] = []
        var cohortOf = [Int](repeating: -1, count: metrics.count)
        for c in metrics.indices { if let f = metrics[c].firstPurchase { cohortOf[c] = f.monthIndex; firstMonths.append(f.monthIndex) } }
        let distinct = Array(Set(firstMonths)).sorted().suffix(24)
        guard let oldest = distinct.first else { return [] }
        var slot = [Int: Int]()
        for (i, m) in distinct.enumerated() { slot[m] = i }
        var size = [Int](repeating: 0, count: distinct.count)
        var counts = distinct.map { [Int](repeating: 0, count: asOfMonth - $0 + 1) }
        for c in metrics.indices where cohortOf[c] >= oldest {
            guard let s = slot[cohortOf[c]] else { continue }
            size[s] += 1
            var lastMonth = -1
            var lastDay: Int32 = .min
            for i in history.range(c) {
                let d = history.day[i]
                if d == lastDay { continue }
                lastDay = d
                let m = Day(raw: d).monthIndex
                if m != lastMonth { counts[s][m - cohortOf[c]] += 1; lastMonth = m }
            }
        }
        return distinct.enumerated().map { i, m in
            (month: m, size: size[i], retention: counts[i].map { size[i] == 0 ? 0 : Double($0) / Double(size[i]) })
        }
    }
}
