import BoomerangModel

extension AnalysisRun {
    /// Grievances for everyone; chance to return, priority and offer for every lost or churned
    /// customer, and the reasons for the priority of those whose dossiers the build writes.
    mutating func computeWinBack() {
        var leaverByReason: [String: LeaverKind] = [:], companyReasons = Set<String>()
        for p in model.playbooks where p.kind == .reason {
            if let kind = Self.leaverKind(p) { leaverByReason[p.id] = kind }
            if p.cause == .company { companyReasons.insert(p.id) }
        }
        var complaints = [Int](repeating: 0, count: metrics.count), unresolved = complaints
        for k in model.complaints where k.date.raw <= asOf && k.customer >= 0 && k.customer < metrics.count {
            complaints[k.customer] += 1
            if !k.resolved { unresolved[k.customer] += 1 }
        }
        // A departure our company caused stays a grievance until the customer is back.
        for c in metrics.indices {
            let companyCaused = metrics[c].status == .churned && (churn[c]?.reasons.contains { companyReasons.contains($0) } ?? false)
            metrics[c].grievance = complaints[c] > 0 || companyCaused
        }
        let highCLV = topFifthCLV()
        let cutoff = smallGain()
        for c in metrics.indices where metrics[c].status == .lost || metrics[c].status == .churned {
            var facts = facts(c, highCLV: highCLV, leaverByReason: leaverByReason, complaints: complaints[c], unresolved: unresolved[c])
            facts.gainCutoff = cutoff
            let d = WinBackRule.decide(facts)
            metrics[c].priority = d.priority
            metrics[c].returnChance = d.chance
            metrics[c].offer = d.offer
            // Only a dossier shows the reasons: a sharded build keeps them for its own customers
            // (at 1,000,000 customers everyone's took about 250 MB). An exact-size copy: the
            // rule's array grew by doubling (room for eight where five are), and is kept to the
            // end of the build.
            if model.writesDossier(c) { metrics[c].priorityReasons = d.reasons.map { $0 } }
        }
    }

    /// The median yearly revenue of C customers with revenue: seed 002 says not to chase a
    /// customer whose share of profit is minimal, and ABC's C class is that share. A win-back
    /// expected to bring back no more than such a customer brings in a year is not worth it.
    /// 0 when there are no C customers.
    func smallGain() -> Double {
        // Lazily: a filtered array of whole metrics was half the customers' metrics again
        // (80 MB at 1,000,000 customers) for one number each.
        var yearly = Array(metrics.lazy.filter { $0.abc == "C" && $0.revenue > 0 }.map(\.yearlyRevenue))
        return median(&yearly) ?? 0
    }

    /// What the win-back rule looks at for one lost or churned customer.
    private func facts(_ c: Int, highCLV: Double?, leaverByReason: [String: LeaverKind],
                       complaints: Int, unresolved: Int) -> WinBackFacts {
        let m = metrics[c]
        var facts = WinBackFacts(tier: .low, tierReason: PriorityReason("priority.reason.low_value", .money(m.yearlyRevenue)))
        if m.abc == "A" { facts = WinBackFacts(tier: .high, tierReason: PriorityReason("priority.reason.high_value", .money(m.yearlyRevenue))) }
        else if let clv = m.simpleCLV, let highCLV, clv >= highCLV, clv > 0 {
            facts = WinBackFacts(tier: .high, tierReason: PriorityReason("priority.reason.high_clv", .money(clv)))
        } else if m.abc == "B" { facts = WinBackFacts(tier: .medium, tierReason: PriorityReason("priority.reason.medium_value", .money(m.yearlyRevenue))) }
        facts.yearlyRevenue = m.yearlyRevenue
        facts.modelChance = m.modelReturnChance
        facts.horizonWeeks = config.returnHorizonWeeks
        facts.noProfit = (history.allMargins ? (m.margin ?? 0) : m.revenue) <= 0
        if let record = churn[c], m.status == .churned {
            facts.churned = true
            for reason in record.reasons { if let kind = leaverByReason[reason] { facts.leavers.insert(kind) } }
            facts.complaints = complaints
            facts.unresolvedComplaints = unresolved
            facts.referrals = model.customers[c].referrals
        }
        return facts
    }

    /// The lowest simple CLV of the top fifth among customers with purchases ("high CLV").
    func topFifthCLV() -> Double? {
        let clvs = metrics.compactMap(\.simpleCLV).sorted()
        return clvs.isEmpty ? nil : clvs[min(clvs.count - 1, (clvs.count * 4) / 5)]
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
