import BoomerangModel

/// The sentences behind a win-back priority and its offer, in the handbook's language.
extension SiteContext {
    /// A priority fact with its figures formatted for the locale.
    func reasonText(_ r: PriorityReason) -> String {
        let args = r.figures.map { f -> String in
            switch f {
            case .percent(let v): return chanceText(v)
            // Amounts as the page shows them, except small ones: a gain of 0.48 is not "0".
            case .money(let v): return format.money(v, decimals: abs(v) < 10 ? 2 : 0)
            case .factor(let v): return "×" + format.number(v, decimals: 1)
            case .count(let n): return format.integer(n)
            }
        }
        return strings(r.key, arguments: args)
    }

    /// A chance as every page shows it: whole percent, one decimal below 10 % (4.6 %, not 5 %),
    /// so the priority line, the figures and the reasons print the same text.
    func chanceText(_ v: Double) -> String { format.percent(v, decimals: v < 0.1 ? 1 : 0) }

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
