import BoomerangModel

/// The dossier's page model (DossierPage): shared by the HTML page, the Markdown copy and email.
extension SiteContext {
    func dossier(_ c: Int, root: String) -> DossierPage {
        let cu = model.customers[c]
        let m = analysis.customers[c]
        let d = DossierPage()
        d.row = root == RowMemo.root ? listRows.row(c, site: self) : customerRow(c, root: root)
        d.contactName = cu.contactName
        d.contactRole = cu.contactRole
        d.channel = cu.channel.isEmpty ? "" : channelLabel(cu.channel)
        d.segment = cu.segment
        d.since = cu.since.map { format.date($0) } ?? ""
        d.email = cu.email
        d.referrals = cu.referrals > 0 ? format.integer(cu.referrals) : ""
        d.extra = cu.extra.map { ExtraField(name: $0.name, value: $0.value) }
        fillRhythm(d, m)
        fillHistory(d, c, root: root)
        fillPlan(d, c, root: root)
        let chartInputs = dossierChartInputs(c, width: 600)
        d.pAliveNote = pAliveNote(chartInputs)
        d.charts = DeferredRows(chartInputs) { [self] inputs in
            // The timeline's summary is what "Rhythm and value" lists right above it: no caption,
            // and no description that a screen reader would read out a second time.
            var charts = dossierCharts(inputs).map {
                ChartRow($0.chart, caption: $0.kind == "timeline" ? "" : $0.chart.summary, summaryOnPage: true)
            }
            if let p = pAliveChart(inputs) { charts.append(ChartRow(p)) }
            return charts
        }
        fillOrders(d, c)
        return d
    }

    /// Status, rhythm and value.
    private func fillRhythm(_ d: DossierPage, _ m: CustomerMetrics) {
        d.statusSentence = statusSentence(m)
        d.isLost = m.status == .lost || m.status == .churned
        d.purchases = format.integer(m.purchases)
        d.ordersCount = format.integer(m.orderCount)
        d.ordersCountText = strings.plural("count_orders", count: Double(m.orderCount), format.integer(m.orderCount))
        d.daysSinceText = m.daysSinceLast.map { strings.plural("count_days_ago", count: Double($0), format.integer($0)) } ?? ""
        d.medianIntervalText = m.medianIntervalDays.map { strings.plural("duration_days", count: $0.rounded(), format.number($0)) } ?? ""
        d.firstPurchase = m.firstPurchase.map { format.date($0) } ?? ""
        d.medianInterval = m.medianIntervalDays.map { format.number($0) } ?? ""
        d.intervalFromPopulation = m.intervalFromPopulation
        d.expectedNext = m.expectedNextPurchase.map { format.date($0) } ?? ""
        d.lostThreshold = m.lostThreshold.map { format.date($0) } ?? ""
        d.expectedPurchases52w = m.expectedPurchases52w.map { format.number($0, decimals: 1) } ?? ""
        if let r = m.rScore, let f = m.fScore, let s = m.mScore { d.rfm = "\(r)-\(f)-\(s)" }
        d.wonBack = m.wonBack
        d.wonBackDate = m.wonBackDate.map { format.date($0) } ?? ""
        d.revenueSinceWonBack = format.money(m.revenueSinceWonBack)
        d.clvNote = clvNote(m)
        d.rhythmNote = rhythmNote(m)
        d.returnChanceLabel = strings("fig_return_chance", format.integer(model.config.returnHorizonWeeks))
        d.priorityReasons = m.priorityReasons.map { TextItem(text: reasonText($0)) }
    }

