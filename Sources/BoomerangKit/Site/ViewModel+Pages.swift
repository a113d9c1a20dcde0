import BoomerangModel

/// View models of the handbook pages other than the dossier.
extension SiteContext {
    /// Lost and churned customers worth chasing, best first: priority, then yearly revenue.
    /// Made once per build: three pages use it, and a rebuild used to sort it three times.
    var winBackOrder: [Int] {
        winBack.value(0) {
            let ms = analysis.customers
            let rank = idRanks
            // The sort keys side by side: reading them from the metrics in the comparator copied
            // a whole CustomerMetrics per comparison.
            let chase = ms.indices.filter { ms[$0].priority != nil }
            let keys = chase.map { (priority: ms[$0].priority!.rawValue, revenue: ms[$0].yearlyRevenue) }
            return chase.indices.sorted { a, b in
                let x = keys[a], y = keys[b]
                if x.priority != y.priority { return x.priority < y.priority }
                if x.revenue != y.revenue { return x.revenue > y.revenue }
                return rank[chase[a]] < rank[chase[b]]
            }.map { chase[$0] }
        }
    }

    /// Each customer's place when sorted by id: the lists break ties by id, and comparing two
    /// numbers instead of two Strings (Unicode-aware) made the six list orders a tenth of a rebuild.
    var idRanks: [Int32] {
        idRankMemo.value(0) {
            let cs = model.customers
            var rank = [Int32](repeating: 0, count: cs.count)
            for (place, c) in cs.indices.sorted(by: { cs[$0].id < cs[$1].id }).enumerated() { rank[c] = Int32(place) }
            return rank
        }
    }

    func headline(root: String) -> [String: Any] {
        let s = analysis.summary
        return [
            "customers": format.integer(s.customers),
            "active": format.integer(s.active),
            "at_risk": format.integer(s.atRisk),
            "lost": format.integer(s.lost),
            "churned": format.integer(s.churned),
            "lost_in_period": format.integer(s.lostInPeriod),
            "money_lost": format.money(s.moneyLostPerYear),
            "churn_rate_year": format.percent(s.churnRateYear),
            "churn_rate_month": strings("fig_churn_month", format.percent(s.churnRateMonth)),
            "lost_in_period_note": strings("fig_lost_in_period_note", durationText(days: s.periodDays)),
            "won_back": format.integer(s.wonBackCount),
            "won_back_rate": format.percent(s.wonBackRate),
            "won_back_revenue": format.money(s.wonBackRevenue),
            "average_clv": format.money(s.averageCLV),
            "average_simple_clv": format.money(s.averageSimpleCLV),
            "model_clv_label": strings("fig_model_clv", strings.plural("duration_months", count: Double(s.clvHorizonMonths),
                                                                      format.integer(s.clvHorizonMonths))),
            "average_order": format.money(s.averageOrderValue),
            "revenue": format.money(s.revenue),
        ]
    }

    func reasonRows(root: String) -> [[String: Any]] {
        analysis.reasons.map { r in
            [
                "id": r.reason, "title": reasonTitle(r.reason), "href": playbookLink(reason: r.reason, root: root) ?? "",
                "cause": r.cause.map { strings("cause_" + $0.rawValue) } ?? "",
                "customers": format.integer(r.customers), "lost_revenue": format.money(r.lostRevenue),
            ]
        }
    }

    func managerRows(root: String) -> [[String: Any]] {
        analysis.managers.map { f in
            let email = model.managers.first { $0.name == f.manager }?.email ?? ""
            return [
                "name": f.manager, "href": managerLink(f.manager, root: root) ?? "", "email": email,
                "customers": format.integer(f.customers), "lost": format.integer(f.lost),
                "lost_in_period": format.integer(f.lostInPeriod),
                "lost_share": format.percent(f.lostShare), "lost_revenue": format.money(f.lostRevenue),
            ]
        }
    }

    /// Causes with their share of churned customers, in the three global groups.
    func causeRows() -> [[String: Any]] {
        ChurnCause.allCases.map { cause in
            let rows = analysis.reasons.filter { $0.cause == cause }
            return ["title": strings("cause_" + cause.rawValue),
                    "customers": format.integer(rows.reduce(0) { $0 + $1.customers }),
                    "lost_revenue": format.money(rows.reduce(0) { $0 + $1.lostRevenue })]
        }
    }

