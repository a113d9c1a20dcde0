import BoomerangModel
import RealModule

extension MBGNBD {
    /// P(alive | x, tx, T) = 1 / (1 + a / (b + x) * ((alpha + T) / (alpha + tx))^(r + x)),
    /// equation (5) of the paper's appendix. Unlike BG/NBD this holds for x = 0 too: a one-time
    /// buyer (tx = 0) is less likely alive the longer T grows.
    public static func probabilityAlive(_ p: MBGNBDParameters, x: Int, tx: Double, T: Double) -> Double {
        let rx = p.r + Double(x)
        let lnOdds = Double.log(p.a) - Double.log(p.b + Double(x)) + rx * (Double.log(p.alpha + T) - Double.log(p.alpha + tx))
        return 1 / (1 + Double.exp(lnOdds))
    }

    /// E[Y(t) | x, tx, T]: expected purchases in the next `t` weeks (Wagner and Hoppe 2008).
    /// nil only if the hypergeometric series does not converge.
    public static func expectedPurchases(_ p: MBGNBDParameters, t: Double, x: Int, tx: Double, T: Double) -> Double? {
        guard t > 0 else { return 0 }
        guard let growth = conditionalGrowth(p, t: t, x: x, T: T) else { return nil }
        return growth * probabilityAlive(p, x: x, tx: tx, T: T)
    }

    /// The numerator of E[Y(t) | x, tx, T]:
    /// (a + b + x) / (a - 1) * [1 - ((alpha + T) / (alpha + T + t))^(r + x) * 2F1(r + x, b + x + 1; a + b + x; t / (alpha + T + t))].
    /// That is BG/NBD's numerator with b + 1 in place of b (the extra drop-out chance at time 0
    /// counts as one more "failure" in the beta-geometric part), so BG/NBD's series code, with
    /// its choice between the direct and Euler-transformed series and its a = 1 limit, serves both.
    /// Depends on x and T only; multiply by P(alive) to get E[Y(t)].
    static func conditionalGrowth(_ p: MBGNBDParameters, t: Double, x: Int, T: Double) -> Double? {
        let shifted = BGNBDParameters(r: p.r, alpha: p.alpha, a: p.a, b: p.b + 1, logLikelihood: p.logLikelihood)
        return BGNBD.conditionalGrowth(shifted, t: t, x: x, T: T)
    }
}
