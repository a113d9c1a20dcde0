/// Everything loaded from a handbook project, validated, before any analysis.
public struct HandbookModel: Sendable {
    public var config: HandbookConfig
    public var customers: [Customer]
    /// Orders sorted by (customer, date, input order).
    public var orders: [Order]
    public var churn: [ChurnEvent]
    public var complaints: [Complaint]
    public var contacts: [Contact]
    public var managers: [Manager]
    public var playbooks: [Playbook]
    /// The as-of day in force: config.asOf, else the latest order date, else 1970-01-01.
    public var asOf: Day

    public init(config: HandbookConfig, customers: [Customer], orders: [Order], churn: [ChurnEvent] = [],
                complaints: [Complaint] = [], contacts: [Contact] = [], managers: [Manager] = [],
                playbooks: [Playbook] = [], asOf: Day? = nil) {
        self.config = config
        self.customers = customers
        self.orders = orders
        self.churn = churn
        self.complaints = complaints
        self.contacts = contacts
        self.managers = managers
        self.playbooks = playbooks
        self.asOf = asOf ?? config.asOf ?? orders.map(\.date).max() ?? Day(raw: 0)
    }
}
