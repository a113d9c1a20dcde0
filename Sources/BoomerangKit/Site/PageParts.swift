import BoomerangModel

/// Pieces of page models shared by every page: the layout, customer rows, plan steps, sentences.
extension SiteContext {
    /// The layout's model: language, direction, navigation and the footer's day.
    func layout(_ page: PlannedPage, title: String) -> LayoutPage {
        let l = LayoutPage()
        l.lang = lang
        l.dir = dir
        l.title = title
        l.siteTitle = model.config.title
        l.root = page.root
        // Without orders or an as_of there is no day the figures are for (the model falls
        // back to 1970-01-01): a new project's footer then leaves the date out.
        l.hasAsOf = model.hasOrders || model.asOf != Day(raw: 0)
        l.asOf = format.date(model.asOf)
        l.asOfISO = model.asOf.iso
        return l
    }

    func statusLabel(_ s: RhythmStatus) -> String { strings("status_" + s.rawValue) }

    func priorityLabel(_ p: WinBackPriority?) -> String {
        guard let p else { return "" }
        return strings("priority_\(p.rawValue)")
    }

    func customerLink(_ c: Int, root: String) -> String { root + "customers/" + customerStems[c] + ".html" }

    func managerLink(_ name: String, root: String) -> String? {
        managerStems[name].map { root + "managers/" + $0 + ".html" }
    }

    func playbookLink(reason: String, root: String) -> String? {
        tables.reasons[reason].map { root + "playbooks/" + playbookStems[$0] + ".html" }
    }

    func reasonTitle(_ reason: String) -> String {
        tables.reasons[reason].map { model.playbooks[$0].title } ?? reason
    }

    func money(_ v: Double?) -> String { v.map { format.money($0) } ?? "" }

    /// "every 30 days" in words of the handbook's language.
    func rhythmText(_ m: CustomerMetrics) -> String {
        guard let d = m.medianIntervalDays else { return strings("rhythm_unknown") }
        return strings.plural(m.intervalFromPopulation ? "rhythm_every_population" : "rhythm_every", count: d.rounded(), format.number(d))
    }

    /// "Lost 5 months; usually orders every 30 days" and the like.
    func statusSentence(_ m: CustomerMetrics) -> String {
        let since = m.daysSinceLast.map { durationText(days: $0) } ?? ""
        switch m.status {
        case .noOrders: return strings("status_sentence_no_orders")
        case .active: return strings("status_sentence_active", since, rhythmText(m))
        case .atRisk: return strings("status_sentence_at_risk", since, rhythmText(m))
        case .lost: return strings("status_sentence_lost", since, rhythmText(m))
        case .churned: return strings("status_sentence_churned", m.churnDate.map { format.date($0) } ?? "", since)
        }
    }

    /// 45 -> "45 days", 150 -> "5 months", 800 -> "2.2 years".
    func durationText(days: Int) -> String {
        if days < 60 { return strings.plural("duration_days", count: Double(days), format.integer(days)) }
        if days < 730 {
            let months = (Double(days) / 30.44).rounded()
            return strings.plural("duration_months", count: months, format.number(months))
        }
        let years = (Double(days) / 365.25 * 10).rounded() / 10
        return strings.plural("duration_years", count: years, fractionDigits: 1, format.number(years, decimals: 1))
    }

    /// A row of the customer tables (list pages, manager pages, front page, the dossier's top).
    func customerRow(_ c: Int, root: String) -> CustomerRow {
        let cu = model.customers[c]
        let m = analysis.customers[c]
        let row = CustomerRow()
        row.id = cu.id
        row.name = cu.name
        row.href = customerLink(c, root: root)
        row.manager = cu.manager
        row.managerHref = managerLink(cu.manager, root: root) ?? ""
        row.city = cu.city
        row.status = m.status.rawValue
        row.statusLabel = statusLabel(m.status)
        row.priority = m.priority.map { String($0.rawValue) } ?? ""
        row.priorityLabel = priorityLabel(m.priority)
        row.revenue = format.money(m.revenue)
        row.yearlyRevenue = format.money(m.yearlyRevenue)
        row.clv = money(m.clv)
        row.simpleCLV = money(m.simpleCLV)
        row.abcXYZ = (m.abc ?? "") + (m.xyz ?? "")
        row.lastPurchase = m.lastPurchase.map { format.date($0) } ?? ""
        row.daysSince = m.daysSinceLast.map { format.integer($0) } ?? ""
        row.pAlive = m.pAlive.map { format.percent($0, decimals: 0) } ?? ""
        row.returnChance = m.returnChance.map(chanceText) ?? ""
        row.seal()
        return row
    }

    /// A channel from data (call, visit, whatsapp ...): translated when the strings know it.
    func channelLabel(_ channel: String) -> String { strings.lookup("channel_" + channel.lowercased()) ?? channel }

    func stepRow(_ s: PlanStep) -> PlanStepRow {
        PlanStepRow(due: format.date(s.due), dueISO: s.due.iso, channel: channelLabel(s.channel), action: strings(s.action.rawValue))
    }
}
