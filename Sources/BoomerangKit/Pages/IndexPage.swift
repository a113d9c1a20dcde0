/// The front page: headline figures, the report card's verdict, charts, whom to win back first,
/// top reasons, managers and guides.
final class IndexPage: TemplateModel, @unchecked Sendable {
    var headline = Headline()
    var noData = false
    var charts: [ChartRow] = []
    var winBack: [CustomerRow] = []
    var trust = TrustHeadline()
    var reasons: [ReasonRow] = []
    var managers: [ManagerRow] = []
    var guides: [PlaybookRow] = []

    static let fields = TemplateFields<IndexPage>("front page", [
        .object("headline", "The headline figures") { $0.headline },
        .flag("no_data", "True when there are no customers or no orders yet") { $0.noData },
        .list("charts", "Customers by status, churn rate") { $0.charts },
        .list("win_back", "The ten customers to win back first") { $0.winBack },
        .object("trust", "The report card's verdict") { $0.trust },
        .list("reasons", "The five most common reasons for leaving") { $0.reasons },
        .list("managers", "Every manager's figures") { $0.managers },
        .list("guides", "Playbooks other than reasons") { $0.guides },
    ])
}

/// The handbook's headline figures (front page and sections).
final class Headline: TemplateModel, @unchecked Sendable {
    var customers = "", active = "", atRisk = "", lost = "", churned = "", lostInPeriod = "", moneyLost = ""
    var churnRateYear = "", churnRateMonth = "", lostInPeriodNote = "", wonBack = "", wonBackRate = "", wonBackRevenue = ""
    var averageCLV = "", averageSimpleCLV = "", modelCLVLabel = "", averageOrder = "", revenue = ""

    static let fields = TemplateFields<Headline>("headline", [
        .text("customers", "Number of customers") { $0.customers },
        .text("active", "Active customers") { $0.active },
        .text("at_risk", "Customers at risk") { $0.atRisk },
        .text("lost", "Lost customers (past their own rhythm)") { $0.lost },
        .text("churned", "Customers recorded as gone (churn.csv)") { $0.churned },
        .text("lost_in_period", "Customers lost in the period") { $0.lostInPeriod },
        .text("money_lost", "Yearly revenue of the lost customers") { $0.moneyLost },
        .text("churn_rate_year", "Churn over the last 12 months") { $0.churnRateYear },
        .text("churn_rate_month", "The same per month, in words") { $0.churnRateMonth },
        .text("lost_in_period_note", "The period lost_in_period counts, in words") { $0.lostInPeriodNote },
        .text("won_back", "Customers won back") { $0.wonBack },
        .text("won_back_rate", "Share of lost customers won back") { $0.wonBackRate },
        .text("won_back_revenue", "Revenue since they came back") { $0.wonBackRevenue },
        .text("average_clv", "Average model lifetime value") { $0.averageCLV },
        .text("average_simple_clv", "Average simple lifetime value") { $0.averageSimpleCLV },
        .text("model_clv_label", "Label of the model lifetime value, naming its horizon") { $0.modelCLVLabel },
        .text("average_order", "Average order value") { $0.averageOrder },
        .text("revenue", "Revenue over all time") { $0.revenue },
    ])
}

/// The report card's verdict and total purchases, made and predicted.
final class TrustHeadline: TemplateModel, @unchecked Sendable {
    var verdict = "", verdictLabel = "", weeks = "", actual = "", predicted = "", error = "", figures = ""

    static let fields = TemplateFields<TrustHeadline>("trust headline", [
        .text("verdict", "good, care, poor or none (for CSS classes)") { $0.verdict },
        .text("verdict_label", "The verdict in words") { $0.verdictLabel },
        .text("weeks", "Length of the check period in weeks") { $0.weeks },
        .text("actual", "Purchases made in the check period") { $0.actual },
        .text("predicted", "Purchases the model predicted for it") { $0.predicted },
        .text("error", "Relative error of the prediction, e.g. +4 %") { $0.error },
        .text("figures", "Predicted and actual purchases in one sentence") { $0.figures },
    ])
}

struct ReasonRow: TemplateModel {
    var id = "", title = "", href = "", cause = "", customers = "", lostRevenue = ""
    static let fields = TemplateFields<ReasonRow>("reason", [
        .text("id", "Reason id") { $0.id },
        .text("title", "The reason's playbook title (the id without a playbook)") { $0.title },
        .url("href", "Link to the playbook; empty without one") { $0.href },
        .text("cause", "Whose side the reason is on, in words") { $0.cause },
        .text("customers", "Customers who left for it") { $0.customers },
        .text("lost_revenue", "Their yearly revenue") { $0.lostRevenue },
    ])
}

struct CauseRow: TemplateModel {
    var title = "", customers = "", lostRevenue = ""
    static let fields = TemplateFields<CauseRow>("cause", [
        .text("title", "The cause group in words") { $0.title },
        .text("customers", "Customers who left for its reasons") { $0.customers },
        .text("lost_revenue", "Their yearly revenue") { $0.lostRevenue },
    ])
}

struct ManagerRow: TemplateModel {
    var name = "", href = "", email = "", customers = "", lost = "", lostInPeriod = "", lostShare = "", lostRevenue = ""
    static let fields = TemplateFields<ManagerRow>("manager row", [
        .text("name", "The manager's name") { $0.name },
        .url("href", "Link to the manager's page") { $0.href },
        .text("email", "The manager's email") { $0.email },
        .text("customers", "Customers they manage") { $0.customers },
        .text("lost", "Of those, lost") { $0.lost },
        .text("lost_in_period", "Lost in the period") { $0.lostInPeriod },
        .text("lost_share", "Share lost") { $0.lostShare },
        .text("lost_revenue", "Yearly revenue of their lost customers") { $0.lostRevenue },
    ])
}

struct PlaybookRow: TemplateModel {
    var id = "", title = "", summary = "", kind = "", kindLabel = "", href = "", lang = "", dir = "", cause = ""
    static let fields = TemplateFields<PlaybookRow>("playbook row", [
        .text("id", "The playbook's id") { $0.id },
        .text("title", "Its title") { $0.title },
        .text("summary", "Its summary (front matter)") { $0.summary },
        .text("kind", "reason, gifts, offers, contact-plan, guide ...") { $0.kind },
        .text("kind_label", "The kind in words") { $0.kindLabel },
        .url("href", "Link to the playbook") { $0.href },
        .text("lang", "The playbook's language") { $0.lang },
        .text("dir", "Its direction") { $0.dir },
        .text("cause", "For a reason: whose side it is on, in words") { $0.cause },
    ])
}
