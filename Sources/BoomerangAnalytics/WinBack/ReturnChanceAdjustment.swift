import BoomerangModel

/// How the recorded facts of a customer who left move the model's chance to return.
///
/// The purchase model sees only purchases; the win-back research (seed 002: Kumar et al.,
/// 53,000 former telecom customers over seven years) adds what it knows about leavers. The
/// study gives directions, not sizes, so each factor is a modest step of a tenth or a fifth
/// (a half for the case it calls not worth the effort), and the product is capped to [0, 1].
/// docs/metrics.md, "Chance to return", lists them with their source.
public enum ReturnChanceAdjustment {
    /// Price leavers return more readily (and stay longer the second time).
    public static let priceLeaver = 1.2
    /// Service leavers return less readily than price leavers.
    public static let serviceLeaver = 0.8
    /// Those who named both price and service are "not worth the effort".
    public static let priceAndService = 0.5
    /// Never complained, or every complaint resolved: likelier to return.
    public static let noGrievanceLeft = 1.1
    /// A complaint still open: the research's "resolved" finding, turned round.
    public static let unresolvedComplaint = 0.9
    /// Recommended the company to others: likelier to return.
    public static let referrals = 1.1

    /// The adjusted chance and one reason per fact that was weighed, in the order applied.
    public static func apply(_ chance: Double, _ f: WinBackFacts) -> (chance: Double, reasons: [PriorityReason]) {
        var factors: [PriorityReason] = []
        let price = f.leavers.contains(.price), service = f.leavers.contains(.service)
        if price && service { factors.append(PriorityReason("priority.reason.price_and_service", .factor(priceAndService))) }
        else if price { factors.append(PriorityReason("priority.reason.price_leaver", .factor(priceLeaver))) }
        else if service { factors.append(PriorityReason("priority.reason.service_leaver", .factor(serviceLeaver))) }
        if f.complaints == 0 { factors.append(PriorityReason("priority.reason.no_complaints", .factor(noGrievanceLeft))) }
        else if f.unresolvedComplaints == 0 { factors.append(PriorityReason("priority.reason.complaints_resolved", .factor(noGrievanceLeft))) }
        else { factors.append(PriorityReason("priority.reason.unresolved_complaints", .factor(unresolvedComplaint))) }
        if f.referrals > 0 { factors.append(PriorityReason("priority.reason.referrals", .factor(referrals))) }

        var adjusted = chance
        for r in factors { if case .factor(let k) = r.figures[0] { adjusted *= k } }
        // The customer's own situation (moved, closed) is stated but not weighed: the study says nothing on it.
        var reasons = factors
        if f.leavers.contains(.situation) && !price && !service { reasons.insert(PriorityReason("priority.reason.own_situation"), at: 0) }
        return (min(1, max(0, adjusted)), reasons)
    }
}
