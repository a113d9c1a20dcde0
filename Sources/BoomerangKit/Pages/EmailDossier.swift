/// The dossier email (HTML and plain-text parts): the dossier's fields plus what a mail client
/// needs: table alignment, the direction of data written in another script, charts by
/// Content-ID, a shortened order history, the subject and the preheader.
final class EmailDossier: TemplateModel, @unchecked Sendable {
    var dossier = DossierPage()
    var lang = "", dir = "", start = "", end = "", subject = "", asOf = "", statusColor = ""
    var nameAttrs = "", contactAttrs = "", cityAttrs = "", managerAttrs = "", segmentAttrs = ""
    var nextStep = "", preheader = "", forManager = "", forManagerAttrs = "", footer = ""
    var pdfAttached = false
    var churnEvents: [EmailChurnEvent] = []
    var complaints: [EmailComplaint] = []
    var contacts: [EmailContact] = []
    var recentContacts: [EmailContact] = []
    var reasonPlans: [EmailReasonPlan] = []
    var charts: [EmailChartRow] = []
    var orders: [OrderRow] = []
    var ordersMore = ""

    static let fields = TemplateFields<EmailDossier>("email", [
        .text("lang", "The message's language tag") { $0.lang },
        .text("dir", "Its direction, ltr or rtl") { $0.dir },
        .text("start", "left, or right in a right-to-left message (for alignment)") { $0.start },
        .text("end", "The other side") { $0.end },
        .text("subject", "The subject line") { $0.subject },
        .text("as_of", "The day the figures are for") { $0.asOf },
        .text("status_color", "The status's colour, e.g. #b42318") { $0.statusColor },
        .markup("name_attrs", "dir and lang attributes for the name when its script runs the other way") { $0.nameAttrs },
        .markup("contact_attrs", "The same for the contact's name") { $0.contactAttrs },
        .markup("city_attrs", "The same for the city") { $0.cityAttrs },
        .markup("manager_attrs", "The same for the manager's name") { $0.managerAttrs },
        .markup("segment_attrs", "The same for the segment") { $0.segmentAttrs },
        .text("next_step", "The next plan step in one sentence") { $0.nextStep },
        .text("preheader", "The line mail clients show after the subject") { $0.preheader },
        .text("for_manager", "Whom the message is for, in words") { $0.forManager },
        .markup("for_manager_attrs", "dir and lang attributes for that") { $0.forManagerAttrs },
        .text("footer", "The footer sentence") { $0.footer },
        .flag("pdf_attached", "True when the dossier is attached as PDF") { $0.pdfAttached },
        .list("churn_events", "Departures, with direction attributes") { $0.churnEvents },
        .list("complaints", "Complaints, with direction attributes and colours") { $0.complaints },
        .list("contacts", "Contacts, newest first") { $0.contacts },
        .list("recent_contacts", "The three newest contacts") { $0.recentContacts },
        .list("reason_plans", "The reasons' playbooks, with their alignment") { $0.reasonPlans },
        .list("charts", "The charts as inline images") { $0.charts },
        .list("orders", "The newest orders (at most email_order_limit)") { $0.orders },
        .text("orders_more", "How many orders are left out, with where to see them") { $0.ordersMore },
    ] + TemplateField.lifted(DossierPage.self) { $0.dossier })
}

struct EmailChurnEvent: TemplateModel {
    var event = ChurnEventRow()
    var noteAttrs = "", competitorAttrs = "", reasonTitles = ""
    static let fields = TemplateFields<EmailChurnEvent>("email churn event", [
        .markup("note_attrs", "dir and lang attributes for the note") { $0.noteAttrs },
        .markup("competitor_attrs", "The same for the competitor") { $0.competitorAttrs },
        .text("reason_titles", "The reasons' titles in one line") { $0.reasonTitles },
    ] + TemplateField.lifted(ChurnEventRow.self) { $0.event })
}

struct EmailComplaint: TemplateModel {
    var complaint = ComplaintRow()
    var topicAttrs = "", resolvedColor = ""
    static let fields = TemplateFields<EmailComplaint>("email complaint", [
        .markup("topic_attrs", "dir and lang attributes for the topic") { $0.topicAttrs },
        .text("resolved_color", "Green when resolved, red when open") { $0.resolvedColor },
    ] + TemplateField.lifted(ComplaintRow.self) { $0.complaint })
}

struct EmailContact: TemplateModel {
    var contact = ContactRow()
    var noteAttrs = ""
    static let fields = TemplateFields<EmailContact>("email contact", [
        .markup("note_attrs", "dir and lang attributes for the note") { $0.noteAttrs },
    ] + TemplateField.lifted(ContactRow.self) { $0.contact })
}

struct EmailReasonPlan: TemplateModel {
    var plan = ReasonPlan()
    var start = ""
    static let fields = TemplateFields<EmailReasonPlan>("email reason plan", [
        .text("start", "left, or right for a right-to-left playbook") { $0.start },
    ] + TemplateField.lifted(ReasonPlan.self) { $0.plan })
}

struct EmailChartRow: TemplateModel {
    var cid = "", width = "", height = "", alt = "", title = ""
    static let fields = TemplateFields<EmailChartRow>("email chart", [
        .text("cid", "The image's Content-ID") { $0.cid },
        .text("width", "Width in CSS pixels") { $0.width },
        .text("height", "Height in CSS pixels") { $0.height },
        .text("alt", "What the chart shows, in one sentence") { $0.alt },
        .text("title", "Its title") { $0.title },
    ])
}
