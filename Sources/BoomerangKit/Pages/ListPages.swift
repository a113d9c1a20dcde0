/// A page of the customer list in one order.
final class CustomerListPage: TemplateModel, @unchecked Sendable {
    var views: [ViewLink] = []
    var viewLabel = ""
    var customers: [CustomerRow] = []
    var count = ""
    var pages: [PageLink] = []
    var previousHref = "", nextHref = "", range = ""

    static let fields = TemplateFields<CustomerListPage>("customer list", [
        .list("views", "The list's orders, as links") { $0.views },
        .text("view_label", "This order in words") { $0.viewLabel },
        .list("customers", "The customers on this page") { $0.customers },
        .text("count", "Number of customers in all") { $0.count },
        .list("pages", "Links to nearby pages (when the list has more than one)") { $0.pages },
        .url("previous_href", "The previous page; empty on the first") { $0.previousHref },
        .url("next_href", "The next page; empty on the last") { $0.nextHref },
        .text("range", "Which customers this page shows, e.g. 101–200") { $0.range },
    ])
}

struct ViewLink: TemplateModel {
    var href = "", label = "", current = false
    static let fields = TemplateFields<ViewLink>("view link", [
        .url("href", "Link to the list in this order") { $0.href },
        .text("label", "The order in words") { $0.label },
        .flag("current", "True for this page's order") { $0.current },
    ])
}

struct PageLink: TemplateModel {
    var href = "", label = "", current = false, gap = false
    static let fields = TemplateFields<PageLink>("page link", [
        .url("href", "Link to the page") { $0.href },
        .text("label", "The page's number") { $0.label },
        .flag("current", "True for this page") { $0.current },
        .flag("gap", "True for a gap between numbers (…)") { $0.gap },
    ])
}

final class ManagersPage: TemplateModel, @unchecked Sendable {
    var managers: [ManagerRow] = []
    static let fields = TemplateFields<ManagersPage>("managers", [
        .list("managers", "Every manager's figures") { $0.managers },
    ])
}

final class ManagerPage: TemplateModel, @unchecked Sendable {
    var name = "", email = "", phone = "", region = ""
    var customers: [CustomerRow] = []
    var count = "", lost = "", lostShare = "", lostRevenue = ""
    var due: [DueRow] = []

    static let fields = TemplateFields<ManagerPage>("manager", [
        .text("name", "The manager's name") { $0.name },
        .text("email", "Email (managers.csv)") { $0.email },
        .text("phone", "Phone") { $0.phone },
        .text("region", "Region") { $0.region },
        .list("customers", "Their customers, first to win back first") { $0.customers },
        .text("count", "Number of their customers") { $0.count },
        .text("lost", "Of those, lost") { $0.lost },
        .text("lost_share", "Share lost") { $0.lostShare },
        .text("lost_revenue", "Yearly revenue of their lost customers") { $0.lostRevenue },
        .list("due", "Plan steps due within mail_within_days, soonest first") { $0.due },
    ])
}

struct DueRow: TemplateModel {
    var step = PlanStepRow()
    var customer = "", href = ""
    static let fields = TemplateFields<DueRow>("due step", [
        .text("customer", "The customer's name") { $0.customer },
        .url("href", "Link to the customer's dossier") { $0.href },
    ] + TemplateField.lifted(PlanStepRow.self) { $0.step })
}
