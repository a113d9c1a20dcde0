import BoomerangModel

/// The sentences behind a win-back priority and its offer, in the handbook's language.
extension SiteContext {
    /// A priority fact with its figures formatted for the locale.
    func reasonText(_ r: PriorityReason) -> String {
        let args = r.figures.map { f -> String in
            switch f {
            // Small figures keep their decimals: a 0.4 % chance is not "0 %", nor a gain of 0.48 "0".
            case .percent(let v): return format.percent(v, decimals: v < 0.1 ? 1 : 0)
            case .money(let v): return format.money(v, decimals: abs(v) < 100 ? 2 : 0)
            case .factor(let v): return "×" + format.number(v, decimals: 1)
            case .count(let n): return format.integer(n)
            }
        }
        return strings(r.key, arguments: args)
    }

    /// Why this offer, in terms of the reasons recorded for the latest departure: the offers
    /// playbook's `when` sentence where it names those reasons (price or service), else a
    /// sentence that says no reason is recorded, or that the customer's own situation is.
    func offerExplanation(_ kind: OfferKind, reasons: [String], playbookWhen: String?) -> String? {
        let causes = Set(reasons.compactMap { tables.reasons[$0].flatMap { model.playbooks[$0].cause } })
        if causes.isEmpty { return strings("offer_why_no_reason") }
        if causes == [.customer] { return strings("offer_why_situation") }
        return playbookWhen
    }
}
