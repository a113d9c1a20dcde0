import BoomerangModel

/// The dossier a manager reads before a visit (issue 4): who, status, value, what happened,
/// what to do, the pictures and the details. Shared by the HTML page, the Markdown copy and email.
extension SiteContext {
    /// The dossier's charts as `{svg, title, summary}` rows (with `ViewFlags`' empty texts).
    func dossierChartRows(_ c: Int) -> [[String: Any]] {
        var charts = dossierCharts(c, width: 600).map(\.chart)
        if let p = pAliveChart(c, width: 600) { charts.append(p) }
        return charts.map { ["svg": text($0.svg), "title": text($0.title), "summary": text($0.summary)] as [String: Any] }
    }

    /// `charts: false` for the Markdown copy, which shows no pictures.
    ///
    /// The view model comes out as `ViewFlags.add` would leave it (`has_<list>` beside every
    /// list, `EmptyText` for every empty text in a dictionary; ViewModelTests holds it to that),
    /// so the HTML page, the Markdown copy and the fingerprint of the two share one view model
    /// and none of them has to copy it to add the flags.
    ///
    /// `orders: false` leaves out the order list (`orders`, `has_orders`, `has_margin`): the build's
    /// cache fingerprints the raw orders instead (see dossierFingerprint) and adds the list with
    /// `addOrders` only for a page it renders. Twenty formatted rows per customer were a quarter
    /// of the view model's cost.
    public func dossier(_ c: Int, root: String, charts withCharts: Bool = true, orders withOrders: Bool = true) -> [String: Any] {
        let cu = model.customers[c]
        let m = analysis.customers[c]
        var vm: [String: Any]
        if root == RowMemo.root, let row = listRows.preparedRow(c) {
            vm = row
            vm.reserveCapacity(112)
        } else {
            vm = customerRow(c, root: root, capacity: 112)
        }
        vm["contact_name"] = text(cu.contactName)
        vm["contact_role"] = text(cu.contactRole)
        vm["channel"] = cu.channel.isEmpty ? EmptyText() : text(channelLabel(cu.channel))
        vm["segment"] = text(cu.segment)
        vm["since"] = text(cu.since.map(format.date))
        vm["email"] = text(cu.email)
        vm["referrals"] = cu.referrals > 0 ? text(format.integer(cu.referrals)) : EmptyText()
        list(&vm, "extra", cu.extra.map { ["name": text($0.name), "value": text($0.value)] })
        vm["status_sentence"] = text(statusSentence(m))
        vm["is_lost"] = m.status == .lost || m.status == .churned
        vm["purchases"] = text(format.integer(m.purchases))
        vm["orders_count"] = text(format.integer(m.orderCount))
        vm["orders_count_text"] = text(strings.plural("count_orders", count: Double(m.orderCount), format.integer(m.orderCount)))
        vm["days_since_text"] = text(m.daysSinceLast.map { strings.plural("count_days_ago", count: Double($0), format.integer($0)) })
        vm["median_interval_text"] = text(m.medianIntervalDays.map { strings.plural("duration_days", count: $0.rounded(), format.number($0)) })
        vm["first_purchase"] = text(m.firstPurchase.map(format.date))
        vm["median_interval"] = text(m.medianIntervalDays.map { format.number($0) })
        vm["interval_from_population"] = m.intervalFromPopulation
        vm["expected_next"] = text(m.expectedNextPurchase.map(format.date))
        vm["lost_threshold"] = text(m.lostThreshold.map(format.date))
        vm["expected_purchases_52w"] = text(m.expectedPurchases52w.map { format.number($0, decimals: 1) })
        vm["rfm"] = [m.rScore, m.fScore, m.mScore].allSatisfy { $0 != nil } ? "\(m.rScore!)-\(m.fScore!)-\(m.mScore!)" : EmptyText()
        vm["won_back"] = m.wonBack
        vm["won_back_date"] = text(m.wonBackDate.map(format.date))
        vm["revenue_since_won_back"] = text(format.money(m.revenueSinceWonBack))
        vm["clv_note"] = text(clvNote(m))
        vm["rhythm_note"] = text(rhythmNote(m))
        vm["return_chance_label"] = text(strings("fig_return_chance", format.integer(model.config.returnHorizonWeeks)))
        list(&vm, "priority_reasons", m.priorityReasons.map { ["text": text(reasonText($0))] })

        // What happened.
        let churnEvents = churn(c)
        // Between two reasons ("؛ " in Persian); a strings file from before the key existed keeps "; ".
        let separator = strings.lookup("list_separator") ?? "; "
        list(&vm, "churn_events", churnEvents.map { e -> [String: Any] in
            var row: [String: Any] = ["date": text(format.date(e.date)), "competitor": text(e.competitor), "note": text(e.note)]
            list(&row, "reasons", e.reasons.enumerated().map { i, r -> [String: Any] in
                ["id": text(r), "title": text(reasonTitle(r)), "href": text(playbookLink(reason: r, root: root)),
                 "separator": text(i < e.reasons.count - 1 ? separator : "")]
            })
            return row
        })
        let complaintList = complaints(c)
        list(&vm, "complaints", complaintList.map { k -> [String: Any] in
            ["date": text(format.date(k.date)), "topic": text(k.topic), "resolved": k.resolved,
             "resolved_label": text(strings(k.resolved ? "complaint_resolved" : "complaint_open"))]
        })
        list(&vm, "contacts", contacts(c).reversed().map { k -> [String: Any] in
            ["date": text(format.date(k.date)), "channel": text(channelLabel(k.channel)), "manager": text(k.manager), "note": text(k.note)]
        })

        // What to do.
        list(&vm, "plan", plan(c).map { stepRow($0, flagged: true) })
        if let kind = m.offer {
            let row = tables.offer(kind)
            vm["offer"] = [
                "title": text(strings("offer_" + kind.rawValue)),
                "acceptance": text(row?.acceptance.map { format.percent($0, decimals: 0) }),
                "when": text(offerExplanation(kind, reasons: churnEvents.last?.reasons ?? [], playbookWhen: row?.when)),
                "href": text(tables.offersPlaybook.map { root + "playbooks/" + playbookStems[$0] + ".html" }),
            ] as [String: Any]
        }
        let reasonIDs = churnEvents.flatMap(\.reasons)
        var seen = Set<String>()
        list(&vm, "reason_plans", reasonIDs.filter { seen.insert($0).inserted }.compactMap { r -> [String: Any]? in
            guard let i = tables.reasons[r] else { return nil }
            return reasonPlan(model.playbooks[i], href: root + "playbooks/" + playbookStems[i] + ".html")
        })
        let companyCaused = reasonIDs.contains { r in tables.reasons[r].map { model.playbooks[$0].cause == .company } ?? false }
        // A gift only where something went wrong on our side (docs/playbooks.md).
        if m.grievance {
            let severity = ActionPlan.severity(complaints: complaintList, companyCaused: companyCaused, asOf: model.asOf)
            if let g = tables.gift(role: cu.contactRole, severity: severity) {
                vm["gift"] = ["text": text(g.gift), "severity": text(strings("severity_" + severity)), "role": text(cu.contactRole),
                              "href": text(tables.giftsPlaybook.map { root + "playbooks/" + playbookStems[$0] + ".html" })] as [String: Any]
            }
        }
        if !(m.status == .lost || m.status == .churned) {
            var moments: [[String: Any]] = []
            if let d = m.expectedNextPurchase { moments.append(["date": text(format.date(d)), "text": text(strings("moment_expected_next"))]) }
            if let d = m.lostThreshold { moments.append(["date": text(format.date(d)), "text": text(strings("moment_lost_threshold"))]) }
            list(&vm, "moments", moments)
        }

        // The pictures.
        if withCharts { list(&vm, "charts", dossierChartRows(c)) }

        // Details.
        if withOrders { addOrders(&vm, c) }
        return vm
    }

