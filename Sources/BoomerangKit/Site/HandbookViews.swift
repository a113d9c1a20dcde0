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

    func headline() -> Headline {
        let s = analysis.summary
        let h = Headline()
        h.customers = format.integer(s.customers)
        h.active = format.integer(s.active)
        h.atRisk = format.integer(s.atRisk)
        h.lost = format.integer(s.lost)
        h.churned = format.integer(s.churned)
        h.lostInPeriod = format.integer(s.lostInPeriod)
        h.moneyLost = format.money(s.moneyLostPerYear)
        h.churnRateYear = format.percent(s.churnRateYear)
        h.churnRateMonth = strings("fig_churn_month", format.percent(s.churnRateMonth))
        h.lostInPeriodNote = strings("fig_lost_in_period_note", durationText(days: s.periodDays))
        h.wonBack = format.integer(s.wonBackCount)
        h.wonBackRate = format.percent(s.wonBackRate)
        h.wonBackRevenue = format.money(s.wonBackRevenue)
        h.averageCLV = format.money(s.averageCLV)
        h.averageSimpleCLV = format.money(s.averageSimpleCLV)
        h.modelCLVLabel = strings("fig_model_clv", strings.plural("duration_months", count: Double(s.clvHorizonMonths),
                                                                 format.integer(s.clvHorizonMonths)))
        h.averageOrder = format.money(s.averageOrderValue)
        h.revenue = format.money(s.revenue)
        return h
    }

    func reasonRows(root: String) -> [ReasonRow] {
        analysis.reasons.map { r in
            ReasonRow(id: r.reason, title: reasonTitle(r.reason), href: playbookLink(reason: r.reason, root: root) ?? "",
                      cause: r.cause.map { strings("cause_" + $0.rawValue) } ?? "",
                      customers: format.integer(r.customers), lostRevenue: format.money(r.lostRevenue))
        }
    }

    func managerRows(root: String) -> [ManagerRow] {
        analysis.managers.map { f in
            ManagerRow(name: f.manager, href: managerLink(f.manager, root: root) ?? "",
                       email: model.managers.first { $0.name == f.manager }?.email ?? "",
                       customers: format.integer(f.customers), lost: format.integer(f.lost),
                       lostInPeriod: format.integer(f.lostInPeriod), lostShare: format.percent(f.lostShare),
                       lostRevenue: format.money(f.lostRevenue))
        }
    }

    /// Causes with their share of churned customers, in the three global groups.
    func causeRows() -> [CauseRow] {
        ChurnCause.allCases.map { cause in
            let rows = analysis.reasons.filter { $0.cause == cause }
            return CauseRow(title: strings("cause_" + cause.rawValue), customers: format.integer(rows.reduce(0) { $0 + $1.customers }),
                            lostRevenue: format.money(rows.reduce(0) { $0 + $1.lostRevenue }))
        }
    }

    func indexPage(root: String) -> IndexPage {
        let page = IndexPage()
        page.headline = headline()
        // A project fresh from `boomerang init` has header-only data files: say so up front.
        page.noData = model.customers.isEmpty || !model.hasOrders
        page.charts = handbookCharts(nil)
        // "Win back first" lists those to chase: a customer let go has no place under it.
        page.winBack = customerRows(winBackOrder.lazy.filter { self.analysis.customers[$0].priority != .letGo }.prefix(10), root: root)
        page.trust = trustHeadline(analysis.modelCheck)
        page.reasons = Array(reasonRows(root: root).prefix(5))
        page.managers = managerRows(root: root)
        page.guides = playbookRows(root: root).filter { $0.kind != PlaybookKind.reason.rawValue }
        return page
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
                var chased = [Bool](repeating: false, count: cs.count)
                for c in chase { chased[c] = true }
                let revenue = ms.map(\.yearlyRevenue)
                order = chase + order.filter { !chased[$0] }.sorted { revenue[$0] > revenue[$1] || (revenue[$0] == revenue[$1] && id[$0] < id[$1]) }
            case .value:
                let value = ms.map { $0.clv ?? $0.simpleCLV ?? 0 }
                order.sort { (value[$0], id[$1]) > (value[$1], id[$0]) }
            case .name:
                let keys = NameSortKeys(cs.lazy.map(\.name))
                order.sort { let by = keys.compare($0, $1); return by != 0 ? by < 0 : id[$0] < id[$1] }
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

    func customerList(_ view: CustomerListView, page: Int, root: String) -> CustomerListPage {
        let order = listOrder(view)
        let pageCount = CustomerListView.pageCount(customers: order.count)
        let slice = order[min(order.count, page * CustomerListView.pageSize)..<min(order.count, (page + 1) * CustomerListView.pageSize)]
        let list = CustomerListPage()
        list.views = CustomerListView.allCases.map { ViewLink(href: $0.fileName, label: strings("view_" + $0.rawValue), current: $0 == view) }
        list.viewLabel = strings("view_" + view.rawValue)
        list.customers = customerRows(slice, root: root)
        list.count = format.integer(model.customers.count)
        let links = pageLinks(page, of: pageCount, showing: slice.indices, fileName: view.fileName(page:))
        (list.pages, list.previousHref, list.nextHref, list.range) = (links.pages, links.previous, links.next, links.range)
        return list
    }

    /// The pager of page `page` (0-based) of `count` pages showing rows `shown` of a list: empty
    /// when there is one page.
    func pageLinks(_ page: Int, of count: Int, showing shown: Range<Int>,
                   fileName: (Int) -> String) -> (pages: [PageLink], previous: String, next: String, range: String) {
        guard count > 1 else { return ([], "", "", "") }
        // Numbered links near the current page, plus the first and the last: short on any list.
        let near = Set([0, count - 1] + Array(max(0, page - 3)...min(count - 1, page + 3)))
        var pages: [PageLink] = []
        var previous = -1
        for p in near.sorted() {
            if p > previous + 1 { pages.append(PageLink(gap: true)) }
            pages.append(PageLink(href: fileName(p), label: format.integer(p + 1), current: p == page))
            previous = p
        }
        return (pages, page > 0 ? fileName(page - 1) : "", page + 1 < count ? fileName(page + 1) : "",
                format.integer(shown.lowerBound + 1) + "–" + format.integer(shown.upperBound))
    }

    func managerPage(_ name: String, root: String) -> ManagerPage {
        let ms = analysis.customers, id = idRanks
        let list = (managerCustomers[name] ?? []).sorted {
            (ms[$0].priority?.rawValue ?? 9, -ms[$0].yearlyRevenue, id[$0]) < (ms[$1].priority?.rawValue ?? 9, -ms[$1].yearlyRevenue, id[$1])
        }
        let figure = analysis.managers.first { $0.manager == name }
        let manager = model.managers.first { $0.name == name }
        let due = list.flatMap { c in plan(c).filter { $0.due - model.asOf <= model.config.mailWithinDays }.map { (c, $0) } }
            .sorted { ($0.1.due, id[$0.0]) < ($1.1.due, id[$1.0]) }
        let page = ManagerPage()
        page.name = name
        page.email = manager?.email ?? ""
        page.phone = manager?.phone ?? ""
        page.region = manager?.region ?? ""
        page.customers = customerRows(list, root: root)
        page.count = format.integer(list.count)
        page.lost = format.integer(figure?.lost ?? 0)
        page.lostShare = format.percent(figure?.lostShare ?? 0)
        page.lostRevenue = format.money(figure?.lostRevenue ?? 0)
        page.due = due.map { c, s in DueRow(step: stepRow(s), customer: model.customers[c].name, href: customerLink(c, root: root)) }
        return page
    }

    /// On "Who we lost", each priority group shows at most this many customers, the first to
    /// win back; the rest are a link away in the customer list sorted by priority. (With every
    /// lost customer on it, the page was 39 MB at 100,000 customers.)
    static let lostGroupLimit = 100

    /// The priority groups of "Who we lost": label, full count, the first `limit` customers and,
    /// when there are more, a link to the customer-list page where the rest begin.
    func lostGroups(root: String, limit: Int = SiteContext.lostGroupLimit) -> [LostGroup] {
        let order = winBackOrder
        var start = 0   // where the group begins in the priority list (which starts with `order`)
        return WinBackPriority.allCases.map { p in
            let members = order.filter { analysis.customers[$0].priority == p }
            defer { start += members.count }
            var group = LostGroup(label: strings("priority_\(p.rawValue)"), count: format.integer(members.count),
                                  customers: customerRows(members.prefix(limit), root: root))
            if members.count > limit {
                let page = (start + limit) / CustomerListView.pageSize
                group.more = strings("lost_more", format.integer(members.count - limit))
                group.moreHref = root + "customers/" + CustomerListView.priority.fileName(page: page)
            }
            return group
        }
    }

    func playbookRows(root: String) -> [PlaybookRow] {
        model.playbooks.indices.sorted {
            let a = model.playbooks[$0], b = model.playbooks[$1]
            return (PlaybookKind.allCases.firstIndex(of: a.kind)!, a.order, a.id) < (PlaybookKind.allCases.firstIndex(of: b.kind)!, b.order, b.id)
        }.map { i in
            let p = model.playbooks[i]
            return PlaybookRow(id: p.id, title: p.title, summary: p.summary, kind: p.kind.rawValue, kindLabel: kindLabel(p.kind),
                               href: root + "playbooks/" + playbookStems[i] + ".html",
                               lang: p.language ?? lang, dir: SiteContext.direction(p.language ?? lang),
                               cause: p.cause.map { strings("cause_" + $0.rawValue) } ?? "")
        }
    }

    func kindLabel(_ kind: PlaybookKind) -> String { strings("kind_" + kind.rawValue.replacingOccurrences(of: "-", with: "_")) }

    /// Page `number` (0-based) of playbook `i`: a reason's page lists the customers who left
    /// for it in pages of `CustomerListView.pageSize`, as the customer list does (on one page,
    /// the most common reason was 35 MB of HTML at 1,000,000 customers).
    func playbookPage(_ i: Int, page number: Int, root: String) -> PlaybookPage {
        let p = model.playbooks[i]
        let page = PlaybookPage()
        page.title = p.title
        page.html = p.html
        page.summary = p.summary
        page.id = p.id
        page.lang = p.language ?? lang
        page.dir = SiteContext.direction(p.language ?? lang)
        page.kindLabel = kindLabel(p.kind)
        page.cause = p.cause.map { strings("cause_" + $0.rawValue) } ?? ""
        if p.kind == .reason, let r = analysis.reasons.first(where: { $0.reason == p.id }) {
            page.figure = ReasonFigure(customers: format.integer(r.customers), lostRevenue: format.money(r.lostRevenue))
            let who = reasonCustomers(p.id)
            let size = CustomerListView.pageSize
            let shown = min(who.count, number * size)..<min(who.count, (number + 1) * size)
            page.customers = customerRows(who[shown], root: root)
            let stem = playbookStems[i]
            let links = pageLinks(number, of: CustomerListView.pageCount(customers: who.count), showing: shown) {
                PlannedPage.playbookFileName(stem, page: $0)
            }
            (page.pages, page.previousHref, page.nextHref, page.range) = (links.pages, links.previous, links.next, links.range)
        }
        return page
    }

    /// The customers who left for reason `id`, in id order: the ones its figure counts
    /// (`ReasonFigure.members`). (Every departure that ever named it was listed before: a
    /// customer who left for price, came back and left over service was on both pages, and
    /// counted on one.) Made once per build and shared by the reason's pages.
    func reasonCustomers(_ id: String) -> [Int] {
        reasonLists.value(id) {
            let rank = idRanks
            return (analysis.reasons.first { $0.reason == id }?.members ?? []).sorted { rank[$0] < rank[$1] }
        }
    }

    func sectionPage(_ s: PageKind.Section, root: String) -> SectionPage {
        let page = SectionPage()
        page.headline = headline()
        page.title = strings("section_" + s.rawValue)
        page.section = s.rawValue
        page.charts = handbookCharts(s)
        switch s {
        case .why:
            page.guides = playbookRows(root: root).filter { $0.kind == PlaybookKind.guide.rawValue }
        case .lost:
            page.groups = lostGroups(root: root)
        case .reasons:
            page.reasons = reasonRows(root: root)
            page.causes = causeRows()
        case .winback:
            page.wonBackCustomers = analysis.customers.indices.filter { analysis.customers[$0].wonBack }.map { c in
                WonBackRow(row: customerRows([c], root: root)[0], wonBackDate: analysis.customers[c].wonBackDate.map { format.date($0) } ?? "",
                           revenueSince: format.money(analysis.customers[c].revenueSinceWonBack))
            }
        case .trust:
            page.check = trustCheck()
        }
        return page
    }
}
