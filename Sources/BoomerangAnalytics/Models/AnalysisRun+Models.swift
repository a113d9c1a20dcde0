import BoomerangModel
import RealModule

extension AnalysisRun {
    /// Fewer repeat buyers than this and the models are not fitted (their fields stay nil):
    /// three points cannot pin down four parameters in any useful way.
    static let minimumRepeatBuyers = 3
    static let weeksPerMonth = 365.25 / 12 / 7

    /// What both models read of every customer with a purchase, in weeks as the papers count.
    struct BuyerInputs {
        var buyers: [Int] = [], x: [Int] = [], tx: [Double] = [], bigT: [Double] = []

        /// Room for `n` buyers, so the four arrays are made once: grown by appending, each
        /// doubling copies them into a new block while the old one is still held.
        init(room n: Int) {
            buyers.reserveCapacity(n); x.reserveCapacity(n); tx.reserveCapacity(n); bigT.reserveCapacity(n)
        }
    }

    /// The purchase model (MBG/NBD or BG/NBD, as `model:` says) and Gamma-Gamma fits, then
    /// P(alive), expected purchases, expected value and model CLV.
    mutating func computeModels() throws(BuildFailure) {
        let h = history
        var b = BuyerInputs(room: metrics.indices.count { !h.range($0).isEmpty })
        for c in metrics.indices {
            let r = h.range(c)
            guard !r.isEmpty else { continue }
            let first = h.day[r.lowerBound]
            b.buyers.append(c)
            b.x.append(r.count - 1)
            b.tx.append(Double(h.day[r.upperBound - 1] - first) / 7)
            b.bigT.append(Double(asOf - first) / 7)
        }
        let repeaters = b.x.indices.filter { b.x[$0] > 0 }
        guard repeaters.count >= Self.minimumRepeatBuyers else { return }
        let p = try fitPurchaseModel(b)
        purchaseModel = p

        // Gamma-Gamma on the mean value of repeat purchases (the first purchase left out).
        var ggRows: [Int] = [], ggX: [Int] = [], ggM: [Double] = []
        for k in repeaters {
            let r = h.range(b.buyers[k])
            let mean = h.amount[(r.lowerBound + 1)..<r.upperBound].reduce(0, +) / Double(b.x[k])
            if mean > 0 { ggRows.append(k); ggX.append(b.x[k]); ggM.append(mean) }
        }
        var averageRepeat = [Double?](repeating: nil, count: b.x.count)
        for (i, k) in ggRows.enumerated() { averageRepeat[k] = ggM[i] }
        if ggRows.count >= Self.minimumRepeatBuyers { gammaGamma = try fitGammaGamma(x: ggX, mean: ggM) }
        try applyModels(p, b, averageRepeat: averageRepeat)
    }

    private static let ordersFile = SourceLocation(file: "content/data/orders.csv")

    private func fitPurchaseModel(_ b: BuyerInputs) throws(BuildFailure) -> PurchaseModel {
        // The memo key starts with the model's name, so a change of `model:` refits.
        let kind = config.model
        let v = try fit(kind.rawValue, count: 5, inputs: { $0.add(b.x); $0.add(b.tx); $0.add(b.bigT) }) { () throws(BuildFailure) -> [Double] in
            do throws(ModelFitError) {
                return try PurchaseModel.fit(kind, x: b.x, tx: b.tx, T: b.bigT).values
            } catch {
                throw BuildFailure(Self.ordersFile, "the \(kind.displayName) purchase model could not be fitted: \(error.message)")
            }
        }
        guard let p = PurchaseModel(kind, values: v) else {
            throw BuildFailure(Self.ordersFile, "the \(kind.displayName) fit gave \(v.count) values instead of 5")
        }
        return p
    }

    private func fitGammaGamma(x: [Int], mean: [Double]) throws(BuildFailure) -> GammaGammaParameters {
        let g = try fit("gamma-gamma", count: 4, inputs: { $0.add(x); $0.add(mean) }) { () throws(BuildFailure) -> [Double] in
            do throws(ModelFitError) {
                let g = try GammaGamma.fit(x: x, averageValue: mean)
                return [g.p, g.q, g.v, g.logLikelihood]
            } catch {
                throw BuildFailure(Self.ordersFile, "the Gamma-Gamma spend model could not be fitted: \(error.message)")
            }
        }
        return GammaGammaParameters(p: g[0], q: g[1], v: g[2], logLikelihood: g[3])
    }

