import BoomerangModel

/// One dated step of what to do about a customer.
public struct PlanStep: Sendable, Equatable {
    public enum Action: String, Sendable {
        case callFindReason = "plan_call_find_reason"
        case callApologise = "plan_call_apologise"
        case visitFindReason = "plan_visit_find_reason"
        case visitApologise = "plan_visit_apologise"
        case writeFindReason = "plan_write_find_reason"
        case writeApologise = "plan_write_apologise"
        case prepareOffer = "plan_prepare_offer"
        case prepareOfferAndGift = "plan_prepare_offer_gift"
        case presentOffer = "plan_present_offer"
        case presentOfferWithGift = "plan_present_offer_gift"
        case directorPresentsOffer = "plan_director_present_offer"
        case directorPresentsOfferWithGift = "plan_director_present_offer_gift"
        case checkPurchase = "plan_check_purchase"
        case regularContact = "plan_regular_contact"
        case riskContact = "plan_risk_contact"
        case welcomeBack = "plan_welcome_back"
    }
    public var due: Day
    /// visit | call | email | letter | messenger
    public var channel: String
    public var action: Action
}

/// Dated plans from the win-back and contact-plan playbooks (docs/playbooks.md).
///
/// Lost and churned customers worth winning back: find the real reason, prepare and present
/// the offer, then watch for the purchase that alone counts as won back, on the channel the
/// contact plan gives their value class. An apology and a gift only where something went
/// wrong on our side (`CustomerMetrics.grievance`). Others: the next regular contact.
public enum ActionPlan {
    public static func steps(customer: Customer, metrics m: CustomerMetrics, lastContact: Day?,
                             tables: PlaybookTables, asOf: Day) -> [PlanStep] {
        switch m.status {
        case .lost, .churned:
            guard let priority = m.priority, priority != .letGo else { return [] }
            return winBack(customer: customer, metrics: m, priority: priority, tables: tables, asOf: asOf)
        case .active, .atRisk:
            let channel = contactChannel(customer: customer, abc: m.abc, tables: tables)
            if m.status == .atRisk {
                return [PlanStep(due: asOf + 3, channel: channel, action: .riskContact)]
            }
            var due = (lastContact ?? m.lastPurchase ?? asOf) + (tables.cadence(abc: m.abc)?.everyDays ?? 90)
            if due < asOf { due = asOf + 7 }
            var steps = [PlanStep(due: due, channel: channel, action: .regularContact)]
            if m.wonBack, let back = m.wonBackDate, asOf - back < 180 {
                // A returned customer is fragile at first: an early check-in.
                steps.insert(PlanStep(due: min(due, asOf + 7), channel: channel, action: .welcomeBack), at: 0)
            }
            return steps
        case .noOrders:
            return []
        }
    }

    /// Find the reason, prepare and present the offer, check for the purchase. Higher priority,
    /// tighter deadlines; a director joins the visit to a customer we must win back first, and
    /// nobody travels to one we win back only if possible.
    static func winBack(customer: Customer, metrics m: CustomerMetrics, priority: WinBackPriority,
                        tables: PlaybookTables, asOf: Day) -> [PlanStep] {
        var channel = contactChannel(customer: customer, abc: m.abc, tables: tables)
        // seed 002: a call works only soon after leaving; later someone must travel to them,
        // which is worth it only for the customers we must win back.
        let gone = asOf - (m.churnDate ?? m.lostThreshold ?? asOf)
        if channel == "call", gone > tables.callWindowDays, priority <= .must { channel = "visit" }
        if m.abc == tables.visitValueClass { channel = "visit" }
        // In proportion: a customer won back only "if possible" is not worth a trip.
        if priority == .ifPossible, channel == "visit" { channel = "call" }
        let sorry = m.grievance
        let find: PlanStep.Action = switch channel {
        case "visit": sorry ? .visitApologise : .visitFindReason
        case "call": sorry ? .callApologise : .callFindReason
        default: sorry ? .writeApologise : .writeFindReason
        }
        let present: PlanStep.Action = channel == "visit" && priority == .first
            ? (sorry ? .directorPresentsOfferWithGift : .directorPresentsOffer)
            : (sorry ? .presentOfferWithGift : .presentOffer)
        let pace = priority == .first ? 1 : priority == .must ? 2 : 3
        let rhythm = Int((m.medianIntervalDays ?? 30).rounded())
        // Asking whether they ordered needs no trip: a call, or a message where we write anyway.
        let check = channel == "email" || channel == "messenger" ? channel : "call"
        return [
            PlanStep(due: asOf + 2 * pace, channel: channel, action: find),
            // Agreed inside the company, by email with the head of sales.
            PlanStep(due: asOf + 5 * pace, channel: "email", action: sorry ? .prepareOfferAndGift : .prepareOffer),
            PlanStep(due: asOf + 10 * pace, channel: channel, action: present),
            PlanStep(due: asOf + 10 * pace + max(14, rhythm), channel: check, action: .checkPurchase),
        ]
    }

    /// The contact plan's channel for the value class, or the customer's preferred one where the
    /// plan allows it; email becomes a letter when we have no address for the customer.
    static func contactChannel(customer: Customer, abc: String?, tables: PlaybookTables) -> String {
        let cadence = tables.cadence(abc: abc)
        var channel = cadence.map { known($0.channel) ?? $0.channel } ?? "call"
        if cadence?.prefer == true, let preferred = known(customer.channel) { channel = preferred }
        if channel == "email", customer.email.isEmpty { channel = "letter" }
        return channel
    }

    /// A channel from data (free text in customers.csv) as one of the plan's five, nil when unknown.
    static func known(_ text: String) -> String? {
        switch text.lowercased() {
        case "visit", "meeting": return "visit"
        case "call", "phone": return "call"
        case "email", "e-mail": return "email"
        case "letter", "post", "mail": return "letter"
        case "messenger", "whatsapp", "telegram", "viber", "sms", "chat": return "messenger"
        default: return nil
        }
    }

    /// Incident severity for the gift guidance: serious when a complaint is unresolved, or
    /// two or more came in the last 12 months, or a churn reason was caused by the company.
    public static func severity(complaints: ArraySlice<Complaint>, companyCaused: Bool, asOf: Day) -> String {
        let unresolved = complaints.contains { !$0.resolved }
        let recent = complaints.filter { asOf - $0.date <= 365 }.count
        return unresolved || recent >= 2 || companyCaused ? "serious" : "small"
    }
}
