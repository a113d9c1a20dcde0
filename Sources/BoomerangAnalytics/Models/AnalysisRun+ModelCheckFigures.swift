import BoomerangModel

/// The figures of the model's report card, from the calibration data and the refitted model.
extension AnalysisRun {
    /// Mean actual and predicted holdout purchases by calibration repeat purchases 0 ... 7+;
    /// groups without customers are left out.
    static func repeatGroups(_ d: CheckData, _ predicted: [Double]) -> [ModelCheck.RepeatGroup] {
        let pooled = ModelCheck.pooledRepeatGroup
        var count = [Int](repeating: 0, count: pooled + 1)
        var actual = [Double](repeating: 0, count: pooled + 1), expected = actual
        for k in d.x.indices {
            let g = min(d.x[k], pooled)
            count[g] += 1; actual[g] += Double(d.holdout[k]); expected[g] += predicted[k]
        }
        return count.indices.filter { count[$0] > 0 }.map { g in
            ModelCheck.RepeatGroup(repeatPurchases: g, customers: count[g],
                                   actualMean: actual[g] / Double(count[g]), predictedMean: expected[g] / Double(count[g]))
        }
    }

    /// Customers sorted by their chance (ties by their order, for the same bytes every build) and
    /// cut into ten groups of equal size: the mean chance beside the share who bought. Empty with
    /// fewer than ten customers.
    static func deciles(_ chance: [Double], bought: [Bool]) -> [ModelCheck.ChanceDecile] {
        let n = chance.count
        guard n >= 10 else { return [] }
        let order = chance.indices.sorted { (chance[$0], $0) < (chance[$1], $1) }
        return (0..<10).map { k in
            let slice = order[(k * n / 10)..<((k + 1) * n / 10)]
            let buyers = slice.filter { bought[$0] }.count
            return ModelCheck.ChanceDecile(customers: slice.count,
                                           predicted: slice.reduce(0) { $0 + chance[$1] } / Double(slice.count),
                                           actual: Double(buyers) / Double(slice.count))
        }
    }

    /// Pearson's correlation; nil when either side is constant.
    static func correlation(_ a: [Double], _ b: [Double]) -> Double? {
        let n = Double(a.count)
        guard a.count == b.count, a.count > 1 else { return nil }
        let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for i in a.indices {
            let da = a[i] - ma, db = b[i] - mb
            sab += da * db; saa += da * da; sbb += db * db
        }
        guard saa > 0, sbb > 0 else { return nil }
        return sab / (saa * sbb).squareRoot()
    }

    /// Cumulative repeat purchases at the end of each week, from the week of the first purchase
    /// to as-of, weeks ending on the calibration end: counted, and expected from the calibration
    /// fit. A customer of age t (weeks since the first purchase) is expected to have made E[X(t)]
    /// repeat purchases, which is E[Y(t)] of a customer who has just made the first (x = tx = T = 0);
    /// it depends on the age alone, so it is computed once per age in days and summed over the
    /// customers by first-purchase day.
    func tracking(_ p: PurchaseModel, _ d: CheckData, calibrationEnd end: Int32, weeks: Int) -> [ModelCheck.TrackingWeek]? {
        guard let first = d.firstDay.min() else { return [] }
        var cohort: [Int32: Int] = [:]
        for f in d.firstDay { cohort[f, default: 0] += 1 }
        let cohorts = cohort.keys.sorted().map { ($0, Double(cohort[$0]!)) }
        var expected = [Double](repeating: -1, count: Int(asOf - first) + 1)
        var out: [ModelCheck.TrackingWeek] = []
        // Repeat purchases on or before the week's end, counted day by day from the first.
        var counted = 0, next = d.repeatsFrom
        let weeksBefore = Int(end - first) / 7
        for j in -weeksBefore...weeks {
            let e = end + Int32(7 * j)
            while next <= e && Int(next - d.repeatsFrom) < d.repeatsOnDay.count {
                counted += d.repeatsOnDay[Int(next - d.repeatsFrom)]
                next += 1
            }
            var predicted = 0.0
            for (day, size) in cohorts where day <= e {
                let age = Int(e - day)
                if expected[age] < 0 {
                    guard let v = p.expectedPurchases(t: Double(age) / 7, x: 0, tx: 0, T: 0), v.isFinite else { return nil }
                    expected[age] = v
                }
                predicted += size * expected[age]
            }
            out.append(ModelCheck.TrackingWeek(end: Day(raw: e), actual: counted, predicted: predicted))
        }
        return out
    }
}
