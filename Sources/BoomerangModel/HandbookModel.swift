/// Everything loaded from a handbook project, validated, before any analysis.
public struct HandbookModel: Sendable {
    public var config: HandbookConfig
    public var customers: CustomerTable
    /// Orders sorted by (customer, date, order id). With `purchaseDays` set, only the orders of
    /// the shard's own customers (their dossiers list them); `boomerang build` fills them in
    /// after the analysis (`PendingOrders`), so until then they are empty.
    public var orders: [Order]
    /// Every customer's purchase days, when a sharded build read them aggregated from the
    /// database instead of reading every order (docs/database.md, "The push-down"); nil when
    /// the analysis folds them from `orders`.
    public private(set) var purchaseDays: PurchaseDays?
    /// The first and last of `purchaseDays`, kept when they are let go after the analysis.
    public private(set) var purchaseDaySpan: ClosedRange<Day>?
    public var churn: [ChurnEvent]
    public var complaints: [Complaint]
    /// Sorted by customer. In a sharded build only the contacts of the build's own customers
    /// (`dossierCustomers`): their dossiers list them; of everyone else the pages read only
    /// `contactDays`.
    public var contacts: [Contact]
    /// Every customer's latest contact day, and the earliest contact of anyone.
    public var contactDays: LatestDays
    public var managers: [Manager]
    public var playbooks: [Playbook]
    /// The as-of day in force: config.asOf, else the latest order date, else 1970-01-01.
    public var asOf: Day
    /// Per customer, whether this build writes their dossier (a sharded build writes its
    /// shard's); nil when it writes every one. What only a dossier shows is made for these alone.
    public var dossierCustomers: [Bool]?

    public init(config: HandbookConfig, customers: CustomerTable, orders: [Order], churn: [ChurnEvent] = [],
                complaints: [Complaint] = [], contacts: [Contact] = [], managers: [Manager] = [],
                playbooks: [Playbook] = [], asOf: Day? = nil, purchaseDays: PurchaseDays? = nil,
                contactDays: LatestDays? = nil) {
        self.config = config
        self.customers = customers
        self.orders = orders
        self.churn = churn
        self.complaints = complaints
        self.contacts = contacts
        self.contactDays = contactDays ?? LatestDays(customers: customers.count, contacts.lazy.map { ($0.customer, $0.date) })
        self.managers = managers
        self.playbooks = playbooks
        self.purchaseDays = purchaseDays
        if let first = purchaseDays?.firstDay, let last = purchaseDays?.lastDay { purchaseDaySpan = first...last }
        let latest = [orders.lazy.map(\.date).max(), purchaseDaySpan?.upperBound].compactMap { $0 }.max()
        self.asOf = asOf ?? config.asOf ?? latest ?? Day(raw: 0)
    }

    /// Whether this build writes customer `c`'s dossier (see `dossierCustomers`).
    public func writesDossier(_ c: Int) -> Bool {
        guard let dossierCustomers else { return true }
        return dossierCustomers[c]
    }

    /// Whether anyone ordered anything, the shard's customers or not.
    public var hasOrders: Bool { !orders.isEmpty || purchaseDaySpan != nil }

    /// The first day anyone ordered, the shard's customers or not.
    public var firstOrderDay: Day? {
        [orders.lazy.map(\.date).min(), purchaseDaySpan?.lowerBound].compactMap { $0 }.min()
    }

    /// Lets every customer's purchase days go once the analysis has read them: the pages read
    /// only the analysis and the shard's own orders (a sharded build's largest array).
    public mutating func releasePurchaseDays() {
        purchaseDays = nil
    }
}
