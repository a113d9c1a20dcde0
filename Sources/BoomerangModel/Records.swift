/// One row of `customers.csv` as it is read, before it is stored in a `CustomerTable` (which
/// the pages read through `Customer`).
public struct CustomerRecord: Sendable {
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
    /// The row's line in its file (see `RecordLine`).
    public var line: RecordLine

    public init(id: String, name: String, line: Int) {
        self.id = id
        self.name = name
        self.line = RecordLine(line)
    }
}

/// One row of `orders.csv`. Customers are referred to by index for speed.
public struct Order: Sendable {
    // Stored widest first, the customer and line in four bytes (Narrow): 48 bytes instead of 64, for the
    // millions of orders a build holds (a shard of 1,000,000 customers: 2.4 million).
    public var orderID: String
    public var amount: Double
    public var margin: Double?
    public var date: Day
    /// The customer's index in `HandbookModel.customers`.
    @Narrow public var customer: Int
    /// The row's line in orders.csv (see `RecordLine`).
    @Narrow public var line: Int

    public init(orderID: String, customer: Int, date: Day, amount: Double, margin: Double? = nil, line: Int) {
        self.orderID = orderID
        self.amount = amount
        self.margin = margin
        self.date = date
        self.customer = customer
        self.line = line
    }
}

/// One row of `churn.csv`: the customer left on `date` for `reasons` (playbook ids).
public struct ChurnEvent: Sendable {
    public var customer: Int
    public var date: Day
    public var line: RecordLine
    public var reasons: [String]
    public var competitor: String = ""
    public var note: String = ""

    public init(customer: Int, date: Day, reasons: [String], line: Int) {
        self.customer = customer
        self.date = date
        self.reasons = reasons
        self.line = RecordLine(line)
    }
}

/// One row of `complaints.csv`.
public struct Complaint: Sendable {
    public var customer: Int
    public var date: Day
    public var line: RecordLine
    public var topic: String
    public var resolved: Bool

    public init(customer: Int, date: Day, topic: String, resolved: Bool, line: Int) {
        self.customer = customer
        self.date = date
        self.topic = topic
        self.resolved = resolved
        self.line = RecordLine(line)
    }
}

/// One row of `contacts.csv`: a call, visit, email ... that happened.
public struct Contact: Sendable {
    public var customer: Int
    public var date: Day
    public var line: RecordLine
    public var channel: String
    public var manager: String
    public var note: String

    public init(customer: Int, date: Day, channel: String, manager: String, note: String, line: Int) {
        self.customer = customer
        self.date = date
        self.channel = channel
        self.manager = manager
        self.note = note
        self.line = RecordLine(line)
    }
}

/// One row of `managers.csv`.
public struct Manager: Sendable {
    public var name: String
    public var email: String
    public var phone: String = ""
    public var region: String = ""
    public var line: RecordLine

    public init(name: String, email: String, line: Int) {
        self.name = name
        self.email = email
        self.line = RecordLine(line)
    }
}

/// A record's line in its file (a database row's number in its result), for sorting same-day
/// rows as the file has them and for messages. The file is the same for every record of a
/// kind, so a record keeps its line instead of a whole `SourceLocation` (56 bytes): a million
/// customers and a million contacts are kept to the end of a sharded build.
public typealias RecordLine = Int32
