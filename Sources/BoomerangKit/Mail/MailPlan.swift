/// Who gets a dossier email this time: every customer with a plan step due within `days`
/// of as_of, addressed to their manager. Customers who cannot be mailed are listed with the
/// reason, never sent a broken message.
public struct MailPlan: Sendable {
    public struct Item: Sendable {
        public var customer: Int
        /// The first step due in the window; it names the subject's deadline.
        public var step: PlanStep
        public var manager: Manager
    }

    public struct Skip: Sendable, Equatable {
        public var customer: Int
        public var reason: String
    }

    public var items: [Item] = []
    public var skipped: [Skip] = []

    /// `manager`, when given, keeps only that manager's customers (name as in the data).
    public init(site: SiteContext, within days: Int, manager: String? = nil) {
        let last = site.model.asOf + days
        var managers: [String: Manager] = [:]
        for m in site.model.managers where managers[m.name] == nil { managers[m.name] = m }
        for (c, customer) in site.model.customers.enumerated() {
            if let manager, customer.manager != manager { continue }
            guard let step = site.plan(c).first(where: { $0.due <= last }) else { continue }
            let name = customer.manager
            if name.isEmpty {
                skipped.append(Skip(customer: c, reason: "no manager in customers.csv"))
            } else if let m = managers[name] {
                if Self.isAddress(m.email) {
                    items.append(Item(customer: c, step: step, manager: m))
                } else if m.email.isEmpty {
                    skipped.append(Skip(customer: c, reason: "manager \(name) has no email in managers.csv"))
                } else {
                    skipped.append(Skip(customer: c, reason: "manager \(name) has an invalid email \"\(m.email)\" in managers.csv"))
                }
            } else {
                skipped.append(Skip(customer: c, reason: "manager \(name) is not in managers.csv"))
            }
        }
    }

    /// A plain ASCII addr-spec: one `@`, no spaces, brackets or line breaks (enough to keep a
    /// header well formed; the mail server judges the rest).
    static func isAddress(_ s: String) -> Bool { EmailAddress.problem(s) == nil }
}
