import BoomerangModel

/// The dossier a manager reads before a visit (issue 4): who, status, value, what happened,
/// what to do, the pictures and the details. Shared by the HTML page, the Markdown copy and email.
extension SiteContext {
    /// The dossier's charts as `{svg, title, summary}` rows.
    func dossierChartRows(_ c: Int) -> [[String: Any]] {
        var charts = dossierCharts(c, width: 600).map(\.chart)
        if let p = pAliveChart(c, width: 600) { charts.append(p) }
        return charts.map { ["svg": $0.svg, "title": $0.title, "summary": $0.summary] as [String: Any] }
    }

    /// `charts: false` for the Markdown copy, which shows no pictures.
    public func dossier(_ c: Int, root: String, charts withCharts: Bool = true) -> [String: Any] {
        let cu = model.customers[c]
        let m = analysis.customers[c]
        var vm = customerRow(c, root: root)
        vm["contact_name"] = cu.contactName
        vm["contact_role"] = cu.contactRole
        vm["channel"] = cu.channel.isEmpty ? "" : channelLabel(cu.channel)
        vm["segment"] = cu.segment
        vm["since"] = cu.since.map(format.date) ?? ""
        vm["email"] = cu.email
        vm["referrals"] = cu.referrals > 0 ? format.integer(cu.referrals) : ""
        vm["extra"] = cu.extra.map { ["name": $0.name, "value": $0.value] }
        vm["status_sentence"] = statusSentence(m)
        vm["is_lost"] = m.status == .lost || m.status == .churned
        vm["purchases"] = format.integer(m.purchases)
        vm["orders_count"] = format.integer(m.orderCount)
        vm["orders_count_text"] = strings.plural("count_orders", count: Double(m.orderCount), format.integer(m.orderCount))
        vm["days_since_text"] = m.daysSinceLast.map { strings.plural("count_days_ago", count: Double($0), format.integer($0)) } ?? ""
        vm["median_interval_text"] = m.medianIntervalDays.map { strings.plural("duration_days", count: $0.rounded(), format.number($0)) } ?? ""
        vm["first_purchase"] = m.firstPurchase.map(format.date) ?? ""
        vm["median_interval"] = m.medianIntervalDays.map { format.number($0) } ?? ""
        vm["interval_from_population"] = m.intervalFromPopulation
        vm["expected_next"] = m.expectedNextPurchase.map(format.date) ?? ""
        vm["lost_threshold"] = m.lostThreshold.map(format.date) ?? ""
        vm["expected_purchases_52w"] = m.expectedPurchases52w.map { format.number($0, decimals: 1) } ?? ""
        vm["rfm"] = [m.rScore, m.fScore, m.mScore].allSatisfy { $0 != nil } ? "\(m.rScore!)-\(m.fScore!)-\(m.mScore!)" : ""
        vm["won_back"] = m.wonBack
        vm["won_back_date"] = m.wonBackDate.map(format.date) ?? ""
        vm["revenue_since_won_back"] = format.money(m.revenueSinceWonBack)
        vm["likelihood"] = m.winBackLikelihood.map { format.percent($0, decimals: 0) } ?? ""
        vm["priority_reasons"] = m.priorityReasons.map { ["text": strings($0)] }

        // What happened.
        vm["churn_events"] = churn(c).map { e -> [String: Any] in
            [
                "date": format.date(e.date),
                "reasons": e.reasons.map { r -> [String: Any] in
                    ["id": r, "title": reasonTitle(r), "href": playbookLink(reason: r, root: root) ?? ""]
                },
                "competitor": e.competitor,
                "note": e.note,
            ]
        }
        vm["complaints"] = complaints(c).map { k -> [String: Any] in
            ["date": format.date(k.date), "topic": k.topic, "resolved": k.resolved,
             "resolved_label": strings(k.resolved ? "complaint_resolved" : "complaint_open")]
        }
        let contactList = contacts(c)
        vm["contacts"] = contactList.reversed().map { k -> [String: Any] in
            ["date": format.date(k.date), "channel": channelLabel(k.channel), "manager": k.manager, "note": k.note]
        }

        // What to do.
        vm["plan"] = plan(c).map(stepRow)
        if let kind = m.offer {
            let row = tables.offer(kind)
            vm["offer"] = [
                "title": strings("offer_" + kind.rawValue),
                "acceptance": row?.acceptance.map { format.percent($0, decimals: 0) } ?? "",
                "when": row?.when ?? "",
                "href": tables.offersPlaybook.map { root + "playbooks/" + playbookStems[$0] + ".html" } ?? "",
            ] as [String: Any]
        }
        let reasonIDs = churn(c).flatMap(\.reasons)
        var seen = Set<String>()
        vm["reason_plans"] = reasonIDs.filter { seen.insert($0).inserted }.compactMap { r -> [String: Any]? in
            guard let i = tables.reasons[r] else { return nil }
            return reasonPlan(model.playbooks[i], href: root + "playbooks/" + playbookStems[i] + ".html")
        }
        let companyCaused = reasonIDs.contains { r in tables.reasons[r].map { model.playbooks[$0].cause == .company } ?? false }
        if !complaints(c).isEmpty || m.status == .lost || m.status == .churned {
            let severity = ActionPlan.severity(complaints: complaints(c), companyCaused: companyCaused, asOf: model.asOf)
            if let g = tables.gift(role: cu.contactRole, severity: severity) {
                vm["gift"] = ["text": g.gift, "severity": strings("severity_" + severity), "role": cu.contactRole,
                              "href": tables.giftsPlaybook.map { root + "playbooks/" + playbookStems[$0] + ".html" } ?? ""] as [String: Any]
            }
        }
        if !(m.status == .lost || m.status == .churned) {
            var moments: [[String: Any]] = []
            if let d = m.expectedNextPurchase { moments.append(["date": format.date(d), "text": strings("moment_expected_next")]) }
            if let d = m.lostThreshold { moments.append(["date": format.date(d), "text": strings("moment_lost_threshold")]) }
            vm["moments"] = moments
        }

        // The pictures.
        if withCharts { vm["charts"] = dossierChartRows(c) }

        // Details.
        vm["orders"] = orders(c).reversed().map { o -> [String: Any] in
            ["id": o.orderID, "date": format.date(o.date), "amount": format.money(o.amount, decimals: 2),
             "margin": o.margin.map { format.money($0, decimals: 2) } ?? ""]
        }
        vm["has_margin"] = orders(c).contains { $0.margin != nil }
        return vm
    }

