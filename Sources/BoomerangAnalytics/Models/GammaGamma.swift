import BoomerangModel
import RealModule

/// Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV"; Colombo and Jiang 1999).
/// Fitted on customers with at least one repeat purchase, on the mean value of those repeat purchases.
public enum GammaGamma {
    /// Fits p, q, v by maximum likelihood. `x` = repeat purchases (>= 1), `averageValue` = their
    /// mean value (> 0). Rows with x < 1 or a non-positive value are an error: filter them first.
    public static func fit(x: [Int], averageValue m: [Double]) throws(ModelFitError) -> GammaGammaParameters {
        guard x.count == m.count else { throw ModelFitError("Gamma-Gamma: x and values must have the same length") }
        guard !x.isEmpty else { throw ModelFitError("Gamma-Gamma: no repeat buyers") }
        for i in 0..<x.count where x[i] < 1 || !(m[i] > 0) || !m[i].isFinite {
            throw ModelFitError("Gamma-Gamma: invalid row x=\(x[i]) value=\(m[i])")
        }
        // Per distinct x the log-gammas are shared; per customer only one log remains.
        let xs = Array(Set(x)).sorted()
        var slot = [Int: Int](); for (k, v) in xs.enumerated() { slot[v] = k }
        let xIndex = x.map { Int32(slot[$0]!) }
        let xd = x.map(Double.init)
        let lnM = m.map { Double.log($0) }
        let lnX = xs.map { Double.log(Double($0)) }
        let xm = zip(xd, m).map { $0 * $1 }

        func negLL(_ lp: [Double], stride: Int) -> Double {
            if lp.contains(where: { abs($0) > BGNBD.logBound }) { return .infinity }
            let p = Double.exp(lp[0]), q = Double.exp(lp[1]), v = Double.exp(lp[2])
            let base = -Double.logGamma(q) + q * Double.log(v)
            let perX = xs.enumerated().map { k, x in
                let px = p * Double(x)
                return base + Double.logGamma(px + q) - Double.logGamma(px) + px * lnX[k]
            }
            var total = 0.0
            for i in Swift.stride(from: stride / 2, to: xd.count, by: stride) {
                let px = p * xd[i]
                total += perX[Int(xIndex[i])] + (px - 1) * lnM[i] - (px + q) * Double.log(xm[i] + v)
            }
            return -total
        }
        let meanM = m.reduce(0, +) / Double(m.count)
        let lv = Double.log(meanM)
        let starts: [[Double]] = [[0, 0, lv], [Double.log(5), Double.log(3), lv], [Double.log(0.5), Double.log(2), lv - 1], [Double.log(20), Double.log(10), lv + 1]]
        // Large populations: starts on every k-th customer, then polish on all of them.
        let step = x.count / 5_000
        let r = step >= 2
            ? NelderMead.minimize({ negLL($0, stride: step) }, starts: starts, polish: { negLL($0, stride: 1) }, polishEvaluations: 200)
            : NelderMead.minimize({ negLL($0, stride: 1) }, starts: starts)
        let p = r.point.map { Double.exp($0) }
        guard r.value.isFinite, p.count == 3, p.allSatisfy({ $0.isFinite && $0 > 0 }) else {
            throw ModelFitError("Gamma-Gamma: the fit did not converge to finite parameters")
        }
        return GammaGammaParameters(p: p[0], q: p[1], v: p[2], logLikelihood: -r.value)
    }

    /// E[M | x, mx]: the expected average purchase value. For x = 0 this is the population mean
    /// p v / (q - 1), which exists only when q > 1 (nil otherwise).
    public static func expectedAverageValue(_ g: GammaGammaParameters, x: Int, averageValue mx: Double) -> Double? {
        let xd = Double(x)
        let denominator = g.p * xd + g.q - 1
        guard denominator > 0 else { return nil }
        let value = g.p * (g.v + xd * mx) / denominator
        return value.isFinite ? value : nil
    }
}
