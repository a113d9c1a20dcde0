import BoomerangModel
import RealModule

extension AnalysisRun {
    /// Fewer repeat buyers than this and the models are not fitted (their fields stay nil):
    /// three points cannot pin down four parameters in any useful way.
    static let minimumRepeatBuyers = 3
    static let weeksPerMonth = 365.25 / 12 / 7

    /// The purchase model (MBG/NBD or BG/NBD, as `model:` says) and Gamma-Gamma fits, then
    /// P(alive), expected purchases, expected value and model CLV.
    mutating func computeModels() throws(BuildFailure) {
        let ordersFile = SourceLocation(file: "content/data/orders.csv")
        let h = history
        var buyers: [Int] = [], x: [Int] = [], tx: [Double] = [], bigT: [Double] = []
        for c in metrics.indices {
            let r = h.range(c)
            guard !r.isEmpty else { continue }
            let first = h.day[r.lowerBound]
            buyers.append(c)
            x.append(r.count - 1)
            tx.append(Double(h.day[r.upperBound - 1] - first) / 7)
            bigT.append(Double(asOf - first) / 7)
        }
        let repeaters = x.indices.filter { x[$0] > 0 }
        guard repeaters.count >= Self.minimumRepeatBuyers else { return }

        // The memo key starts with the model's name, so a change of `model:` refits.
        let kind = config.model
        let v = try fit(kind.rawValue, count: 5, inputs: { $0.add(x); $0.add(tx); $0.add(bigT) }) { () throws(BuildFailure) -> [Double] in
            do throws(ModelFitError) {
                return try PurchaseModel.fit(kind, x: x, tx: tx, T: bigT).values
            } catch {
                throw BuildFailure(ordersFile, "the \(kind.displayName) purchase model could not be fitted: \(error.message)")
            }
        }
        guard let p = PurchaseModel(kind, values: v) else {
            throw BuildFailure(ordersFile, "the \(kind.displayName) fit gave \(v.count) values instead of 5")
        }
        purchaseModel = p

        // Gamma-Gamma on the mean value of repeat purchases (the first purchase left out).
        var ggRows: [Int] = [], ggX: [Int] = [], ggM: [Double] = []
        for k in repeaters {
            let r = h.range(buyers[k])
            let mean = h.amount[(r.lowerBound + 1)..<r.upperBound].reduce(0, +) / Double(x[k])
            if mean > 0 { ggRows.append(k); ggX.append(x[k]); ggM.append(mean) }
        }
        var averageRepeat = [Double?](repeating: nil, count: x.count)
        for (i, k) in ggRows.enumerated() { averageRepeat[k] = ggM[i] }
        if ggRows.count >= Self.minimumRepeatBuyers {
            let g = try fit("gamma-gamma", count: 4, inputs: { $0.add(ggX); $0.add(ggM) }) { () throws(BuildFailure) -> [Double] in
                do throws(ModelFitError) {
                    let g = try GammaGamma.fit(x: ggX, averageValue: ggM)
                    return [g.p, g.q, g.v, g.logLikelihood]
                } catch {
                    throw BuildFailure(ordersFile, "the Gamma-Gamma spend model could not be fitted: \(error.message)")
                }
            }
            gammaGamma = GammaGammaParameters(p: g[0], q: g[1], v: g[2], logLikelihood: g[3])
        }

        // Horizons in weeks: 52, then the end of each CLV month. The series part depends only on
        // (x, T), so it is shared between customers with the same pair.
        let months = clvHorizonMonths
        let horizons = [52.0] + (0..<months).map { Double($0 + 1) * Self.weeksPerMonth }
        var cache: [Int64: [Double]] = [:]
        for (k, c) in buyers.enumerated() {
            let key = Int64(x[k]) << 32 | Int64(asOf - h.day[h.range(c).lowerBound])
            var growth = cache[key]
            if growth == nil {
                var g: [Double] = []
                for t in horizons {
                    guard let v = p.conditionalGrowth(t: t, x: x[k], T: bigT[k]), v.isFinite else {
                        throw BuildFailure(ordersFile, "the \(kind.displayName) expectation did not converge for customer \(model.customers[c].id)")
                    }
                    g.append(v)
                }
                cache[key] = g
                growth = g
            }
            let alive = p.probabilityAlive(x: x[k], tx: tx[k], T: bigT[k])
            guard alive.isFinite else {
                throw BuildFailure(ordersFile, "the \(kind.displayName) model gave no finite P(alive) for customer \(model.customers[c].id)")
            }
            metrics[c].pAlive = alive
            // Everyone with purchases; computeWinBack adjusts it for those who left with a recorded reason.
            let chance = p.probabilityOfPurchase(within: Double(config.returnHorizonWeeks), x: x[k], tx: tx[k], T: bigT[k])
            metrics[c].modelReturnChance = chance
            metrics[c].returnChance = chance
            metrics[c].expectedPurchases52w = growth![0] * alive

            guard let g = gammaGamma else { continue }
            let value = x[k] > 0 ? averageRepeat[k].flatMap { GammaGamma.expectedAverageValue(g, x: x[k], averageValue: $0) }
                                 : GammaGamma.expectedAverageValue(g, x: 0, averageValue: 0)
            guard let value else { continue }
            metrics[c].expectedAverageOrder = value
            var clv = 0.0, previous = 0.0
            for month in 0..<months {
                let expected = growth![month + 1] * alive
                clv += (expected - previous) * value / Double.pow(1 + config.monthlyDiscountRate, Double(month + 1))
                previous = expected
            }
            guard clv.isFinite else {
                throw BuildFailure(ordersFile, "the model CLV is not a finite number for customer \(model.customers[c].id)")
            }
            metrics[c].clv = clv
        }
    }

    /// A fit's `count` parameters, from the memo when its inputs were fitted before (see ModelFitMemo).
    func fit(_ kind: String, count: Int, inputs: (inout Fingerprint) -> Void,
                     make: () throws(BuildFailure) -> [Double]) throws(BuildFailure) -> [Double] {
        guard let fits else { return try make() }
        return try fits.values(kind, count: count, inputs: inputs, make: make)
    }
}
