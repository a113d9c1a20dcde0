import BoomerangModel

/// Pieces of view models shared by every page.
extension SiteContext {
    /// The layout's context: language, direction, navigation and strings.
    func layout(_ page: PlannedPage, title: String, body: String) -> [String: Any] {
        [
            "lang": lang,
            "dir": dir,
            "title": title,
            "site_title": model.config.title,
            "root": page.root,
            "body": body,
            // Without orders or an as_of there is no day the figures are for (the model falls
            // back to 1970-01-01): a new project's footer then leaves the date out.
            "has_as_of": !model.orders.isEmpty || model.asOf != Day(raw: 0),
            "as_of": format.date(model.asOf),
            "as_of_iso": model.asOf.iso,
            "t": strings.values,
        ]
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
        case .churned: return strings("status_sentence_churned", m.churnDate.map(format.date) ?? "", since)
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

    /// A row of the customer tables (list pages, manager pages, front page).
    /// `capacity`: room for the keys the caller adds (the dossier adds about sixty), so the
    /// dictionary is not regrown on the way.
    /// Empty texts are `EmptyText` already, as `ViewFlags` leaves them: a list page's flags
    /// then need no copy of its rows.
    func customerRow(_ c: Int, root: String, capacity: Int = 18) -> [String: Any] {
        let cu = model.customers[c]
        let m = analysis.customers[c]
        var row = [String: Any](minimumCapacity: capacity)
        func put(_ key: String, _ s: String) { row[key] = s.isEmpty ? EmptyText() : s }
        put("id", cu.id)
        put("name", cu.name)
        put("href", customerLink(c, root: root))
        put("manager", cu.manager)
        put("manager_href", managerLink(cu.manager, root: root) ?? "")
        put("city", cu.city)
        put("status", m.status.rawValue)
        put("status_label", statusLabel(m.status))
        put("priority", m.priority.map { String($0.rawValue) } ?? "")
        put("priority_label", priorityLabel(m.priority))
        put("revenue", format.money(m.revenue))
        put("yearly_revenue", format.money(m.yearlyRevenue))
        put("clv", money(m.clv))
        put("simple_clv", money(m.simpleCLV))
        put("abc_xyz", (m.abc ?? "") + (m.xyz ?? ""))
        put("last_purchase", m.lastPurchase.map(format.date) ?? "")
        put("days_since", m.daysSinceLast.map(format.integer) ?? "")
        put("p_alive", m.pAlive.map { format.percent($0, decimals: 0) } ?? "")
        put("return_chance", m.returnChance.map(chanceText) ?? "")
        return row
    }

    /// A channel from data (call, visit, whatsapp ...): translated when the strings know it.
    func channelLabel(_ channel: String) -> String { strings.lookup("channel_" + channel.lowercased()) ?? channel }

    /// `flagged`: empty texts as `EmptyText`, as `ViewFlags` leaves them (for the dossier).
    func stepRow(_ s: PlanStep, flagged: Bool = false) -> [String: Any] {
        let due = format.date(s.due), channel = channelLabel(s.channel), action = strings(s.action.rawValue)
        guard flagged else { return ["due": due, "due_iso": s.due.iso, "channel": channel, "action": action] }
        return ["due": text(due), "due_iso": text(s.due.iso), "channel": text(channel), "action": text(action)]
    }
}
