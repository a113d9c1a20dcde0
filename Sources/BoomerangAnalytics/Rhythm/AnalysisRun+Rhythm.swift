import BoomerangModel

extension AnalysisRun {
    /// Purchases, revenue, median interval, status, churn and won back for every customer.
    mutating func computeRhythm() {
        metrics = Array(repeating: CustomerMetrics(), count: model.customers.count)
        interval = Array(repeating: 0, count: model.customers.count)
        let h = history
        var scratch: [Double] = []
        var ownMedian = [Double?](repeating: nil, count: metrics.count)
        var medians: [Double] = []
        for c in metrics.indices {
            let r = h.range(c)
            var m = CustomerMetrics()
            m.orderCount = h.orderCount[c]
            m.purchases = r.count
            if !r.isEmpty {
                var revenue = 0.0
                for i in r { revenue += h.amount[i] }
                m.revenue = revenue
                m.margin = h.marginComplete[c] ? h.margin[c] : nil
                let first = h.day[r.lowerBound], last = h.day[r.upperBound - 1]
                m.firstPurchase = Day(raw: first)
                m.lastPurchase = Day(raw: last)
                m.daysSinceLast = Int(asOf - last)
                var yearly = 0.0
                for i in r.reversed() { if h.day[i] > last - 365 { yearly += h.amount[i] } else { break } }
                m.yearlyRevenue = yearly
                if r.count >= 2 {
                    scratch.removeAll(keepingCapacity: true)
                    for i in r.dropFirst() { scratch.append(Double(h.day[i] - h.day[i - 1])) }
                    ownMedian[c] = median(&scratch)
                    medians.append(ownMedian[c]!)
                }
            }
            metrics[c] = m
        }
        populationMedian = median(&medians)

        for c in metrics.indices {
            var m = metrics[c]
            if let last = m.lastPurchase {
                let own = m.purchases >= 3 ? ownMedian[c] : nil
                let used = own ?? populationMedian ?? Self.fallbackInterval
                interval[c] = used
                m.medianIntervalDays = used
                m.intervalFromPopulation = own == nil
                m.status = rule.status(daysSince: m.daysSinceLast!, interval: used)
                m.expectedNextPurchase = last + Int(used.rounded())
                m.lostThreshold = last + Int((config.lostFactor * used).rounded())
            }
            if let record = churn[c] {
                m.churnDate = Day(raw: record.date)
                let r = history.range(c)
                // Won back only by a purchase strictly after the churn day.
                if let k = r.first(where: { history.day[$0] > record.date }) {
                    m.wonBack = true
                    m.wonBackDate = Day(raw: history.day[k])
                    m.revenueSinceWonBack = history.amount[k..<r.upperBound].reduce(0, +)
                } else {
                    m.status = .churned
                }
            }
            metrics[c] = m
        }
    }

    /// Status of customer `c` as of an earlier day `d`, by the same rule and the customer's
    /// current interval; nil when they had neither bought nor churned by then.
    func status(of c: Int, at d: Int32) -> RhythmStatus? {
        let r = history.range(c)
        // Last purchase on or before d (purchases are in date order).
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi { let mid = (lo + hi) / 2; if history.day[mid] <= d { lo = mid + 1 } else { hi = mid } }
        let last: Int32? = lo > r.lowerBound ? history.day[lo - 1] : nil
        if let record = churn[c], let churnDay = record.allDays.last(where: { $0 <= d }) {
            if last == nil || last! <= churnDay { return .churned }
        }
        guard let last else { return nil }
        return rule.status(daysSince: Int(d - last), interval: interval[c])
    }
}
