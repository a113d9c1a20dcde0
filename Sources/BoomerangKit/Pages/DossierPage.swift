import BoomerangCharts
import BoomerangModel

/// The dossier a manager reads before a visit: the customer row's fields, then who, status,
/// value, what happened, what to do, the pictures and the details. The HTML page, the Markdown
/// copy and the email (EmailDossier) render it.
final class DossierPage: TemplateModel, @unchecked Sendable {
    var row = CustomerRow()
    var contactName = "", contactRole = "", channel = "", segment = "", since = "", email = "", referrals = ""
    var extra: [ExtraField] = []
    var statusSentence = "", purchases = "", ordersCount = "", ordersCountText = "", daysSinceText = ""
    var medianIntervalText = "", firstPurchase = "", medianInterval = "", expectedNext = "", lostThreshold = ""
    var expectedPurchases52w = "", rfm = "", wonBackDate = "", revenueSinceWonBack = ""
    var clvNote = "", rhythmNote = "", returnChanceLabel = "", pAliveNote = ""
    var isLost = false, intervalFromPopulation = false, wonBack = false, hasMargin = false
    var priorityReasons: [TextItem] = []
    var churnEvents: [ChurnEventRow] = []
    var complaints: [ComplaintRow] = []
    var contacts: [ContactRow] = []
    var plan: [PlanStepRow] = []
    var offer: OfferBox?
    var reasonPlans: [ReasonPlan] = []
    var gift: GiftBox?
    var moments: [MomentRow] = []
    /// Nil only in a model made by hand (tests); the site's dossiers always have both.
    var charts: DeferredRows<DossierChartInputs, ChartRow>?
    var orders: DeferredRows<OrderListInputs, OrderRow>?
    var recentOrders: DeferredRows<OrderListInputs, OrderRow>?
    var earlierOrders: EarlierOrders?
    /// Its fingerprint, made on first use: the .html page and the .md copy both ask for it.
    private var fingerprint: Fingerprint?

    func addFingerprint(to f: inout Fingerprint) {
        if fingerprint == nil {
            var own = Fingerprint()
            addFields(to: &own)
            fingerprint = own
        }
        f.add(fingerprint!)
    }

    static let fields = TemplateFields<DossierPage>("dossier", [
        .text("contact_name", "The contact person at the customer") { $0.contactName },
        .text("contact_role", "The contact's role, e.g. director") { $0.contactRole },
        .text("channel", "How the customer prefers to be reached, in words") { $0.channel },
        .text("segment", "The customer's segment, as in the data") { $0.segment },
        .text("since", "Customer since (date)") { $0.since },
        .text("email", "The customer's email address") { $0.email },
        .text("referrals", "Customers this one brought; empty when none") { $0.referrals },
        .list("extra", "Further columns of customers.csv, as name and value") { $0.extra },
        .text("status_sentence", "The status in one sentence, e.g. lost 5 months; usually orders every 30 days") { $0.statusSentence },
        .flag("is_lost", "True when lost or churned") { $0.isLost },
        .text("purchases", "Number of purchase days") { $0.purchases },
        .text("orders_count", "Number of orders") { $0.ordersCount },
        .text("orders_count_text", "Number of orders in words, e.g. 12 orders") { $0.ordersCountText },
        .text("days_since_text", "Days since the last purchase in words") { $0.daysSinceText },
        .text("median_interval_text", "The usual interval between purchases in words") { $0.medianIntervalText },
        .text("first_purchase", "Date of the first purchase") { $0.firstPurchase },
        .text("median_interval", "The usual interval between purchases, in days") { $0.medianInterval },
        .flag("interval_from_population", "True when the interval is the population's (too few purchases of its own)") { $0.intervalFromPopulation },
        .text("expected_next", "Date the next purchase is expected") { $0.expectedNext },
        .text("lost_threshold", "Date after which the customer counts as lost") { $0.lostThreshold },
        .text("expected_purchases_52w", "Purchases the model expects in the next 52 weeks") { $0.expectedPurchases52w },
        .text("rfm", "RFM scores as R-F-M, e.g. 5-3-4") { $0.rfm },
        .flag("won_back", "True when the customer came back after being lost") { $0.wonBack },
        .text("won_back_date", "Date of the purchase that won the customer back") { $0.wonBackDate },
        .text("revenue_since_won_back", "Revenue since being won back") { $0.revenueSinceWonBack },
        .text("clv_note", "What the lifetime value rests on, in one sentence") { $0.clvNote },
        .text("rhythm_note", "A note on the rhythm when it is thin (few purchases)") { $0.rhythmNote },
        .text("return_chance_label", "Label of the return chance, naming its horizon") { $0.returnChanceLabel },
        .list("priority_reasons", "Why this priority, one sentence each") { $0.priorityReasons },
        .list("churn_events", "Departures, oldest first") { $0.churnEvents },
        .list("complaints", "Complaints, oldest first") { $0.complaints },
        .list("contacts", "Contacts, newest first") { $0.contacts },
        .list("plan", "The dated contact plan") { $0.plan },
        .object("offer", "The win-back offer, when there is one") { $0.offer },
        .list("reason_plans", "The playbook of each reason the customer left for, with its three levels") { $0.reasonPlans },
        .object("gift", "The apology gift, when something went wrong on the company's side") { $0.gift },
        .list("moments", "Dates to act by (expected purchase, lost threshold) for a customer not lost") { $0.moments },
        .deferred("charts", "The dossier's charts (timeline, revenue, chance still buying)") { $0.charts },
        .text("palive_note", "Stands for the chance-still-buying chart when that chance stayed under 5% all along; else empty") { $0.pAliveNote },
        .deferred("orders", "Every order, newest first") { $0.orders },
        .deferred("recent_orders", "The newest orders (at most 12), newest first") { $0.recentOrders },
        .object("earlier_orders", "The orders before the recent ones, summed in one row; absent when there are none") { $0.earlierOrders },
        .flag("has_margin", "True when any order has a margin") { $0.hasMargin },
    ] + TemplateField.lifted(CustomerRow.self) { $0.row })
}