    /// Every buyer's P(alive), return chance, expected purchases and CLV. The expectation's
    /// series part depends only on (x, T), so buyers are taken in that order and it is made once
    /// per run of equal pairs. (Memoised per pair instead, it was a dictionary of arrays: 16 MB
    /// at 100,000 customers, about ten times that at 1,000,000.)
    private mutating func applyModels(_ p: PurchaseModel, _ b: BuyerInputs, averageRepeat: [Double?]) throws(BuildFailure) {
        // Horizons in weeks: 52, then the end of each CLV month.
        let months = clvHorizonMonths
        let horizons = [52.0] + (0..<months).map { Double($0 + 1) * Self.weeksPerMonth }
        let order = b.x.indices.sorted { (b.x[$0], b.bigT[$0], $0) < (b.x[$1], b.bigT[$1], $1) }
        var growth: [Double] = []
        for (n, k) in order.enumerated() {
            if n == 0 || b.x[k] != b.x[order[n - 1]] || b.bigT[k] != b.bigT[order[n - 1]] {
                growth = try horizons.map { t throws(BuildFailure) -> Double in
                    guard let v = p.conditionalGrowth(t: t, x: b.x[k], T: b.bigT[k]), v.isFinite else {
                        throw failure("expectation did not converge", b.buyers[k])
                    }
                    return v
                }
            }
            try apply(p, growth, to: k, b, averageRepeat: averageRepeat[k])
        }
    }

    /// One buyer's figures from the model and the (x, T) pair's growth at each horizon.
    private mutating func apply(_ p: PurchaseModel, _ growth: [Double], to k: Int, _ b: BuyerInputs,
                                averageRepeat: Double?) throws(BuildFailure) {
        let c = b.buyers[k]
        let alive = p.probabilityAlive(x: b.x[k], tx: b.tx[k], T: b.bigT[k])
        guard alive.isFinite else { throw failure("model gave no finite P(alive)", c) }
        metrics[c].pAlive = alive
        // Everyone with purchases; computeWinBack adjusts it for those who left with a recorded reason.
        let chance = p.probabilityOfPurchase(within: Double(config.returnHorizonWeeks), x: b.x[k], tx: b.tx[k], T: b.bigT[k])
        metrics[c].modelReturnChance = chance
        metrics[c].returnChance = chance
        metrics[c].expectedPurchases52w = growth[0] * alive

        guard let g = gammaGamma else { return }
        let value = b.x[k] > 0 ? averageRepeat.flatMap { GammaGamma.expectedAverageValue(g, x: b.x[k], averageValue: $0) }
                               : GammaGamma.expectedAverageValue(g, x: 0, averageValue: 0)
        guard let value else { return }
        metrics[c].expectedAverageOrder = value
        var clv = 0.0, previous = 0.0
        for month in 1..<growth.count {
            let expected = growth[month] * alive
            clv += (expected - previous) * value / Double.pow(1 + config.monthlyDiscountRate, Double(month))
            previous = expected
        }
        guard clv.isFinite else {
            throw BuildFailure(Self.ordersFile, "the model CLV is not a finite number for customer \(model.customers[c].id)")
        }
        metrics[c].clv = clv
    }

    private func failure(_ what: String, _ c: Int) -> BuildFailure {
        BuildFailure(Self.ordersFile, "the \(config.model.displayName) \(what) for customer \(model.customers[c].id)")
    }

    /// A fit's `count` parameters, from the memo when its inputs were fitted before (see ModelFitMemo).
    func fit(_ kind: String, count: Int, inputs: (inout Fingerprint) -> Void,
                     make: () throws(BuildFailure) -> [Double]) throws(BuildFailure) -> [Double] {
        guard let fits else { return try make() }
        return try fits.values(kind, count: count, inputs: inputs, make: make)
    }
}
