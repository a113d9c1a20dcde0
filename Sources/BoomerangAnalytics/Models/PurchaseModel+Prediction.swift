import BoomerangModel
import RealModule

/// The predictions of whichever purchase model the config chose.
extension PurchaseModel {
    /// Fits `kind` on customer summaries (x repeat purchases, tx and T in weeks).
    public static func fit(_ kind: PurchaseModelKind, x: [Int], tx: [Double], T: [Double]) throws(ModelFitError) -> PurchaseModel {
        switch kind {
        case .mbgnbd: .mbgnbd(try MBGNBD.fit(x: x, tx: tx, T: T))
        case .bgnbd: .bgnbd(try BGNBD.fit(x: x, tx: tx, T: T))
        }
    }

    /// P(alive | x, tx, T).
    public func probabilityAlive(x: Int, tx: Double, T: Double) -> Double {
        switch self {
        case .mbgnbd(let p): MBGNBD.probabilityAlive(p, x: x, tx: tx, T: T)
        case .bgnbd(let p): BGNBD.probabilityAlive(p, x: x, tx: tx, T: T)
        }
    }

    /// E[Y(t) | x, tx, T]: expected purchases in the next `t` weeks; nil if the series does not converge.
    public func expectedPurchases(t: Double, x: Int, tx: Double, T: Double) -> Double? {
        switch self {
        case .mbgnbd(let p): MBGNBD.expectedPurchases(p, t: t, x: x, tx: tx, T: T)
        case .bgnbd(let p): BGNBD.expectedPurchases(p, t: t, x: x, tx: tx, T: T)
        }
    }

    /// P(at least one purchase in the next `t` weeks | x, tx, T). In both models a customer can
    /// only drop out right after a purchase, so one who is alive now makes the next purchase
    /// before any chance to leave: given alive, the purchase rate is Gamma(r + x, alpha + T)
    /// and P(no purchase in t) = ((alpha + T) / (alpha + T + t))^(r + x). Times P(alive).
    public func probabilityOfPurchase(within t: Double, x: Int, tx: Double, T: Double) -> Double {
        let (r, alpha) = rate
        let none = Double.exp((r + Double(x)) * Double.log((alpha + T) / (alpha + T + t)))
        return probabilityAlive(x: x, tx: tx, T: T) * (1 - none)
    }

    /// The Gamma prior of the purchase rate, (r, alpha): the same role in both models.
    var rate: (r: Double, alpha: Double) {
        switch self {
        case .mbgnbd(let p): (p.r, p.alpha)
        case .bgnbd(let p): (p.r, p.alpha)
        }
    }

    /// E[Y(t)] / P(alive): depends on x and T only, so callers share it between customers.
    func conditionalGrowth(t: Double, x: Int, T: Double) -> Double? {
        switch self {
        case .mbgnbd(let p): MBGNBD.conditionalGrowth(p, t: t, x: x, T: T)
        case .bgnbd(let p): BGNBD.conditionalGrowth(p, t: t, x: x, T: T)
        }
    }
}