    /// The dossier's order list, newest first, with its flags (see `dossier`).
    public func addOrders(_ vm: inout [String: Any], _ c: Int) {
        let orderList = orders(c)
        var orderRows: [[String: Any]] = []
        orderRows.reserveCapacity(orderList.count)
        var hasMargin = false
        for o in orderList.reversed() {
            var row = [String: Any](minimumCapacity: 4)
            row["id"] = text(o.orderID)
            row["date"] = text(format.date(o.date))
            row["amount"] = text(format.money(o.amount, decimals: 2))
            if let margin = o.margin { row["margin"] = text(format.money(margin, decimals: 2)); hasMargin = true } else { row["margin"] = EmptyText() }
            orderRows.append(row)
        }
        list(&vm, "orders", orderRows)
        vm["has_margin"] = hasMargin
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
            return ["heading": text(heading), "html": text(section?.html),
                    "markdown": text(model.config.allowRawHTML ? markdown : MarkdownEscaping.neutralizeRawHTML(markdown))]
        }
        var plan: [String: Any] = [
            "id": text(p.id), "title": text(p.title), "href": text(href),
            "lang": text(p.language ?? lang), "dir": text(SiteContext.direction(p.language ?? lang)),
            "cause": text(p.cause.map { strings("cause_" + $0.rawValue) }),
            "diagnose": level("diagnose", "How to confirm"),
        ]
        list(&plan, "levels", [level("minimum", "Minimum"), level("normal", "Normal"), level("maximum", "Maximum")])
        return plan
    }

    /// A text as `ViewFlags` leaves it in a dictionary: an empty (or missing) one is `EmptyText`.
    @inline(__always)
    func text(_ s: String?) -> Any {
        guard let s, !s.isEmpty else { return EmptyText() }
        return s
    }

    /// A list and its `has_<key>` flag, as `ViewFlags` sets them.
    @inline(__always)
    func list(_ vm: inout [String: Any], _ key: String, _ rows: [[String: Any]]) {
        vm[key] = rows
        vm["has_" + key] = !rows.isEmpty
    }
}
