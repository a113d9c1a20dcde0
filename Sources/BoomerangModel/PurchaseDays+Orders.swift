extension PurchaseDays {
    /// Orders on or before as-of, folded into purchases (amounts summed in the orders' order,
    /// which the loader makes (customer, date, order id)). The reference the pushed-down SQL
    /// aggregates must equal bit for bit.
    public init(orders: [Order], customers n: Int, asOf day: Day) throws(BuildFailure) {
        let asOf = day.raw
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
        var day: [Int32] = [], amount: [Double] = []
        day.reserveCapacity(orders.count); amount.reserveCapacity(orders.count)
        var margin = [Double](repeating: 0, count: n)
        // The open day's margin, added to its customer's when the day closes.
        var dayMargin = 0.0
        var orderCount = [Int](repeating: 0, count: n)
        var marginComplete = [Bool](repeating: true, count: n)
        var lastCustomer = -1
        for i in order {
            let o = orders[i]
            guard o.customer >= 0, o.customer < n else {
                throw BuildFailure(SourceLocation(file: "content/data/orders.csv", line: o.line), "order \(o.orderID) refers to no known customer")
            }
            guard o.date.raw <= asOf else { continue }
            orderCount[o.customer] += 1
            if o.margin == nil { marginComplete[o.customer] = false }
            if o.customer != lastCustomer {
                if lastCustomer >= 0 { margin[lastCustomer] += dayMargin }
                // Close every customer between the previous one and this one.
                for c in (lastCustomer + 1)...o.customer { start[c] = day.count }
                lastCustomer = o.customer
            } else if day.last == o.date.raw {
                amount[amount.count - 1] += o.amount
                dayMargin += o.margin ?? 0
                continue
            } else {
                margin[lastCustomer] += dayMargin
            }
            day.append(o.date.raw); amount.append(o.amount); dayMargin = o.margin ?? 0
        }
        if lastCustomer >= 0 { margin[lastCustomer] += dayMargin }
        for c in (lastCustomer + 1)...n { start[c] = day.count }
        self.init(start: Array(start.dropLast()), end: Array(start.dropFirst()), day: day, amount: amount, margin: margin, orderCount: orderCount, marginComplete: marginComplete)
    }
}
