import BoomerangModel

/// Orders on or before as-of, folded into purchases (one per customer and day, amounts summed)
/// and stored flat: customer c's purchases are `start[c] ..< start[c + 1]`, in date order.
/// Flat arrays instead of one array per customer keep 2 M orders cheap to walk.
struct PurchaseHistory {
    var start: [Int]
    var day: [Int32]
    var amount: [Double]
    var margin: [Double]
    var orderCount: [Int]
    /// Per customer: every order (on or before as-of) had a margin.
    var marginComplete: [Bool]
    /// Every order of the population had a margin (and there is at least one order).
    var allMargins: Bool

    init(model: HandbookModel) throws(BuildFailure) {
        let n = model.customers.count
        let asOf = model.asOf.raw
        let orders = model.orders
        // The loader sorts by (customer, date); check rather than trust, and sort only if needed.
        var sorted = true
        for i in orders.indices.dropFirst() {
            let p = orders[i - 1], o = orders[i]
            if o.customer < p.customer || (o.customer == p.customer && o.date < p.date) { sorted = false; break }
        }
        let order: [Int] = sorted ? Array(orders.indices) : orders.indices.sorted {
            let a = orders[$0], b = orders[$1]
            return a.customer != b.customer ? a.customer < b.customer : a.date != b.date ? a.date < b.date : $0 < $1
        }
        var start = [Int](repeating: 0, count: n + 1)
        var day: [Int32] = [], amount: [Double] = [], margin: [Double] = []
        day.reserveCapacity(orders.count); amount.reserveCapacity(orders.count); margin.reserveCapacity(orders.count)
        var orderCount = [Int](repeating: 0, count: n)
        var marginComplete = [Bool](repeating: true, count: n)
        var allMargins = true, anyOrder = false
        var lastCustomer = -1
        for i in order {
            let o = orders[i]
            guard o.customer >= 0, o.customer < n else {
                throw BuildFailure(SourceLocation(file: "content/data/orders.csv", line: o.line), "order \(o.orderID) refers to no known customer")
            }
            guard o.date.raw <= asOf else { continue }
            anyOrder = true
            orderCount[o.customer] += 1
            if o.margin == nil { marginComplete[o.customer] = false; allMargins = false }
            if o.customer != lastCustomer {
                // Close every customer between the previous one and this one.
                for c in (lastCustomer + 1)...o.customer { start[c] = day.count }
                lastCustomer = o.customer
            } else if day.last == o.date.raw {
                amount[amount.count - 1] += o.amount
                margin[margin.count - 1] += o.margin ?? 0
                continue
            }
            day.append(o.date.raw); amount.append(o.amount); margin.append(o.margin ?? 0)
        }
        for c in (lastCustomer + 1)...n { start[c] = day.count }
        self.start = start; self.day = day; self.amount = amount; self.margin = margin
        self.orderCount = orderCount; self.marginComplete = marginComplete
        self.allMargins = allMargins && anyOrder
    }

    @inline(__always) func range(_ c: Int) -> Range<Int> { start[c]..<start[c + 1] }
}
