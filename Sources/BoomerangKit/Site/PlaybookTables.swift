import BoomerangModel

/// The tables the generator reads from playbook front matter (docs/playbooks.md).
public struct PlaybookTables: Sendable {
    public struct GiftRule: Sendable { public var role: String; public var severity: String; public var gift: String }
    public struct Offer: Sendable { public var id: String; public var acceptance: Double?; public var cost: String; public var roi: String; public var when: String }
    public struct Cadence: Sendable { public var abc: String; public var channel: String; public var everyDays: Int; public var prefer: Bool }

    public var gifts: [GiftRule] = []
    /// Normalized role name or synonym -> the normalized role name the guidance rows use (the
    /// gifts playbook's `roles:` map), so "Генеральный директор" finds the rows for `director`.
    var roleNames: [String: String] = [:]
    /// roleKey of every contact role the customers have, worked out once per distinct text:
    /// the normalization is about 40,000 instructions a text, and a handbook has a few roles
    /// and thousands of customers.
    var contactRoleKeys: [String: String] = [:]
    /// The language the roles are normalized in (only tr, az and lt lower-case differently).
    var roleLanguage = ""
    /// roleKey of each row of `gifts`, worked out once ("*" stays itself).
    var giftRoleKeys: [String] = []
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

    /// `contactRoles`: the customers' contact roles, normalized here once each (`gift(role:severity:)`).
    public init(playbooks: [Playbook], contactRoles: some Sequence<String> = [String]()) {
        for (i, p) in playbooks.enumerated() {
            switch p.kind {
            case .reason: reasons[p.id] = i
            case .gifts:
                giftsPlaybook = giftsPlaybook ?? i
                readRoles(p)
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
        giftRoleKeys = gifts.map { $0.role == "*" ? "*" : roleKey($0.role) }
        for role in contactRoles where contactRoleKeys[role] == nil { contactRoleKeys[role] = roleKey(role) }
    }

    /// The gifts playbook's `roles:` map: each role name with the other ways a contact's role
    /// may be written (docs/playbooks.md). Names and synonyms go through the search
    /// normalization, so case, ё/е, ZWNJ and Arabic/Persian letter forms do not matter.
    private mutating func readRoles(_ p: Playbook) {
        roleLanguage = p.language ?? ""
        guard case .map(let pairs)? = p.meta["roles"] else { return }
        for (name, synonyms) in pairs {
            let all = [name] + (synonyms.list?.compactMap(\.string) ?? synonyms.string.map { [$0] } ?? [])
            for word in all {
                let key = SearchText.reference(word, lang: roleLanguage)
                if !key.isEmpty && roleNames[key] == nil { roleNames[key] = SearchText.reference(name, lang: roleLanguage) }
            }
        }
    }

    /// The role name a contact role stands for: the normalized text itself, or the role whose
    /// synonym it is. SearchText.reference rather than normalize: one short text per customer
    /// does not pay for SearchNormalizer's table.
    func roleKey(_ role: String) -> String {
        let key = SearchText.reference(role, lang: roleLanguage)
        return roleNames[key] ?? key
    }

    /// The gift guidance for a contact role and incident severity: the role (or one of its
    /// synonyms) first, then `*`.
    public func gift(role: String, severity: String) -> GiftRule? {
        let r = contactRoleKeys[role] ?? roleKey(role)
        let rows = gifts.indices.filter { giftRoleKeys[$0] == r }.map { gifts[$0] }
        return rows.first { $0.severity == severity }
            ?? gifts.first { $0.role == "*" && $0.severity == severity }
            ?? rows.first
    }

    public func offer(_ kind: OfferKind) -> Offer? { offers.first { $0.id == kind.rawValue } }

    /// Contact cadence for an ABC class (`*` rows match any).
    public func cadence(abc: String?) -> Cadence? {
        cadence.first { $0.abc == (abc ?? "C") } ?? cadence.first { $0.abc == "*" }
    }
}
