import BoomerangModel

/// Small hand-made handbooks for the rule tests: customers by id, orders as (customer, date, amount).
struct ModelBuilder {
    var config = HandbookConfig()
    var customers: [CustomerRecord] = []
    var orders: [Order] = []
    var churn: [ChurnEvent] = []
    var complaints: [Complaint] = []
    var playbooks: [Playbook] = []

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    @discardableResult
    mutating func customer(_ id: String, manager: String = "", referrals: Int = 0) -> Int {
        var c = CustomerRecord(id: id, name: id, line: customers.count + 2)
        c.manager = manager
        c.referrals = referrals
        customers.append(c)
        return customers.count - 1
    }

    mutating func order(_ customer: Int, _ date: String, _ amount: Double, margin: Double? = nil) {
        orders.append(Order(orderID: "o\(orders.count + 1)", customer: customer, date: Self.day(date), amount: amount,
                            margin: margin, line: orders.count + 2))
    }

    /// Orders every `every` days starting at `start`, `count` of them.
    mutating func orders(_ customer: Int, from start: String, every: Int, count: Int, amount: Double) {
        let d = Self.day(start)
        for k in 0..<count { order(customer, (d + k * every).iso, amount) }
    }

    mutating func churned(_ customer: Int, _ date: String, _ reasons: [String] = []) {
        churn.append(ChurnEvent(customer: customer, date: Self.day(date), reasons: reasons, line: churn.count + 2))
    }

    mutating func complaint(_ customer: Int, _ date: String, resolved: Bool) {
        complaints.append(Complaint(customer: customer, date: Self.day(date), topic: "t", resolved: resolved, line: complaints.count + 2))
    }

    mutating func reason(_ id: String, _ cause: ChurnCause) {
        var p = Playbook(id: id, title: id, kind: .reason, markdown: "", html: "", location: SourceLocation(file: "test"))
        p.cause = cause
        playbooks.append(p)
    }

    func model(asOf: String) -> HandbookModel {
        // The loader's order: by customer, then date, then input order.
        let sorted = orders.enumerated().sorted {
            ($0.element.customer, $0.element.date.raw, $0.offset) < ($1.element.customer, $1.element.date.raw, $1.offset)
        }.map(\.element)
        return HandbookModel(config: config, customers: CustomerTable(customers), orders: sorted, churn: churn,
                             complaints: complaints, playbooks: playbooks, asOf: Self.day(asOf))
    }
}
