import BoomerangModel

/// The tables the generator reads from playbook front matter (docs/playbooks.md).
public struct PlaybookTables: Sendable {
    public struct GiftRule: Sendable { public var role: String; public var severity: String; public var gift: String }
    public struct Offer: Sendable { public var id: String; public var acceptance: Double?; public var cost: String; public var roi: String; public var when: String }
    public struct Cadence: Sendable { public var abc: String; public var channel: String; public var everyDays: Int; public var prefer: Bool }

    public var gifts: [GiftRule] = []
    public var giftsPlaybook: Int?
    public var offers: [Offer] = []
    public var offersPlaybook: Int?
    public var cadence: [Cadence] = []
    public var contactPlanPlaybook: Int?
    public var winbackPlaybook: Int?
    /// A call works only this many days after leaving; later a manager visits.
    public var callWindowDays: Int = 90
    /// Customers of this ABC class get a visit at once.
    public var visitValueClass: String = "A"
    /// Reason id -> index into model.playbooks.
    public var reasons: [String: Int] = [:]

    public init(playbooks: [Playbook]) {
        for (i, p) in playbooks.enumerated() {
            switch p.kind {
            case .reason: reasons[p.id] = i
            case .gifts:
                giftsPlaybook = giftsPlaybook ?? i
                for row in p.meta["guidance"]?.list ?? [] {
                    gifts.append(GiftRule(role: row["role"]?.string ?? "*", severity: row["severity"]?.string ?? "small",
                                          gift: row["gift"]?.string ?? ""))
                }
            case .offers:
                offersPlaybook = offersPlaybook ?? i
                for row in p.meta["offers"]?.list ?? [] {
                    offers.append(Offer(id: row["id"]?.string ?? "", acceptance: row["acceptance"]?.string.flatMap(Double.init),
                                        cost: row["cost"]?.string ?? "", roi: row["roi"]?.string ?? "", when: row["when"]?.string ?? ""))
                }
            case .contactPlan:
                contactPlanPlaybook = contactPlanPlaybook ?? i
                for row in p.meta["cadence"]?.list ?? [] {
                    cadence.append(Cadence(abc: row["abc"]?.string ?? "*", channel: row["channel"]?.string ?? "call",
                                           everyDays: row["every_days"]?.string.flatMap(Int.init) ?? 90,
                                           prefer: ["true", "yes"].contains(row["prefer"]?.string?.lowercased() ?? "")))
                }
            case .winback:
                winbackPlaybook = winbackPlaybook ?? i
                if let d = p.meta["call_window_days"]?.string.flatMap(Int.init) { callWindowDays = d }
                if let v = p.meta["visit_value_class"]?.string { visitValueClass = v }
            case .guide: break
            }
        }
    }

    /// The gift guidance for a contact role and incident severity: exact role first, then `*`.
    public func gift(role: String, severity: String) -> GiftRule? {
        let r = role.lowercased()
        return gifts.first { $0.role.lowercased() == r && $0.severity == severity }
            ?? gifts.first { $0.role == "*" && $0.severity == severity }
            ?? gifts.first { $0.role.lowercased() == r }
    }

    public func offer(_ kind: OfferKind) -> Offer? { offers.first { $0.id == kind.rawValue } }

    /// Contact cadence for an ABC class (`*` rows match any).
    public func cadence(abc: String?) -> Cadence? {
        cadence.first { $0.abc == (abc ?? "C") } ?? cadence.first { $0.abc == "*" }
    }
}
