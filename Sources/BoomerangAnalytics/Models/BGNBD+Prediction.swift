import BoomerangModel
import RealModule

extension BGNBD {
    /// P(alive | x, tx, T), equation (13) of the paper. A customer with no repeat purchase is
    /// taken to be alive (the model lets a customer drop out only right after a purchase).
    public static func probabilityAlive(_ p: BGNBDParameters, x: Int, tx: Double, T: Double) -> Double {
        guard x > 0 else { return 1 }
        let rx = p.r + Double(x)
        let lnOdds = Double.log(p.a) - Double.log(p.b + Double(x) - 1) + rx * (Double.log(p.alpha + T) - Double.log(p.alpha + tx))
        return 1 / (1 + Double.exp(lnOdds))
    }

    /// E[Y(t) | x, tx, T]: expected purchases in the next `t` weeks, equation (10) of the paper.
    /// nil only if the hypergeometric series does not converge (it always does for t < infinity,
    /// but a near-1 argument could need more terms than the bound allows).
    public static func expectedPurchases(_ p: BGNBDParameters, t: Double, x: Int, tx: Double, T: Double) -> Double? {
        guard t > 0 else { return 0 }
        guard let growth = conditionalGrowth(p, t: t, x: x, T: T) else { return nil }
        return growth * probabilityAlive(p, x: x, tx: tx, T: T)
    }

    /// The numerator of equation (10) divided by its denominator's "1": depends on x and T only,
    /// so callers can share it between customers; multiply by P(alive) to get E[Y(t)].
    static func conditionalGrowth(_ p: BGNBDParameters, t: Double, x: Int, T: Double) -> Double? {
        let am1 = p.a - 1
        // The closed form divides by (a - 1); at a == 1 it has a finite limit, taken numerically.
        if abs(am1) < 1e-6 {
            var lo = p, hi = p
            lo.a = 1 - 1e-6; hi.a = 1 + 1e-6
            guard let l = conditionalGrowth(lo, t: t, x: x, T: T), let h = conditionalGrowth(hi, t: t, x: x, T: T) else { return nil }
            return (l + h) / 2
        }
        let xd = Double(x)
        let z = t / (p.alpha + T + t)
        // ((alpha+T)/(alpha+T+t))^(r+x) * 2F1(r+x, b+x; a+b+x-1; z) after Euler's transformation
        // equals (1-z)^(a-1) * 2F1(a+b-1-r, a-1; a+b+x-1; z): parameters that do not grow with x,
        // so the series converges quickly for heavy buyers too.
        // Two equal forms of ((alpha+T)/(alpha+T+t))^(r+x) * 2F1(r+x, b+x; a+b+x-1; z): the direct
        // one, and (1-z)^(a-1) * 2F1(a+b-1-r, a-1; a+b+x-1; z) after Euler's transformation, whose
        // parameters do not grow with x. Heavy buyers need the second; huge a and b (a data set with
        // no visible drop-out) the first. Start with the one whose first term ratio is smaller.
        let c = p.a + p.b + xd - 1
        let directRatio = abs((p.r + xd) * (p.b + xd) / c)
        let eulerRatio = abs((p.a + p.b - 1 - p.r) * am1 / c)
        func direct(_ cap: Int) -> Double? {
            hypergeometric2F1(p.r + xd, p.b + xd, c, z, maxTerms: cap).map { Double.exp((p.r + xd) * Double.log(onePlus: -z)) * $0 }
        }
        func euler(_ cap: Int) -> Double? {
            hypergeometric2F1(p.a + p.b - 1 - p.r, am1, c, z, maxTerms: cap).map { Double.exp(am1 * Double.log(onePlus: -z)) * $0 }
        }
        let tail: Double
        if let v = eulerRatio <= directRatio ? (euler(50_000) ?? direct(200_000)) : (direct(50_000) ?? euler(200_000)) {
            tail = v
        } else {
            return nil
        }
        return (p.a + p.b + xd - 1) / am1 * (1 - tail)
    }

    /// Gauss hypergeometric series 2F1(a, b; c; z) for 0 <= z < 1, summed until the terms fall
    /// below 1e-15 of the sum (and are shrinking), at most `maxTerms` terms; nil if that bound is hit.
    static func hypergeometric2F1(_ a: Double, _ b: Double, _ c: Double, _ z: Double, maxTerms: Int = 200_000) -> Double? {
        guard z >= 0, z < 1, c > 0 else { return nil }
        var term = 1.0, sum = 1.0
        var k = 0.0
        for _ in 0..<maxTerms {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z
            sum += term
            k += 1
            if term == 0 { return sum }
            // The ratio of successive terms tends to z < 1; stop once it is below 1 and the term is tiny.
            let ratio = abs((a + k) * (b + k) / ((c + k) * (k + 1)) * z)
            if ratio < 1, abs(term) <= 1e-15 * abs(sum) { return sum.isFinite ? sum : nil }
        }
        return nil
    }
}