struct TextItem: TemplateModel {
    var text: String
    static let fields = TemplateFields<TextItem>("text item", [.text("text", "The sentence") { $0.text }])
}

struct ExtraField: TemplateModel {
    var name: String, value: String
    static let fields = TemplateFields<ExtraField>("extra field", [
        .text("name", "Column name") { $0.name },
        .text("value", "The customer's value") { $0.value },
    ])
}

struct ChurnEventRow: TemplateModel {
    var date = "", competitor = "", note = ""
    var reasons: [ReasonLink] = []
    static let fields = TemplateFields<ChurnEventRow>("churn event", [
        .text("date", "Date the customer left") { $0.date },
        .text("competitor", "The competitor they went to") { $0.competitor },
        .text("note", "Note from the data") { $0.note },
        .list("reasons", "The reasons, linked to their playbooks") { $0.reasons },
    ])
}

struct ReasonLink: TemplateModel {
    var id = "", title = "", href = "", separator = ""
    static let fields = TemplateFields<ReasonLink>("reason link", [
        .text("id", "Reason id") { $0.id },
        .text("title", "The reason's playbook title") { $0.title },
        .url("href", "Link to the reason's playbook; empty without one") { $0.href },
        .text("separator", "Text after the reason (the list separator; empty after the last)") { $0.separator },
    ])
}

struct ComplaintRow: TemplateModel {
    var date = "", topic = "", resolved = false, resolvedLabel = ""
    static let fields = TemplateFields<ComplaintRow>("complaint", [
        .text("date", "Date of the complaint") { $0.date },
        .text("topic", "What it was about") { $0.topic },
        .flag("resolved", "True when resolved") { $0.resolved },
        .text("resolved_label", "Resolved or open, in words") { $0.resolvedLabel },
    ])
}

struct ContactRow: TemplateModel {
    var date = "", channel = "", manager = "", note = ""
    static let fields = TemplateFields<ContactRow>("contact", [
        .text("date", "Date of the contact") { $0.date },
        .text("channel", "Channel in words") { $0.channel },
        .text("manager", "Who made the contact") { $0.manager },
        .text("note", "Note from the data") { $0.note },
    ])
}

struct PlanStepRow: TemplateModel {
    var due = "", dueISO = "", channel = "", action = ""
    static let fields = TemplateFields<PlanStepRow>("plan step", [
        .text("due", "Date the step is due") { $0.due },
        .text("due_iso", "The same date as YYYY-MM-DD") { $0.dueISO },
        .text("channel", "Channel in words") { $0.channel },
        .text("action", "What to do") { $0.action },
    ])
}

struct OfferBox: TemplateModel {
    var title = "", acceptance = "", when = "", href = ""
    static let fields = TemplateFields<OfferBox>("offer", [
        .text("title", "The offer in words") { $0.title },
        .text("acceptance", "Share of customers who accept it, from the offers playbook") { $0.acceptance },
        .text("when", "Why this offer for this customer") { $0.when },
        .url("href", "Link to the offers playbook") { $0.href },
    ])
}

