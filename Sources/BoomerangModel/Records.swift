/// One row of `customers.csv`.
public struct Customer: Sendable {
    public var id: String
    public var name: String
    public var manager: String = ""
    public var contactName: String = ""
    public var contactRole: String = ""
    public var channel: String = ""
    public var segment: String = ""
    public var city: String = ""
    public var since: Day?
    public var email: String = ""
    public var referrals: Int = 0
    /// Columns outside the contract, kept in file order and shown on the dossier.
    public var extra: [(name: String, value: String)] = []
    public var location: SourceLocation

    public init(id: String, name: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.location = location
    }
}

/// One row of `orders.csv`. Customers are referred to by index for speed.
public struct Order: Sendable {
    public var orderID: String
    public var customer: Int
    public var date: Day
    public var amount: Double
    public var margin: Double?
    public var line: Int

    public init(orderID: String, customer: Int, date: Day, amount: Double, margin: Double? = nil, line: Int) {
        self.orderID = orderID
        self.customer = customer
        self.date = date
        self.amount = amount
        self.margin = margin
        self.line = line
    }
}

/// One row of `churn.csv`: the customer left on `date` for `reasons` (playbook ids).
public struct ChurnEvent: Sendable {
    public var customer: Int
    public var date: Day
    public var reasons: [String]
    public var competitor: String = ""
    public var note: String = ""
    public var location: SourceLocation

    public init(customer: Int, date: Day, reasons: [String], location: SourceLocation) {
        self.customer = customer
        self.date = date
        self.reasons = reasons
        self.location = location
    }
}

/// One row of `complaints.csv`.
public struct Complaint: Sendable {
    public var customer: Int
    public var date: Day
    public var topic: String
    public var resolved: Bool
    public var location: SourceLocation

    public init(customer: Int, date: Day, topic: String, resolved: Bool, location: SourceLocation) {
        self.customer = customer
        self.date = date
        self.topic = topic
        self.resolved = resolved
        self.location = location
    }
}

/// One row of `contacts.csv`: a call, visit, email ... that happened.
public struct Contact: Sendable {
    public var customer: Int
    public var date: Day
    public var channel: String
    public var manager: String
    public var note: String
    public var location: SourceLocation

    public init(customer: Int, date: Day, channel: String, manager: String, note: String, location: SourceLocation) {
        self.customer = customer
        self.date = date
        self.channel = channel
        self.manager = manager
        self.note = note
        self.location = location
    }
}

/// One row of `managers.csv`.
public struct Manager: Sendable {
    public var name: String
    public var email: String
    public var phone: String = ""
    public var region: String = ""
    public var location: SourceLocation

    public init(name: String, email: String, location: SourceLocation) {
        self.name = name
        self.email = email
        self.location = location
    }
}
