import BoomerangModel

/// The dossier's orders: every order for templates that list them all (and the email, which takes
/// the newest), and the newest few in full with the earlier ones summed in one row, which is what
/// the shipped page and Markdown copy show. A manager before a visit reads the recent orders; a
/// wholesale customer's hundreds of older ones would make the page long without telling more, and
/// the purchase timeline still draws every one of them.
extension SiteContext {
    /// Orders shown one by one on the dossier before the rest are summed up (the email shows as many).
    static let recentOrderLimit = 12

    func fillOrders(_ d: DossierPage, _ c: Int) {
        var list = OrderListInputs()
        for o in orders(c).reversed() {
            list.ids.append(o.orderID); list.days.append(Int(o.date.raw)); list.amounts.append(o.amount); list.margins.append(o.margin)
        }
        let limit = Self.recentOrderLimit
        let make = { [format] (list: OrderListInputs) in
            list.ids.indices.map { i in
                OrderRow(id: list.ids[i], date: format.shortDate(Day(raw: Int32(list.days[i]))), amount: format.money(list.amounts[i], decimals: 2),
                         margin: list.margins[i].map { format.money($0, decimals: 2) } ?? "")
            }
        }
        let all = DeferredRows(list, make: make)
        d.orders = all
        d.recentOrders = list.ids.count > limit ? all.prefix(limit) : all
        d.hasMargin = list.margins.contains { $0 != nil }
        if list.ids.count > limit { d.earlierOrders = earlierOrders(list.dropFirst(limit)) }
    }

    /// One row for the orders before the recent ones (newest first): their period (one date when
    /// they fall on one day), count and sums. The margin sum is left empty unless every one of
    /// them has a margin (a partial sum would read as the whole).
    func earlierOrders(_ earlier: OrderListInputs) -> EarlierOrders {
        let newest = Day(raw: Int32(earlier.days.first!)), oldest = Day(raw: Int32(earlier.days.last!))
        var amount = 0.0, margin: Double? = 0
        for i in earlier.ids.indices.reversed() {   // oldest first, as the revenue is summed
            amount += earlier.amounts[i]
            margin = margin.flatMap { m in earlier.margins[i].map { m + $0 } }
        }
        let count = strings.plural("count_orders", count: Double(earlier.ids.count), format.integer(earlier.ids.count))
        let period = oldest == newest ? format.shortDate(oldest)
            : strings("dossier_date_range", format.shortDate(oldest), format.shortDate(newest))
        return EarlierOrders(period: period,
                             count: strings("dossier_earlier_orders", count),
                             amount: format.money(amount, decimals: 2), margin: margin.map { format.money($0, decimals: 2) } ?? "")
    }
}
