import BoomerangModel

extension AnalysisRun {
    /// Priority, likelihood and offer for every lost or churned customer.
    mutating func computeWinBack() {
        var leaverByReason: [String: LeaverKind] = [:]
        for p in model.playbooks where p.kind == .reason {
            if let kind = Self.leaverKind(p) { leaverByReason[p.id] = kind }
        }
        var complaints = [Int](repeating: 0, count: metrics.count), unresolved = complaints
        for k in model.complaints where k.date.raw <= asOf && k.customer >= 0 && k.customer < metrics.count {
            complaints[k.customer] += 1
            if !k.resolved { unresolved[k.customer] += 1 }
        }
        // High CLV: the top fifth of simple CLVs among customers with purchases.
        var clvs = metrics.compactMap(\.simpleCLV).sorted()
        let highCLV: Double? = clvs.isEmpty ? nil : clvs[min(clvs.count - 1, (clvs.count * 4) / 5)]
        clvs = []

        for c in metrics.indices where metrics[c].status == .lost || metrics[c].status == .churned {
            let m = metrics[c]
            var facts: WinBackFacts
            if m.abc == "A" { facts = WinBackFacts(tier: .high, tierReason: "priority.reason.high_value") }
            else if let clv = m.simpleCLV, let highCLV, clv >= highCLV, clv > 0 {
                facts = WinBackFacts(tier: .high, tierReason: "priority.reason.high_clv")
            } else if m.abc == "B" { facts = WinBackFacts(tier: .medium, tierReason: "priority.reason.medium_value") }
            else { facts = WinBackFacts(tier: .low, tierReason: "priority.reason.low_value") }
            let value = history.allMargins ? (m.margin ?? 0) : m.revenue
            facts.noProfit = value <= 0
            if let record = churn[c], m.status == .churned {
                for reason in record.reasons { if let kind = leaverByReason[reason] { facts.leavers.insert(kind) } }
            }
            facts.complaints = complaints[c]
            facts.unresolvedComplaints = unresolved[c]
            facts.referrals = model.customers[c].referrals
            let d = WinBackRule.decide(facts)
            metrics[c].priority = d.priority
            metrics[c].winBackLikelihood = d.likelihood
            metrics[c].offer = d.offer
            metrics[c].priorityReasons = d.reasons
        }
    }

    /// A reason playbook's leaver kind: front matter `leaver: price|service|situation` if given
    /// (any other value, e.g. `unknown`, means none), else from its cause (competitor -> price,
    /// company -> service, customer -> situation).
    static func leaverKind(_ p: Playbook) -> LeaverKind? {
        if let explicit = p.meta["leaver"]?.string { return LeaverKind(rawValue: explicit.lowercased()) }
        switch p.cause {
        case .competitor: return .price
        case .company: return .service
        case .customer: return .situation
        case nil: return nil
        }
    }
}