    func indexPage(root: String) -> [String: Any] {
        // "Win back first" lists those to chase: a customer let go has no place under it.
        let chase = winBackOrder.lazy.filter { self.analysis.customers[$0].priority != .letGo }
        let top = customerRows(chase.prefix(10), root: root)
        return [
            "headline": headline(root: root),
            // A project fresh from `boomerang init` has header-only data files: say so up front.
            "no_data": model.customers.isEmpty || model.orders.isEmpty,
            "charts": handbookCharts(nil),
            "win_back": top,
            "trust": trustHeadline(analysis.modelCheck),
            "reasons": Array(reasonRows(root: root).prefix(5)),
            "managers": managerRows(root: root),
            "guides": playbookRows(root: root).filter { ($0["kind"] as? String) != PlaybookKind.reason.rawValue },
        ]
    }

    /// Customer indexes in the order of a list view (computed once per view, shared by its pages).
    func listOrder(_ view: CustomerListView) -> [Int] {
        listOrders.value(view) {
            let ms = analysis.customers
            let cs = model.customers
            let id = idRanks
            var order = Array(cs.indices)
            // Each view's key per customer, read once (not a whole CustomerMetrics per comparison);
            // ties go by id.
            switch view {
            case .priority:
                let chase = winBackOrder
                let set = Set(chase)
                let revenue = ms.map(\.yearlyRevenue)
                order = chase + order.filter { !set.contains($0) }.sorted { revenue[$0] > revenue[$1] || (revenue[$0] == revenue[$1] && id[$0] < id[$1]) }
            case .value:
                let value = ms.map { $0.clv ?? $0.simpleCLV ?? 0 }
                order.sort { (value[$0], id[$1]) > (value[$1], id[$0]) }
            case .name:
                let keys = cs.map { $0.name.lowercased() }
                order.sort { (keys[$0], id[$0]) < (keys[$1], id[$1]) }
            case .recency:
                let days = ms.map { $0.daysSinceLast ?? Int.max }
                order.sort { (days[$0], id[$0]) < (days[$1], id[$1]) }
            case .status:
                let rank: [RhythmStatus: Int] = [.lost: 0, .churned: 1, .atRisk: 2, .active: 3, .noOrders: 4]
                let status = ms.map { rank[$0.status]! }
                order.sort { (status[$0], id[$0]) < (status[$1], id[$1]) }
            }
            return order
        }
    }

    func customerList(_ view: CustomerListView, page: Int, root: String) -> [String: Any] {
        let order = listOrder(view)
        let pageCount = CustomerListView.pageCount(customers: order.count)
        let slice = order[min(order.count, page * CustomerListView.pageSize)..<min(order.count, (page + 1) * CustomerListView.pageSize)]
        var vm: [String: Any] = [
            "views": CustomerListView.allCases.map { v in
                ["href": v.fileName, "label": strings("view_" + v.rawValue), "current": v == view] as [String: Any]
            },
            "view_label": strings("view_" + view.rawValue),
            "customers": customerRows(slice, root: root),
            "count": format.integer(model.customers.count),
        ]
        if pageCount > 1 {
            // Numbered links near the current page, plus the first and the last: short on any list.
            let shown = Set([0, pageCount - 1] + Array(max(0, page - 3)...min(pageCount - 1, page + 3)))
            var items: [[String: Any]] = []
            var previous = -1
            for p in shown.sorted() {
                if p > previous + 1 { items.append(["gap": true]) }
                items.append(["href": view.fileName(page: p), "label": format.integer(p + 1), "current": p == page])
                previous = p
            }
            vm["pages"] = items
            vm["previous_href"] = page > 0 ? view.fileName(page: page - 1) : ""
            vm["next_href"] = page + 1 < pageCount ? view.fileName(page: page + 1) : ""
            vm["range"] = format.integer(slice.startIndex + 1) + "–" + format.integer(slice.endIndex)
        }
        return vm
    }

    func managerPage(_ name: String, root: String) -> [String: Any] {
        let ms = analysis.customers, id = idRanks
        let list = (managerCustomers[name] ?? []).sorted {
            (ms[$0].priority?.rawValue ?? 9, -ms[$0].yearlyRevenue, id[$0]) < (ms[$1].priority?.rawValue ?? 9, -ms[$1].yearlyRevenue, id[$1])
        }
        let figure = analysis.managers.first { $0.manager == name }
        let manager = model.managers.first { $0.name == name }
        let due = list.flatMap { c in plan(c).filter { $0.due - model.asOf <= model.config.mailWithinDays }.map { (c, $0) } }
            .sorted { ($0.1.due, id[$0.0]) < ($1.1.due, id[$1.0]) }
        return [
            "name": name, "email": manager?.email ?? "", "phone": manager?.phone ?? "", "region": manager?.region ?? "",
            "customers": customerRows(list, root: root),
            "count": format.integer(list.count),
            "lost": format.integer(figure?.lost ?? 0),
            "lost_share": format.percent(figure?.lostShare ?? 0),
            "lost_revenue": format.money(figure?.lostRevenue ?? 0),
            "due": due.map { c, s -> [String: Any] in
                var row = stepRow(s); row["customer"] = model.customers[c].name; row["href"] = customerLink(c, root: root); return row
            },
        ]
    }

