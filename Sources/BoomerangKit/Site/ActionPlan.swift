import BoomerangModel

/// One dated step of what to do about a customer.
public struct PlanStep: Sendable, Equatable {
    public enum Action: String, Sendable {
        case callFindReason = "plan_call_find_reason"
        case visitFindReason = "plan_visit_find_reason"
        case prepareOffer = "plan_prepare_offer"
        case presentOffer = "plan_present_offer"
        case checkPurchase = "plan_check_purchase"
        case regularContact = "plan_regular_contact"
        case riskContact = "plan_risk_contact"
        case welcomeBack = "plan_welcome_back"
    }
    public var due: Day
    /// call | visit | email | messenger
    public var channel: String
    public var action: Action
}

/// Dated plans from the win-back and contact-plan playbooks (docs/playbooks.md).
///
/// Lost and churned customers worth winning back: find the real reason (a call soon after
/// leaving, a visit when long gone or high value), prepare and present the offer, then
/// watch for the purchase that alone counts as won back. Others: the next regular contact.
public enum ActionPlan {
    public static func steps(customer: Customer, metrics m: CustomerMetrics, lastContact: Day?,
                             tables: PlaybookTables, asOf: Day) -> [PlanStep] {
        switch m.status {
        case .lost, .churned:
            guard let priority = m.priority, priority != .letGo else { return [] }
            let left = m.churnDate ?? m.lostThreshold ?? asOf
            let gone = asOf - left
            let visit = gone > tables.callWindowDays || m.abc == tables.visitValueClass
            // Higher priority, tighter deadlines.
            let pace = priority == .first ? 1 : priority == .must ? 2 : 3
            var steps = [PlanStep(due: asOf + 2 * pace, channel: visit ? "visit" : "call",
                                  action: visit ? .visitFindReason : .callFindReason)]
            steps.append(PlanStep(due: asOf + 5 * pace, channel: "email", action: .prepareOffer))
            steps.append(PlanStep(due: asOf + 10 * pace, channel: visit ? "visit" : (customer.channel.isEmpty ? "call" : customer.channel),
                                  action: .presentOffer))
            let rhythm = Int((m.medianIntervalDays ?? 30).rounded())
            steps.append(PlanStep(due: asOf + 10 * pace + max(14, rhythm), channel: "call", action: .checkPurchase))
            return steps
        case .active, .atRisk:
            let cadence = tables.cadence(abc: m.abc)
            let every = cadence?.everyDays ?? 90
            var channel = cadence?.channel ?? "call"
            if cadence?.prefer == true, !customer.channel.isEmpty { channel = customer.channel }
            if m.status == .atRisk {
                return [PlanStep(due: asOf + 3, channel: channel, action: .riskContact)]
            }
            var due = (lastContact ?? m.lastPurchase ?? asOf) + every
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

    /// Incident severity for the gift guidance: serious when a complaint is unresolved, or
    /// two or more came in the last 12 months, or a churn reason was caused by the company.
    public static func severity(complaints: ArraySlice<Complaint>, companyCaused: Bool, asOf: Day) -> String {
        let unresolved = complaints.contains { !$0.resolved }
        let recent = complaints.filter { asOf - $0.date <= 365 }.count
        return unresolved || recent >= 2 || companyCaused ? "serious" : "small"
    }
}
