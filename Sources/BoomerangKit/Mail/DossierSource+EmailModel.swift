import BoomerangCharts

/// The page model of the dossier email (EmailDossier): the dossier page model plus what a mail
/// client needs (table alignment, direction of data written in another script, charts by
/// Content-ID, a shortened order history, the subject and the preheader).
extension DossierSource {
    /// A chart as the email shows it: `cid:` reference, size and alt text.
    struct EmailChart {
        var chart: SVGChart
        var contentID: String
        var fileName: String
    }

    func emailViewModel(_ c: Int, subject: String, step: PlanStep?, manager: Manager?, charts: [EmailChart],
                        pdfAttached: Bool, maxOrders: Int) -> EmailDossier {
        let s = site.strings
        let dir = site.dir
        let d = site.dossier(c, root: "")
        let cu = site.model.customers[c]
        func attrs(_ text: String) -> String { TextDirection.attributes(text, within: dir) }
        let e = EmailDossier()
        e.dossier = d
        e.lang = site.lang
        e.dir = dir
        e.start = dir == "rtl" ? "right" : "left"
        e.end = dir == "rtl" ? "left" : "right"
        e.subject = subject
        e.asOf = site.format.date(site.model.asOf)
        e.statusColor = Self.statusColor(site.analysis.customers[c].status)
        e.nameAttrs = attrs(cu.name)
        e.contactAttrs = attrs(cu.contactName)
        e.cityAttrs = attrs(cu.city)
        e.managerAttrs = attrs(cu.manager)
        e.segmentAttrs = attrs(cu.segment)
        if let step {
            let row = site.stepRow(step)
            e.nextStep = s("email_next_step", row.due, row.channel, row.action)
        }
        e.preheader = [d.statusSentence, e.nextStep].filter { !$0.isEmpty }.joined(separator: " ")
        if let manager { e.forManager = s("email_for_manager", manager.name); e.forManagerAttrs = attrs(manager.name) }
        e.footer = s("email_footer", site.format.date(site.model.asOf))
        e.pdfAttached = pdfAttached
        fillDirections(e, d, attrs)
        // Pictures.
        e.charts = charts.map { x in
            EmailChartRow(cid: x.contentID, width: String(x.chart.width), height: String(x.chart.height), alt: x.chart.summary, title: x.chart.title)
        }
        // Details: the newest orders only, so the message stays far below Gmail's 102 KB clipping.
        // They are the page's recent rows (as many as the email shows): the older ones are never
        // formatted.
        let total = d.orders?.inputs.ids.count ?? 0
        e.orders = Array((d.recentOrders?.rows ?? []).prefix(maxOrders))
        if total > maxOrders {
            e.ordersMore = s("email_orders_more", site.format.integer(maxOrders), site.format.integer(total), "customers/\(stem(c)).html")
        }
        return e
    }

    /// Data text in its own direction (a Persian note in an English message), and playbooks in
    /// another language with their borders and alignment on their own side.
    private func fillDirections(_ e: EmailDossier, _ d: DossierPage, _ attrs: (String) -> String) {
        // The same separator as the dossier page ("؛ " in Persian).
        let separator = site.strings.lookup("list_separator") ?? "; "
        e.churnEvents = d.churnEvents.map { event in
            EmailChurnEvent(event: event, noteAttrs: attrs(event.note), competitorAttrs: attrs(event.competitor),
                            reasonTitles: event.reasons.map(\.title).filter { !$0.isEmpty }.joined(separator: separator))
        }
        e.complaints = d.complaints.map { k in
            EmailComplaint(complaint: k, topicAttrs: attrs(k.topic), resolvedColor: k.resolved ? "#1a7f37" : "#b42318")
        }
        e.contacts = d.contacts.map { EmailContact(contact: $0, noteAttrs: attrs($0.note)) }
        e.recentContacts = Array(e.contacts.prefix(3))
        e.reasonPlans = d.reasonPlans.map { EmailReasonPlan(plan: $0, start: $0.dir == "rtl" ? "right" : "left") }
    }

    /// Banner colours by status (text on white, WCAG AA contrast).
    static func statusColor(_ status: RhythmStatus) -> String {
        switch status {
        case .active: return "#1a7f37"
        case .atRisk: return "#9a6700"
        case .lost, .churned: return "#b42318"
        case .noOrders: return "#57606a"
        }
    }

    /// "Dossier: <company>, visit by <date>" in the handbook's language.
    func emailSubject(_ c: Int, step: PlanStep?) -> String {
        let name = site.model.customers[c].name
        guard let step else { return site.strings("email_subject", name) }
        let key: String
        switch step.channel {
        case "visit": key = "email_subject_visit"
        case "call": key = "email_subject_call"
        default: key = "email_subject_contact"
        }
        return site.strings(key, name, site.format.date(step.due))
    }
}
