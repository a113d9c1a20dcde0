import BoomerangModel
import Dispatch
import RealModule

/// BG/NBD model (Fader, Hardie and Lee 2005, "Counting Your Customers the Easy Way").
/// Time is in weeks; x = repeat purchases, tx = time of the last purchase and T = time to the
/// end of observation, both measured from the customer's first purchase.
public enum BGNBD {
    /// Customers compressed to unique (x, tx, T) triples with counts. Logs that depend only on
    /// alpha and a tx or T value are computed once per distinct value, not once per customer.
    struct Data {
        var xIndex: [Int32] = [], txIndex: [Int32] = [], bigTIndex: [Int32] = []
        var weight: [Double] = []
        var xs: [Double] = [], txs: [Double] = [], bigTs: [Double] = []
        var customers: Double = 0

        init(x: [Int], tx: [Double], T: [Double], count: [Double]?) {
            let n = x.count
            let order = (0..<n).sorted { i, j in
                if x[i] != x[j] { return x[i] < x[j] }
                if tx[i] != tx[j] { return tx[i] < tx[j] }
                return T[i] < T[j]
            }
            // The distinct values are few (days in weeks): no capacity for every customer is kept.
            func uniqueSorted(_ v: [Double]) -> [Double] {
                var out: [Double] = []
                for e in v.sorted() where out.last != e { out.append(e) }
                return out
            }
            txs = uniqueSorted(tx); bigTs = uniqueSorted(T)
            xs = uniqueSorted(x.map(Double.init))
            func index(_ v: Double, in s: [Double]) -> Int32 {
                var lo = 0, hi = s.count - 1
                while lo < hi { let mid = (lo + hi) / 2; if s[mid] < v { lo = mid + 1 } else { hi = mid } }
                return Int32(lo)
            }
            // One triple per run of equal ones, counted first so the arrays are made once, at
            // their size: grown by appending, each doubling copies them into a new block while
            // the old one is still held. (The room a doubled array leaves unused is not resident,
            // so heaptrack's 15 MB at 1,000,000 customers overstates what this saves.)
            func same(_ i: Int, _ j: Int) -> Bool { x[i] == x[j] && tx[i] == tx[j] && T[i] == T[j] }
            var runs = 0
            for k in 0..<n where k == 0 || !same(order[k], order[k - 1]) { runs += 1 }
            xIndex.reserveCapacity(runs); txIndex.reserveCapacity(runs); bigTIndex.reserveCapacity(runs); weight.reserveCapacity(runs)
            var k = 0
            while k < n {
                let i = order[k]
                var w = 0.0
                var m = k
                while m < n, same(order[m], i) {
                    w += count?[order[m]] ?? 1; m += 1
                }
                xIndex.append(index(Double(x[i]), in: xs))
                txIndex.append(index(tx[i], in: txs))
                bigTIndex.append(index(T[i], in: bigTs))
                weight.append(w)
                customers += w
                k = m
            }
        }

        /// Every `step`-th triple with its weight scaled up: a cheap stand-in for the restarts.
        func subsample(step: Int) -> Data {
            var d = self
            d.xIndex = []; d.txIndex = []; d.bigTIndex = []; d.weight = []
            var i = step / 2
            while i < weight.count {
                d.xIndex.append(xIndex[i]); d.txIndex.append(txIndex[i]); d.bigTIndex.append(bigTIndex[i])
                d.weight.append(weight[i] * Double(step))
                i += step
            }
            return d
        }

