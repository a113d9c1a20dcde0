import BoomerangModel

extension AnalysisRun {
    /// RFM scores, ABC and XYZ classes and the simple ("office wall") CLV.
    mutating func computeSegments() {
        let buyers = metrics.indices.filter { metrics[$0].purchases > 0 }

        let r = quintileScores(buyers.map { Double(metrics[$0].daysSinceLast!) }, higherIsBetter: false)
        let f = quintileScores(buyers.map { Double(metrics[$0].purchases) }, higherIsBetter: true)
        let m = quintileScores(buyers.map { metrics[$0].revenue }, higherIsBetter: true)
        for (k, c) in buyers.enumerated() {
            metrics[c].rScore = r[k]; metrics[c].fScore = f[k]; metrics[c].mScore = m[k]
        }

        // ABC on margin when every order carries one, else on revenue.
        let value = buyers.map { history.allMargins ? (metrics[$0].margin ?? 0) : metrics[$0].revenue }
        for (k, cls) in abcClasses(value, thresholds: config.abcThresholds).enumerated() { metrics[buyers[k]].abc = cls }

        let years = expectedYears
        for c in buyers {
            metrics[c].xyz = xyzClass(coefficientOfVariation(c), thresholds: config.xyzThresholds)
            metrics[c].simpleCLV = simpleCLV(metrics[c], expectedYears: years)
        }
    }

    /// The longest lifetime the simple CLV assumes when churn is low (or none was seen): 10 years.
    static let maxExpectedYears = 10.0
    /// The shortest observation window for purchases a year: one quarter, so a customer who
    /// bought once last week is not counted as buying 52 times a year.
    static let minObservedDays = 91.0

    /// Years a customer is expected to stay: `expected_years` from handbook.yml when set, else
    /// 1 / yearly churn (a customer leaves with that chance each year), at most 10.
    var expectedYears: Double {
        if let set = config.expectedYears { return set }
        return churnYear > 0 ? min(Self.maxExpectedYears, 1 / churnYear) : Self.maxExpectedYears
    }

    /// Months the model CLV looks ahead: `clv_horizon_months` when set, else the expected years
    /// in months (at least one), so the model and the simple value cover the same span.
    var clvHorizonMonths: Int {
        config.clvHorizonMonths ?? max(1, Int((expectedYears * 12).rounded()))
    }

    /// Simple ("office wall") CLV: average purchase value x purchases a year x expected years.
    /// Purchases a year are what the customer did: purchases over the days since the first one
    /// (at least a quarter), not an interval borrowed from the population.
    func simpleCLV(_ m: CustomerMetrics, expectedYears: Double) -> Double? {
        guard let first = m.firstPurchase, m.purchases > 0 else { return nil }
        let observed = max(Double(asOf - first.raw + 1), Self.minObservedDays)
        let perYear = Double(m.purchases) * 365.25 / observed
        return m.revenue / Double(m.purchases) * perYear * expectedYears
    }

    /// Coefficient of variation (population standard deviation / mean) of the customer's revenue
    /// per calendar month, over every month from the first purchase's to the last purchase's,
    /// months without purchases counting as 0. nil when that span is one month or the mean is <= 0.
    func coefficientOfVariation(_ c: Int) -> Double? {
        let r = history.range(c)
        guard let firstI = r.first else { return nil }
        let firstMonth = Day(raw: history.day[firstI]).monthIndex
        let lastMonth = Day(raw: history.day[r.upperBound - 1]).monthIndex
        let months = Double(lastMonth - firstMonth + 1)
        guard months >= 2 else { return nil }
        var sum = 0.0, squares = 0.0, current = firstMonth, monthSum = 0.0
        var previousDay: Int32 = .min
        for i in r {
            // monthIndex is not free; purchases on consecutive days mostly share a month.
            let d = history.day[i]
            if d != previousDay {
                let mi = Day(raw: d).monthIndex
                if mi != current { squares += monthSum * monthSum; monthSum = 0; current = mi }
                previousDay = d
            }
            monthSum += history.amount[i]
            sum += history.amount[i]
        }
        squares += monthSum * monthSum
        let mean = sum / months
        guard mean > 0 else { return nil }
        let variance = max(0, squares / months - mean * mean)
        return variance.squareRoot() / mean
    }
}

/// ABC classes by cumulative share of the total positive value, largest first. A customer is in A
/// while the share of the customers before them is below `a` (so A is the smallest top group that
/// reaches the threshold), B while below `b`, else C. Equal values share the class of the first of
/// them; zero or negative values are always C.
func abcClasses(_ values: [Double], thresholds: (a: Double, b: Double)) -> [String] {
    let total = values.reduce(0) { $0 + max(0, $1) }
    var classes = [String](repeating: "C", count: values.count)
    guard total > 0 else { return classes }
    let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
    var before = 0.0
    var k = 0
    while k < order.count {
        let v = values[order[k]]
        guard v > 0 else { break }
        var m = k
        while m < order.count, values[order[m]] == v { m += 1 }
        let share = before / total
        let cls = share < thresholds.a ? "A" : share < thresholds.b ? "B" : "C"
        for j in k..<m { classes[order[j]] = cls }
        before += v * Double(m - k)
        k = m
    }
    return classes
}

/// X when cv <= x, Y when cv <= y, else Z; nil without a coefficient.
func xyzClass(_ cv: Double?, thresholds: (x: Double, y: Double)) -> String? {
    guard let cv else { return nil }
    return cv <= thresholds.x ? "X" : cv <= thresholds.y ? "Y" : "Z"
}
