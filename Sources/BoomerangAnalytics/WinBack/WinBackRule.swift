import BoomerangModel

/// How valuable a lost customer was: from ABC (and CLV), see docs/metrics.md "Win-back".
public enum ValueTier: Int, Sendable, Comparable {
    case low, medium, high
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// Why a customer left, as the research groups it (domain.md, Kumar et al.).
public enum LeaverKind: String, Sendable {
    /// Price, or a competitor's better offer.
    case price
    /// Our service: staff, delivery, quality.
    case service
    /// The customer's own situation: moving, bankruptcy, a new line of business.
    case situation
}

/// Everything the win-back rule looks at for one lost or churned customer.
public struct WinBackFacts: Sendable {
    public var tier: ValueTier
    /// Key of the rule that set the tier (`priority.reason.high_value`, ...).
    public var tierReason: String
    /// Revenue (or margin) is zero or negative: nothing to win back.
    public var noProfit: Bool = false
    public var leavers: Set<LeaverKind> = []
    public var complaints: Int = 0
    public var unresolvedComplaints: Int = 0
    public var referrals: Int = 0

    public init(tier: ValueTier, tierReason: String) { self.tier = tier; self.tierReason = tierReason }
}

public struct WinBackDecision: Sendable, Equatable {
    public var priority: WinBackPriority
    public var likelihood: Double
    public var offer: OfferKind?
    public var reasons: [String]
}

/// The documented win-back rule (docs/metrics.md). Pure, so each branch is tested on its own.
public enum WinBackRule {
    public static let baseLikelihood = 0.35
    /// At or above this likelihood a customer counts as likely to return.
    public static let likelyThreshold = 0.40

    public static func decide(_ f: WinBackFacts) -> WinBackDecision {
        var reasons = [f.tierReason]
        var likelihood = baseLikelihood
        let price = f.leavers.contains(.price), service = f.leavers.contains(.service)
        if price && service {
            likelihood -= 0.20; reasons.append("priority.reason.price_and_service")
        } else if price {
            likelihood += 0.15; reasons.append("priority.reason.price_leaver")
        } else if service {
            likelihood -= 0.10; reasons.append("priority.reason.service_leaver")
        } else if f.leavers.contains(.situation) {
            likelihood -= 0.15; reasons.append("priority.reason.own_situation")
        } else {
            reasons.append("priority.reason.reason_unknown")
        }
        if f.complaints == 0 {
            likelihood += 0.10; reasons.append("priority.reason.no_complaints")
        } else if f.unresolvedComplaints == 0 {
            likelihood += 0.10; reasons.append("priority.reason.complaints_resolved")
        } else {
            likelihood -= 0.10; reasons.append("priority.reason.unresolved_complaints")
        }
        if f.referrals > 0 { likelihood += 0.10; reasons.append("priority.reason.referrals") }
        // Two decimals: the figure is a rule of thumb, and rounding keeps outputs byte-stable.
        likelihood = (min(0.95, max(0.05, likelihood)) * 100).rounded() / 100
        let likely = likelihood >= likelyThreshold

        let priority: WinBackPriority
        if f.noProfit {
            priority = .letGo; reasons.append("priority.reason.no_profit")
        } else if price && service {
            // The research says let go; a top customer still earns one tailored attempt.
            priority = f.tier == .high ? .ifPossible : .letGo
        } else {
            reasons.append(likely ? "priority.reason.likely_to_return" : "priority.reason.unlikely_to_return")
            switch (f.tier, likely) {
            case (.high, true): priority = .first
            case (.high, false), (.medium, true): priority = .must
            case (.medium, false), (.low, true): priority = .ifPossible
            case (.low, false): priority = .letGo
            }
        }

        var offer: OfferKind?
        if priority != .letGo {
            if price && service { offer = .individual }
            else if price { offer = .discount }
            else if service || f.leavers.contains(.situation) { offer = .serviceUpgrade }
            else { offer = f.tier == .high ? .both : .serviceUpgrade }
        }
        return WinBackDecision(priority: priority, likelihood: likelihood, offer: offer, reasons: reasons)
    }
}