    /// On "Who we lost", each priority group shows at most this many customers, the first to
    /// win back; the rest are a link away in the customer list sorted by priority. (With every
    /// lost customer on it, the page was 39 MB at 100,000 customers.)
    static let lostGroupLimit = 100

    /// The priority groups of "Who we lost": label, full count, the first `limit` customers and,
    /// when there are more, a link to the customer-list page where the rest begin.
    func lostGroups(root: String, limit: Int = SiteContext.lostGroupLimit) -> [[String: Any]] {
        let order = winBackOrder
        var start = 0   // where the group begins in the priority list (which starts with `order`)
        return WinBackPriority.allCases.map { p -> [String: Any] in
            let members = order.filter { analysis.customers[$0].priority == p }
            defer { start += members.count }
            var group: [String: Any] = ["label": strings("priority_\(p.rawValue)"), "count": format.integer(members.count),
                                        "customers": customerRows(members.prefix(limit), root: root), "more": "", "more_href": ""]
            if members.count > limit {
                let page = (start + limit) / CustomerListView.pageSize
                group["more"] = strings("lost_more", format.integer(members.count - limit))
                group["more_href"] = root + "customers/" + CustomerListView.priority.fileName(page: page)
            }
            return group
        }
    }

    func playbookRows(root: String) -> [[String: Any]] {
        model.playbooks.indices.sorted {
            let a = model.playbooks[$0], b = model.playbooks[$1]
            return (PlaybookKind.allCases.firstIndex(of: a.kind)!, a.order, a.id) < (PlaybookKind.allCases.firstIndex(of: b.kind)!, b.order, b.id)
        }.map { i in
            let p = model.playbooks[i]
            return ["id": p.id, "title": p.title, "summary": p.summary, "kind": p.kind.rawValue,
                    "kind_label": strings("kind_" + p.kind.rawValue.replacingOccurrences(of: "-", with: "_")),
                    "href": root + "playbooks/" + playbookStems[i] + ".html",
                    "lang": p.language ?? lang, "dir": SiteContext.direction(p.language ?? lang),
                    "cause": p.cause.map { strings("cause_" + $0.rawValue) } ?? ""]
        }
    }

    func playbookPage(_ i: Int, root: String) -> [String: Any] {
        let p = model.playbooks[i]
        var vm: [String: Any] = ["title": p.title, "html": p.html, "summary": p.summary, "id": p.id,
                                 "lang": p.language ?? lang, "dir": SiteContext.direction(p.language ?? lang),
                                 "kind_label": strings("kind_" + p.kind.rawValue.replacingOccurrences(of: "-", with: "_")),
                                 "cause": p.cause.map { strings("cause_" + $0.rawValue) } ?? ""]
        if p.kind == .reason, let r = analysis.reasons.first(where: { $0.reason == p.id }) {
            vm["figure"] = ["customers": format.integer(r.customers), "lost_revenue": format.money(r.lostRevenue)]
            let who = model.churn.filter { $0.reasons.contains(p.id) }.map(\.customer)
            var seen = Set<Int>()
            let id = idRanks
            vm["customers"] = customerRows(who.filter { seen.insert($0).inserted }.sorted { id[$0] < id[$1] }, root: root)
        }
        return vm
    }

    func sectionPage(_ s: PageKind.Section, root: String) -> [String: Any] {
        var vm: [String: Any] = ["headline": headline(root: root), "title": strings("section_" + s.rawValue)]
        vm["is_" + s.rawValue] = true
        vm["charts"] = handbookCharts(s)
        switch s {
        case .why:
            vm["guides"] = playbookRows(root: root).filter { ($0["kind"] as? String) == PlaybookKind.guide.rawValue }
        case .lost:
            vm["groups"] = lostGroups(root: root)
        case .reasons:
            vm["reasons"] = reasonRows(root: root)
            vm["causes"] = causeRows()
        case .winback:
            let back = analysis.customers.indices.filter { analysis.customers[$0].wonBack }
            vm["won_back_customers"] = back.map { c -> [String: Any] in
                var row = customerRows([c], root: root).rows[0]
                row["won_back_date"] = analysis.customers[c].wonBackDate.map(format.date) ?? ""
                row["revenue_since"] = format.money(analysis.customers[c].revenueSinceWonBack)
                return row
            }
        case .trust:
            vm.merge(trustPage()) { $1 }
        }
        return vm
    }
}