    /// A reason playbook's three levels, for the dossier.
    /// A reason playbook's three levels for a dossier: the same for every customer with that
    /// reason, so it is made once per playbook and link.
    func reasonPlan(_ p: Playbook, href: String) -> [String: Any] {
        reasonPlans.value(p.id + "\u{0}" + href) { makeReasonPlan(p, href: href) }
    }

    private func makeReasonPlan(_ p: Playbook, href: String) -> [String: Any] {
        let headings = p.meta["headings"]
        func level(_ key: String, _ fallback: String) -> [String: Any] {
            let heading = headings?[key]?.string ?? fallback
            let section = p.section(heading)
            let markdown = section?.markdown ?? ""
            return ["heading": heading, "html": section?.html ?? "",
                    "markdown": model.config.allowRawHTML ? markdown : MarkdownEscaping.neutralizeRawHTML(markdown)]
        }
        return [
            "id": p.id, "title": p.title, "href": href,
            "lang": p.language ?? lang, "dir": SiteContext.direction(p.language ?? lang),
            "cause": p.cause.map { strings("cause_" + $0.rawValue) } ?? "",
            "diagnose": level("diagnose", "How to confirm"),
            "levels": [level("minimum", "Minimum"), level("normal", "Normal"), level("maximum", "Maximum")],
        ]
    }
}