    /// What happened: departures with their reasons, complaints, contacts.
    private func fillHistory(_ d: DossierPage, _ c: Int, root: String) {
        // Between two reasons ("؛ " in Persian); a strings file from before the key existed keeps "; ".
        let separator = strings.lookup("list_separator") ?? "; "
        d.churnEvents = churn(c).map { e in
            ChurnEventRow(date: format.date(e.date), competitor: e.competitor, note: e.note,
                          reasons: e.reasons.enumerated().map { i, r in
                              ReasonLink(id: r, title: reasonTitle(r), href: playbookLink(reason: r, root: root) ?? "",
                                         separator: i < e.reasons.count - 1 ? separator : "")
                          })
        }
        d.complaints = complaints(c).map { k in
            ComplaintRow(date: format.date(k.date), topic: k.topic, resolved: k.resolved,
                         resolvedLabel: strings(k.resolved ? "complaint_resolved" : "complaint_open"))
        }
        d.contacts = contacts(c).reversed().map { k in
            ContactRow(date: format.date(k.date), channel: channelLabel(k.channel), manager: k.manager, note: k.note)
        }
    }

    /// What to do: the plan, the offer, the reasons' playbooks, a gift, the dates to act by.
    private func fillPlan(_ d: DossierPage, _ c: Int, root: String) {
        let cu = model.customers[c], m = analysis.customers[c]
        d.plan = plan(c).map(stepRow)
        let churnEvents = churn(c)
        if let kind = m.offer {
            let row = tables.offer(kind)
            d.offer = OfferBox(title: strings("offer_" + kind.rawValue), acceptance: row?.acceptance.map { format.percent($0, decimals: 0) } ?? "",
                               when: offerExplanation(kind, reasons: churnEvents.last?.reasons ?? [], playbookWhen: row?.when) ?? "",
                               href: tables.offersPlaybook.map { root + "playbooks/" + playbookStems[$0] + ".html" } ?? "")
        }
        let reasonIDs = churnEvents.flatMap(\.reasons)
        var seen = Set<String>()
        d.reasonPlans = reasonIDs.filter { seen.insert($0).inserted }.compactMap { r in
            tables.reasons[r].map { reasonPlan(model.playbooks[$0], href: root + "playbooks/" + playbookStems[$0] + ".html") }
        }
        let companyCaused = reasonIDs.contains { r in tables.reasons[r].map { model.playbooks[$0].cause == .company } ?? false }
        // A gift only where something went wrong on our side (docs/playbooks.md).
        if m.grievance {
            let severity = ActionPlan.severity(complaints: complaints(c), companyCaused: companyCaused, asOf: model.asOf)
            if let g = tables.gift(role: cu.contactRole, severity: severity) {
                d.gift = GiftBox(text: g.gift, severity: strings("severity_" + severity), role: cu.contactRole,
                                 href: tables.giftsPlaybook.map { root + "playbooks/" + playbookStems[$0] + ".html" } ?? "")
            }
        }
        if !d.isLost {
            if let day = m.expectedNextPurchase { d.moments.append(MomentRow(date: format.date(day), text: strings("moment_expected_next"))) }
            if let day = m.lostThreshold { d.moments.append(MomentRow(date: format.date(day), text: strings("moment_lost_threshold"))) }
        }
    }

    /// A reason playbook's three levels for a dossier: the same for every customer with that
    /// reason, so it is made once per playbook and link.
    func reasonPlan(_ p: Playbook, href: String) -> ReasonPlan {
        reasonPlans.value(p.id + "\u{0}" + href) { makeReasonPlan(p, href: href) }
    }

    private func makeReasonPlan(_ p: Playbook, href: String) -> ReasonPlan {
        let headings = p.meta["headings"]
        func level(_ key: String, _ fallback: String) -> PlanLevel {
            let heading = headings?[key]?.string ?? fallback
            let section = p.section(heading)
            let markdown = section?.markdown ?? ""
            return PlanLevel(heading: heading, html: section?.html ?? "",
                             markdown: model.config.allowRawHTML ? markdown : MarkdownEscaping.neutralizeRawHTML(markdown))
        }
        let plan = ReasonPlan()
        plan.id = p.id
        plan.title = p.title
        plan.href = href
        plan.lang = p.language ?? lang
        plan.dir = SiteContext.direction(p.language ?? lang)
        plan.foreign = plan.lang != lang
        plan.cause = p.cause.map { strings("cause_" + $0.rawValue) } ?? ""
        plan.diagnose = level("diagnose", "How to confirm")
        plan.levels = [level("minimum", "Minimum"), level("normal", "Normal"), level("maximum", "Maximum")]
        return plan
    }
}
