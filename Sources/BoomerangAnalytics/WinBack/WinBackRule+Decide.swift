import BoomerangModel

/// The documented win-back rule (docs/metrics.md, "Win-back"). Pure, so each branch is tested on its own.
public enum WinBackRule {
    /// seed 002, "5/40": a won-back customer buys again with about 40 %, a new prospect with about 5 %.
    public static let goodChance = 0.40
    public static let poorChance = 0.05
    /// A customer lost only by their own rhythm whom the model gives this chance or more will very
    /// probably buy again unprompted: a win-back adds little, so they get a light check-in
    /// (win back if possible: calls, no trip) instead of a visit with an apology.
    public static let returnsAnywayChance = 0.90

    public static func decide(_ f: WinBackFacts) -> WinBackDecision {
        var reasons = [f.tierReason]
        let chance = adjustedChance(f)
        if let model = f.modelChance, let chance, f.churned {
            reasons.append(PriorityReason("priority.reason.chance_adjusted", .count(f.horizonWeeks), .percent(chance), .percent(model)))
            reasons += ReturnChanceAdjustment.apply(model, f).reasons
        } else if let chance {
            reasons.append(PriorityReason("priority.reason.chance", .count(f.horizonWeeks), .percent(chance)))
        } else {
            reasons.append(PriorityReason("priority.reason.chance_unknown"))
        }
        if !f.churned || f.leavers.isEmpty { reasons.append(PriorityReason("priority.reason.reason_unknown")) }
        let priority = priority(f, chance: chance, reasons: &reasons)
        return WinBackDecision(priority: priority, chance: chance, offer: offer(f, priority), reasons: reasons)
    }

    /// The model's chance, adjusted for what is recorded about a customer who left; nil without a model.
    public static func adjustedChance(_ f: WinBackFacts) -> Double? {
        guard let model = f.modelChance else { return nil }
        return f.churned ? ReturnChanceAdjustment.apply(model, f).chance : model
    }

    /// Value against chance, after the two let-go rules: no profit, or one of the smallest gains.
    static func priority(_ f: WinBackFacts, chance: Double?, reasons: inout [PriorityReason]) -> WinBackPriority {
        if f.noProfit { reasons.append(PriorityReason("priority.reason.no_profit")); return .letGo }
        if let chance {
            let gain = chance * f.yearlyRevenue
            reasons.append(PriorityReason("priority.reason.expected_gain", .percent(chance), .money(f.yearlyRevenue), .money(gain)))
            if gain <= f.gainCutoff {
                reasons.append(PriorityReason("priority.reason.small_gain", .money(f.gainCutoff)))
                return .letGo
            }
        }
        if !f.churned, let chance, chance >= returnsAnywayChance {
            reasons.append(PriorityReason("priority.reason.returns_anyway", .percent(returnsAnywayChance)))
            return .ifPossible
        }
        if f.leavers.contains(.price) && f.leavers.contains(.service) {
            // The research says let go; a top customer still earns one tailored attempt.
            return f.tier == .high ? .ifPossible : .letGo
        }
        // Without a model the chance is unknown: value alone decides, as for a middling chance.
        let band = chance.map(ChanceBand.init) ?? .fair
        switch band {
        case .good: reasons.append(PriorityReason("priority.reason.chance_good", .percent(goodChance)))
        case .fair: if chance != nil { reasons.append(PriorityReason("priority.reason.chance_fair", .percent(poorChance), .percent(goodChance))) }
        case .poor: reasons.append(PriorityReason("priority.reason.chance_poor", .percent(poorChance)))
        }
        switch (f.tier, band) {
        case (.high, .good): return .first
        case (.high, .fair), (.medium, .good): return .must
        case (.high, .poor), (.medium, .fair), (.low, .good): return .ifPossible
        case (.medium, .poor), (.low, .fair), (.low, .poor): return .letGo
        }
    }

    /// The offer that follows the recorded reason; none for a customer let go.
    static func offer(_ f: WinBackFacts, _ priority: WinBackPriority) -> OfferKind? {
        guard priority != .letGo else { return nil }
        let price = f.leavers.contains(.price), service = f.leavers.contains(.service)
        if price && service { return .individual }
        if price { return .discount }
        if service || f.leavers.contains(.situation) { return .serviceUpgrade }
        // No reason known: the cheapest offer with the best return, unless the customer is one
        // to win back first, where the combined offer's higher acceptance is worth its cost.
        return priority == .first ? .both : .serviceUpgrade
    }
}