struct GiftBox: TemplateModel {
    var text = "", severity = "", role = "", href = ""
    static let fields = TemplateFields<GiftBox>("gift", [
        .text("text", "The gift, from the gifts playbook") { $0.text },
        .text("severity", "How bad it was, in words") { $0.severity },
        .text("role", "The contact's role the gift is chosen for") { $0.role },
        .url("href", "Link to the gifts playbook") { $0.href },
    ])
}

struct MomentRow: TemplateModel {
    var date = "", text = ""
    static let fields = TemplateFields<MomentRow>("moment", [
        .text("date", "The date") { $0.date },
        .text("text", "What happens then") { $0.text },
    ])
}

struct OrderRow: TemplateModel {
    var id = "", date = "", amount = "", margin = ""
    static let fields = TemplateFields<OrderRow>("order", [
        .text("id", "Order id") { $0.id },
        .text("date", "Order date, short (Oct 4, 2024)") { $0.date },
        .text("amount", "Amount, as money with cents") { $0.amount },
        .text("margin", "Margin, when the data has it") { $0.margin },
    ])
}

/// The orders before a dossier's recent ones, as one row of the order table.
struct EarlierOrders: TemplateModel {
    var period = "", count = "", amount = "", margin = ""
    static let fields = TemplateFields<EarlierOrders>("earlier orders", [
        .text("period", "From the first of them to the last, e.g. Jun 5, 2019 – Nov 3, 2022") { $0.period },
        .text("count", "How many, in words, e.g. Earlier: 26 orders") { $0.count },
        .text("amount", "Their amounts summed, as money with cents") { $0.amount },
        .text("margin", "Their margins summed; empty unless every one has a margin") { $0.margin },
    ])
}

/// A reason playbook's three levels (and how to confirm the reason), the same for every
/// customer who left for it: made once per playbook and link (SiteContext.reasonPlan).
final class ReasonPlan: TemplateModel, @unchecked Sendable {
    var id = "", title = "", href = "", lang = "", dir = "", cause = ""
    var foreign = false
    var diagnose = PlanLevel()
    var levels: [PlanLevel] = []
    static let fields = TemplateFields<ReasonPlan>("reason plan", [
        .text("id", "Reason id") { $0.id },
        .text("title", "The playbook's title") { $0.title },
        .url("href", "Link to the playbook") { $0.href },
        .text("lang", "The playbook's language") { $0.lang },
        .text("dir", "Its direction, ltr or rtl") { $0.dir },
        .flag("foreign", "True when the playbook's language is not the handbook's (its lang and dir then need stating)") { $0.foreign },
        .text("cause", "Whose side the reason is on, in words") { $0.cause },
        .object("diagnose", "The How to confirm section") { $0.diagnose },
        .list("levels", "Minimum, normal and maximum") { $0.levels },
    ])
}

struct PlanLevel: TemplateModel {
    var heading = "", html = "", markdown = ""
    static let fields = TemplateFields<PlanLevel>("plan level", [
        .text("heading", "The section's heading in the playbook") { $0.heading },
        .markup("html", "The section as HTML") { $0.html },
        .markup("markdown", "The section as Markdown (raw HTML escaped unless the handbook allows it)") { $0.markdown },
    ])
}

struct ChartRow: TemplateModel {
    var svg = "", title = "", summary = "", caption = ""

    /// A chart captioned with its summary, which then is its description (svgWithoutDescription).
    init(_ chart: SVGChart) { self.init(chart, caption: chart.summary, summaryOnPage: true) }

    /// `summaryOnPage`: the page states the summary beside the chart (its caption, or facts
    /// listed right above it), so the chart leaves out its `<desc>`.
    init(_ chart: SVGChart, caption: String, summaryOnPage: Bool) {
        svg = summaryOnPage ? chart.svgWithoutDescription : chart.svg
        title = chart.title; summary = chart.summary; self.caption = caption
    }

    init() {}

    static let fields = TemplateFields<ChartRow>("chart", [
        .markup("svg", "The chart as inline SVG, without a desc of its own when the page states its summary beside it (the caption, or a dossier's facts above the timeline)") { $0.svg },
        .text("title", "Its title") { $0.title },
        .text("summary", "What it shows, in one sentence (the SVG's desc, or its caption)") { $0.summary },
        .text("caption", "The visible caption: the summary, or empty where the page states the same figures beside the chart") { $0.caption },
    ])
}
