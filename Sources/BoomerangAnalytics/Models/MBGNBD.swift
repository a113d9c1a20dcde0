import BoomerangModel

/// MBG/NBD model (Batislam, Denizel and Filiztekin 2007, "Empirical validation and comparison of
/// models for customer base analysis"; corrected by Wagner and Hoppe 2008). BG/NBD with one change:
/// a customer may drop out at time 0, right after the first purchase, as well as after each repeat
/// purchase. So a one-time buyer who stays silent becomes less and less likely to be alive, where
/// BG/NBD keeps them at P(alive) = 1 for ever.
/// Time is in weeks; x, tx and T as in `BGNBD`. The likelihood is summed by `BGNBD.Data` (the
/// two models share it, see `Data.logLikelihood`).
public enum MBGNBD {
    /// Fits r, alpha, a, b by maximum likelihood, with the same search as BG/NBD. `count` weights each row.
    public static func fit(x: [Int], tx: [Double], T: [Double], count: [Double]? = nil) throws(ModelFitError) -> MBGNBDParameters {
        let v = try BGNBD.fitShape(.mbgnbd, x: x, tx: tx, T: T, count: count)
        return MBGNBDParameters(r: v[0], alpha: v[1], a: v[2], b: v[3], logLikelihood: v[4])
    }

    /// Log-likelihood of the given parameters on customer summaries (for tests and reports).
    public static func logLikelihood(_ p: MBGNBDParameters, x: [Int], tx: [Double], T: [Double]) -> Double {
        BGNBD.Data(x: x, tx: tx, T: T, count: nil).logLikelihood(r: p.r, alpha: p.alpha, a: p.a, b: p.b, model: .mbgnbd)
    }
}