        /// Log-likelihood at (r, alpha, a, b) under BG/NBD or MBG/NBD. The two differ in one place:
        /// MBG/NBD lets a customer drop out at time 0 too, which shifts b + x to b + x + 1 in both
        /// terms and gives the "dropped out after the last purchase" term to x = 0 as well
        /// (BG/NBD: equation 6 of Fader, Hardie and Lee; MBG/NBD: Batislam et al. 2007, appendix).
        func logLikelihood(r: Double, alpha: Double, a: Double, b: Double, model: PurchaseModelKind) -> Double {
            let lnAlpha = Double.log(alpha)
            let lnTx = txs.map { Double.log(alpha + $0) }
            let lnT = bigTs.map { Double.log(alpha + $0) }
            let shared = Double.logGamma(a + b) - Double.logGamma(b) - Double.logGamma(r) + r * lnAlpha
            var constant = [Double](repeating: 0, count: xs.count)
            var lnRatio = [Double](repeating: 0, count: xs.count)
            var rx = [Double](repeating: 0, count: xs.count)
            let shift = model == .mbgnbd ? 1.0 : 0.0
            for (k, x) in xs.enumerated() {
                constant[k] = shared + Double.logGamma(r + x) + Double.logGamma(b + x + shift) - Double.logGamma(a + b + x + shift)
                // -infinity marks "no drop-out term": a BG/NBD customer without a repeat purchase.
                lnRatio[k] = x > 0 || model == .mbgnbd ? Double.log(a) - Double.log(b + x - 1 + shift) : -.infinity
                rx[k] = r + x
            }
            // Two halves in parallel: the sum is the hot loop of the whole analysis. Each half
            // writes its own slot and the slots are added in a fixed order, so the result is
            // the same on every run.
            // log(1 + e) with e in (0, 1] is exact enough here and much cheaper than log1p.
            let n = weight.count
            let parts = n >= 20_000 ? 2 : 1
            let partial = PartialSums(count: parts)
            defer { partial.free() }
            let data = self
            let (cK, lnR, rxK) = (constant, lnRatio, rx)
            let body: @Sendable (Int) -> Void = { part in
                var total = 0.0
                for i in (part * n / parts)..<((part + 1) * n / parts) {
                    let k = Int(data.xIndex[i])
                    let a3 = -rxK[k] * lnT[Int(data.bigTIndex[i])]
                    var ll = a3
                    if lnR[k] != -.infinity {
                        let a4 = lnR[k] - rxK[k] * lnTx[Int(data.txIndex[i])]
                        ll = a3 > a4 ? a3 + Double.log(1 + Double.exp(a4 - a3)) : a4 + Double.log(1 + Double.exp(a3 - a4))
                    }
                    total += data.weight[i] * (cK[k] + ll)
                }
                partial.set(part, total)
            }
            if parts == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: body) }
            let total = partial.sum()
            return total
        }
    }

    /// Largest and smallest parameter values the search may try (log-space box), so a degenerate
    /// data set ends at a finite corner instead of running to infinity.
    static let logBound = 18.0

    /// Fits r, alpha, a, b by maximum likelihood. `count` weights each row (default 1).
    public static func fit(x: [Int], tx: [Double], T: [Double], count: [Double]? = nil) throws(ModelFitError) -> BGNBDParameters {
        let v = try fitShape(.bgnbd, x: x, tx: tx, T: T, count: count)
        return BGNBDParameters(r: v[0], alpha: v[1], a: v[2], b: v[3], logLikelihood: v[4])
    }

    /// The fit shared by BG/NBD and MBG/NBD (same four parameters, same search): r, alpha, a, b
    /// and the maximum log-likelihood.
    static func fitShape(_ model: PurchaseModelKind, x: [Int], tx: [Double], T: [Double],
                         count: [Double]?) throws(ModelFitError) -> [Double] {
        let name = model.displayName
        guard x.count == tx.count, x.count == T.count, count == nil || count!.count == x.count else {
            throw ModelFitError("\(name): x, tx and T must have the same length")
        }
        guard !x.isEmpty else { throw ModelFitError("\(name): no customers with purchases") }
        for i in 0..<x.count where x[i] < 0 || !(tx[i] >= 0) || !(T[i] >= tx[i]) || !T[i].isFinite {
            throw ModelFitError("\(name): invalid customer summary x=\(x[i]) tx=\(tx[i]) T=\(T[i])")
        }
        let data = Data(x: x, tx: tx, T: T, count: count)
        func objective(_ d: Data) -> ([Double]) -> Double {
            { p in
                if p.contains(where: { abs($0) > logBound }) { return .infinity }
                return -d.logLikelihood(r: Double.exp(p[0]), alpha: Double.exp(p[1]), a: Double.exp(p[2]), b: Double.exp(p[3]),
                                        model: model)
            }
        }
        // Deterministic starts spread over plausible shapes; alpha is scaled to the observation length.
        let meanT = zip(T, count ?? Array(repeating: 1, count: T.count)).reduce(0) { $0 + $1.0 * $1.1 } / max(data.customers, 1)
        let scale = Double.log(max(meanT, 1e-3))
        let starts: [[Double]] = [
            [0, scale - 1, 0, 0],
            [Double.log(0.25), scale - 2, Double.log(0.8), Double.log(2.5)],
            [Double.log(2), scale, Double.log(2), Double.log(5)],
            [Double.log(0.1), scale - 3, Double.log(0.3), Double.log(0.5)],
        ]
        // Large populations: run the starts on a subsample, then polish on all the data.
        // The polish is capped: near the optimum each step gains little, and a data set without
        // visible drop-out sends a and b on a long walk towards infinity that only wastes time.
        let step = data.weight.count / 3_000
        let result: NelderMead.Result
        if step >= 2 {
            result = NelderMead.minimize(objective(data.subsample(step: step)), starts: starts, polish: objective(data),
                                         polishEvaluations: 200)
        } else {
            result = NelderMead.minimize(objective(data), starts: starts)
        }
        let p = result.point.map { Double.exp($0) }
        guard result.value.isFinite, p.count == 4, p.allSatisfy({ $0.isFinite && $0 > 0 }) else {
            throw ModelFitError("\(name): the fit did not converge to finite parameters")
        }
        return p + [-result.value]
    }

    /// Log-likelihood of the given parameters on customer summaries (for tests and reports).
    public static func logLikelihood(_ p: BGNBDParameters, x: [Int], tx: [Double], T: [Double]) -> Double {
        Data(x: x, tx: tx, T: T, count: nil).logLikelihood(r: p.r, alpha: p.alpha, a: p.a, b: p.b, model: .bgnbd)
    }
}

/// One slot per parallel part; each part writes only its own slot, so no two threads touch the
/// same memory, and the slots are added in order for a reproducible sum.
struct PartialSums: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Double>
    init(count: Int) { slots = .allocate(capacity: count); slots.initialize(repeating: 0) }
    func set(_ i: Int, _ v: Double) { slots[i] = v }
    func sum() -> Double { slots.reduce(0, +) }
    func free() { slots.deallocate() }
}
