/// A section of the handbook (why, lost, reasons, win-back, trust): one template, with a flag
/// per section and the fields that section fills.
final class SectionPage: TemplateModel, @unchecked Sendable {
    var headline = Headline()
    var title = ""
    var section = ""
    var charts: [ChartRow] = []
    var guides: [PlaybookRow] = []
    var groups: [LostGroup] = []
    var reasons: [ReasonRow] = []
    var causes: [CauseRow] = []
    var wonBackCustomers: [WonBackRow] = []
    var check: TrustCheck?

    static let fields = TemplateFields<SectionPage>("section", [
        .object("headline", "The headline figures") { $0.headline },
        .text("title", "The section's title") { $0.title },
        .flag("is_why", "True on the why-retention section") { $0.section == "why" },
        .flag("is_lost", "True on who-we-lost") { $0.section == "lost" },
        .flag("is_reasons", "True on the reasons section") { $0.section == "reasons" },
        .flag("is_winback", "True on the win-back section") { $0.section == "winback" },
        .flag("is_trust", "True on the report card") { $0.section == "trust" },
        .list("charts", "The section's charts") { $0.charts },
        .list("guides", "Why: the guides") { $0.guides },
        .list("groups", "Lost: the priority groups") { $0.groups },
        .list("reasons", "Reasons: every reason") { $0.reasons },
        .list("causes", "Reasons: the three cause groups") { $0.causes },
        .list("won_back_customers", "Win-back: the customers won back") { $0.wonBackCustomers },
        .object("check", "Trust: the report card, when there is one") { $0.check },
    ])
}

struct LostGroup: TemplateModel {
    var label = "", count = ""
    var customers: [CustomerRow] = []
    var more = "", moreHref = ""
    static let fields = TemplateFields<LostGroup>("priority group", [
        .text("label", "The priority in words") { $0.label },
        .text("count", "Customers in it") { $0.count },
        .list("customers", "The first of them to win back") { $0.customers },
        .text("more", "How many more there are, in words; empty when none") { $0.more },
        .url("more_href", "Where the list goes on") { $0.moreHref },
    ])
}

struct WonBackRow: TemplateModel {
    var row = CustomerRow()
    var wonBackDate = "", revenueSince = ""
    static let fields = TemplateFields<WonBackRow>("won-back customer", [
        .text("won_back_date", "Date of the purchase that won them back") { $0.wonBackDate },
        .text("revenue_since", "Revenue since") { $0.revenueSince },
    ] + TemplateField.lifted(CustomerRow.self) { $0.row })
}

/// The report card: how the model's predictions compared with what customers did.
final class TrustCheck: TemplateModel, @unchecked Sendable {
    var headline = TrustHeadline()
    var lead = "", verdictText = "", correlation = "", byRepeatLead = "", decilesLead = "", ruleGood = "", ruleCare = ""
    var groups: [RepeatGroup] = []
    var deciles: [DecileRow] = []
    var repeatChart = ChartRow(), trackingChart = ChartRow()

    static let fields = TemplateFields<TrustCheck>("report card", [
        .text("lead", "What was checked, in one paragraph") { $0.lead },
        .text("verdict_text", "What the verdict means") { $0.verdictText },
        .text("correlation", "Correlation of predicted and actual purchases") { $0.correlation },
        .text("by_repeat_lead", "Lead of the table by repeat purchases") { $0.byRepeatLead },
        .list("groups", "Mean purchases, actual and predicted, by repeat purchases") { $0.groups },
        .text("deciles_lead", "Lead of the decile table") { $0.decilesLead },
        .list("deciles", "Predicted chance against bought share, by decile") { $0.deciles },
        .text("rule_good", "The rule for good") { $0.ruleGood },
        .text("rule_care", "The rule for care") { $0.ruleCare },
        .object("repeat_chart", "Chart of the groups") { $0.repeatChart },
        .object("tracking_chart", "Weekly purchases, actual and predicted") { $0.trackingChart },
    ] + TemplateField.lifted(TrustHeadline.self) { $0.headline })
}

struct RepeatGroup: TemplateModel {
    var repeatPurchases = "", customers = "", actual = "", predicted = ""
    static let fields = TemplateFields<RepeatGroup>("repeat group", [
        .text("repeat_purchases", "Repeat purchases in the calibration period (7+ pooled)") { $0.repeatPurchases },
        .text("customers", "Customers in the group") { $0.customers },
        .text("actual", "Mean purchases in the check period") { $0.actual },
        .text("predicted", "Mean the model predicted") { $0.predicted },
    ])
}

struct DecileRow: TemplateModel {
    var decile = "", customers = "", predicted = "", actual = ""
    static let fields = TemplateFields<DecileRow>("decile", [
        .text("decile", "Decile number, 1 to 10") { $0.decile },
        .text("customers", "Customers in it") { $0.customers },
        .text("predicted", "Mean predicted chance of buying") { $0.predicted },
        .text("actual", "Share who bought") { $0.actual },
    ])
}
