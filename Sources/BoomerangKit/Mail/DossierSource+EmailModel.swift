import BoomerangCharts

/// The view model of the dossier email: the site's dossier view model plus what a mail
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
                        pdfAttached: Bool, maxOrders: Int) -> [String: Any] {
        let s = site.strings
        let dir = site.dir
        var vm = ViewFlags.add(site.dossier(c, root: "")) as! [String: Any]
        let cu = site.model.customers[c]
        let m = site.analysis.customers[c]
        func attrs(_ text: String) -> String { TextDirection.attributes(text, within: dir) }

        vm["lang"] = site.lang
        vm["dir"] = dir
        vm["start"] = dir == "rtl" ? "right" : "left"
        vm["end"] = dir == "rtl" ? "left" : "right"
        vm["subject"] = subject
        vm["t"] = s.values
        vm["as_of"] = site.format.date(site.model.asOf)
        vm["status_color"] = Self.statusColor(m.status)
        vm["name_attrs"] = attrs(cu.name)
        vm["contact_attrs"] = attrs(cu.contactName)
        vm["city_attrs"] = attrs(cu.city)
        vm["manager_attrs"] = attrs(cu.manager)
        vm["segment_attrs"] = attrs(cu.segment)
        if let step {
            let row = site.stepRow(step)
            vm["next_step"] = s("email_next_step", row["due"] as! String, row["channel"] as! String, row["action"] as! String)
        }
        vm["preheader"] = [vm["status_sentence"] as? String ?? "", vm["next_step"] as? String ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        if let manager { vm["for_manager"] = s("email_for_manager", manager.name); vm["for_manager_attrs"] = attrs(manager.name) }
        vm["footer"] = s("email_footer", site.format.date(site.model.asOf))
        vm["pdf_attached"] = pdfAttached

        // What happened: data text in its own direction.
        if let events = vm["churn_events"] as? [[String: Any]] {
            // The same separator as the dossier page ("؛ " in Persian).
            let separator = site.strings.lookup("list_separator") ?? "; "
            vm["churn_events"] = events.map { e -> [String: Any] in
                var e = e
                e["note_attrs"] = attrs(e["note"] as? String ?? "")
                e["competitor_attrs"] = attrs(e["competitor"] as? String ?? "")
                e["reason_titles"] = (e["reasons"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }.joined(separator: separator)
                return e
            }
        }
        if let complaints = vm["complaints"] as? [[String: Any]] {
            vm["complaints"] = complaints.map { k -> [String: Any] in
                var k = k
                k["topic_attrs"] = attrs(k["topic"] as? String ?? "")
                k["resolved_color"] = (k["resolved"] as? Bool ?? false) ? "#1a7f37" : "#b42318"
                return k
            }
        }
        let contacts = (vm["contacts"] as? [[String: Any]] ?? []).map { k -> [String: Any] in
            var k = k
            k["note_attrs"] = attrs(k["note"] as? String ?? "")
            return k
        }
        vm["contacts"] = contacts
        vm["recent_contacts"] = Array(contacts.prefix(3))
        vm["has_recent_contacts"] = !contacts.isEmpty

        // A playbook in another language runs in its own direction: its borders and alignment follow.
        if let plans = vm["reason_plans"] as? [[String: Any]] {
            vm["reason_plans"] = plans.map { p -> [String: Any] in
                var p = p
                let rtl = (p["dir"] as? String) == "rtl"
                p["start"] = rtl ? "right" : "left"
                return p
            }
        }

        // Pictures.
        vm["charts"] = charts.map { e -> [String: Any] in
            ["cid": e.contentID, "width": e.chart.width, "height": e.chart.height, "alt": e.chart.summary, "title": e.chart.title]
        }
        vm["has_charts"] = !charts.isEmpty

        // Details: the newest orders only, so the message stays far below Gmail's 102 KB clipping.
        let orders = vm["orders"] as? [[String: Any]] ?? []
        if orders.count > maxOrders {
            vm["orders"] = Array(orders.prefix(maxOrders))
            vm["orders_more"] = s("email_orders_more", site.format.integer(maxOrders), site.format.integer(orders.count),
                                  "customers/\(stem(c)).html")
        }
        return vm
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
