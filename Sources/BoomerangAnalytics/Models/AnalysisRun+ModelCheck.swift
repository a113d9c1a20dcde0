import BoomerangModel
import RealModule

/// The model's report card (docs/metrics.md, "How far to trust these figures"): the purchase
/// model refitted on the purchases up to `as_of` minus the holdout, its predictions for the
/// holdout set beside what happened.
extension AnalysisRun {
    /// The holdout in weeks: `model_check_weeks`, else a quarter of the history (first purchase
    /// to as-of) kept within 13 ... 52 weeks: long enough for most customers' rhythm to show, short
    /// enough to leave a calibration period. nil when the history leaves no calibration period.
    func modelCheckWeeks(historyDays: Int) -> Int? {
        let weeks = config.modelCheckWeeks ?? min(52, max(13, historyDays / 7 / 4))
        return weeks * 7 < historyDays ? weeks : nil
    }

    /// Per customer whose first purchase is on or before `end`: calibration x, tx, T (weeks) and
    /// the purchases after `end`.
    struct CheckData {
        var x: [Int] = [], tx: [Double] = [], T: [Double] = [], holdout: [Int] = []
        /// First-purchase day per customer.
        var firstDay: [Int32] = []
        /// Repeat purchases (calibration and holdout) per day, from day `repeatsFrom` on. Counts
        /// rather than the days themselves: at 1,000,000 customers the days and their sorted
        /// copy were about 230 MB at the peak of the analysis, for a few thousand numbers.
        var repeatsOnDay: [Int] = [], repeatsFrom: Int32 = 0
    }

    func checkData(calibrationEnd end: Int32) -> CheckData {
        let h = history
        var d = CheckData()
        if let first = h.day.min(), let last = h.day.max() {
            d.repeatsFrom = first
            d.repeatsOnDay = [Int](repeating: 0, count: Int(last - first) + 1)
        }
        for c in model.customers.indices {
            let r = h.range(c)
            guard let lo = r.first, h.day[lo] <= end else { continue }
            var split = lo
            while split < r.upperBound && h.day[split] <= end { split += 1 }
            d.x.append(split - lo - 1)
            d.tx.append(Double(h.day[split - 1] - h.day[lo]) / 7)
            d.T.append(Double(end - h.day[lo]) / 7)
            d.holdout.append(r.upperBound - split)
            d.firstDay.append(h.day[lo])
            for day in h.day[(lo + 1)..<r.upperBound] { d.repeatsOnDay[Int(day - d.repeatsFrom)] += 1 }
        }
        return d
    }

    /// The report card, or nil with too little data: no calibration period, fewer than
    /// `minimumRepeatBuyers` repeat buyers in it, or a fit that fails (the check then has
    /// nothing to say; the handbook's own fit is unaffected).
    func computeModelCheck() -> ModelCheck? {
        let h = history
        guard let firstEver = h.day.min(), let weeks = modelCheckWeeks(historyDays: Int(asOf - firstEver)) else { return nil }
        let end = asOf - Int32(weeks * 7)
        let d = checkData(calibrationEnd: end)
        guard d.x.filter({ $0 > 0 }).count >= Self.minimumRepeatBuyers, let p = checkFit(d) else { return nil }
        guard let predicted = holdoutPredictions(p, d, weeks: Double(weeks)),
              let tracking = tracking(p, d, calibrationEnd: end, weeks: weeks) else { return nil }
        let actual = d.holdout.reduce(0, +)
        let correlation = Self.correlation(d.holdout.map(Double.init), predicted)
        let total = predicted.reduce(0, +)
        let error = actual == 0 ? nil : (total - Double(actual)) / Double(actual)
        return ModelCheck(weeks: weeks, calibrationEnd: Day(raw: end), customers: d.x.count,
                          actualPurchases: actual, predictedPurchases: total, correlation: correlation,
                          byRepeatPurchases: Self.repeatGroups(d, predicted), tracking: tracking,
                          deciles: Self.deciles(d.x.indices.map { p.probabilityOfPurchase(within: Double(weeks), x: d.x[$0], tx: d.tx[$0], T: d.T[$0]) },
                                                bought: d.holdout.map { $0 > 0 }),
                          verdict: ModelVerdict(relativeError: error, correlation: correlation))
    }

    /// The configured model fitted on the calibration period (through the fit memo: a rebuild
    /// with the same data does not refit).
    private func checkFit(_ d: CheckData) -> PurchaseModel? {
        let kind = config.model
        let v = try? fit("check-" + kind.rawValue, count: 5, inputs: { $0.add(d.x); $0.add(d.tx); $0.add(d.T) }) { () throws(BuildFailure) -> [Double] in
            do throws(ModelFitError) {
                return try PurchaseModel.fit(kind, x: d.x, tx: d.tx, T: d.T).values
            } catch {
                throw BuildFailure(SourceLocation(file: "content/data/orders.csv"), error.message)
            }
        }
        return v.flatMap { PurchaseModel(kind, values: $0) }
    }

    /// E[Y(weeks) | x, tx, T] per customer; the series part is shared between equal (x, T).
    private func holdoutPredictions(_ p: PurchaseModel, _ d: CheckData, weeks: Double) -> [Double]? {
        var cache: [Int64: Double] = [:]
        var out: [Double] = []
        out.reserveCapacity(d.x.count)
        for k in d.x.indices {
            let key = Int64(d.x[k]) << 32 | Int64((d.T[k] * 7).rounded())
            if cache[key] == nil {
                guard let g = p.conditionalGrowth(t: weeks, x: d.x[k], T: d.T[k]), g.isFinite else { return nil }
                cache[key] = g
            }
            out.append(cache[key]! * p.probabilityAlive(x: d.x[k], tx: d.tx[k], T: d.T[k]))
        }
        return out
    }
}
