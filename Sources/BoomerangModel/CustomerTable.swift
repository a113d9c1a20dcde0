/// Every customer of a handbook, stored as columns; `table[c]` is customer `c` (a `Customer`).
///
/// Why columns: every customer is kept to the end of a build, a million of them in a large
/// sharded one, and a customer as a struct of Strings took about 450 bytes (eight Strings of
/// 16 bytes, three of them with a heap copy of their own for names and addresses longer than
/// 15 bytes, and a whole `SourceLocation`). Here the texts unique to a customer (id, name,
/// contact name, email) are UTF-8 bytes one after another in one array, the repeating ones
/// (manager, contact role, channel, segment, city) numbers into one list of the distinct
/// values, and the rest one array per field: about 125 bytes a customer
/// (docs/database.md, "Memory of a shard build").
public struct CustomerTable: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    let columns: CustomerColumns

    public init(_ records: some Sequence<CustomerRecord>) {
        var builder = Builder()
        for r in records { builder.append(r) }
        self = builder.table()
    }

    public init(arrayLiteral records: CustomerRecord...) {
        self.init(records)
    }

    init(columns: CustomerColumns) {
        self.columns = columns
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { columns.lines.count }
    public subscript(c: Int) -> Customer {
        precondition(c >= 0 && c < endIndex, "customer index out of range")
        return Customer(columns: columns, index: c)
    }

    /// Fills the columns row by row while a file or table is read (no array of whole records
    /// beside them), then hands them over as a table.
    public struct Builder: Sendable {
        var text: [UInt8] = []
        var textEnds: [UInt32] = []
        var repeated: [UInt32] = []
        var distinct: [String] = []
        var distinctIndex: [String: UInt32] = [:]
        var since: [Day?] = []
        var referrals: [Int] = []
        var lines: [RecordLine] = []
        var extras: [Int: [(name: String, value: String)]] = [:]

        public init() {}

        public var count: Int { lines.count }

        /// The line of the customer appended `c`-th.
        public func line(_ c: Int) -> RecordLine { lines[c] }

        /// In the order `CustomerColumns.text(_:_:)` and `repeated(_:_:)` number the fields.
        public mutating func append(_ r: CustomerRecord) {
            appendText(r.id)
            appendText(r.name)
            appendText(r.contactName)
            appendText(r.email)
            repeated.append(number(r.manager))
            repeated.append(number(r.contactRole))
            repeated.append(number(r.channel))
            repeated.append(number(r.segment))
            repeated.append(number(r.city))
            since.append(r.since)
            referrals.append(r.referrals)
            lines.append(r.line)
            if !r.extra.isEmpty { extras[lines.count - 1] = r.extra }
        }

        private mutating func appendText(_ t: String) {
            text.append(contentsOf: t.utf8)
            precondition(text.count <= UInt32.max, "customer texts beyond 4 GB")
            textEnds.append(UInt32(text.count))
        }

        /// A repeating value's number in `distinct`, added when new.
        private mutating func number(_ value: String) -> UInt32 {
            if let known = distinctIndex[value] { return known }
            let n = UInt32(distinct.count)
            distinct.append(value)
            distinctIndex[value] = n
            return n
        }

        public func table() -> CustomerTable {
            CustomerTable(columns: CustomerColumns(text: text, textEnds: textEnds, repeated: repeated, distinct: distinct,
                                                   since: since, referrals: referrals, lines: lines, extras: extras))
        }
    }
}

/// The columns behind a `CustomerTable`, shared by every `Customer` read from it.
final class CustomerColumns: Sendable {
    /// Per customer in turn: id, name, contact name, email, as UTF-8.
    let text: [UInt8]
    /// Where each of those four texts ends in `text` (four per customer).
    let textEnds: [UInt32]
    /// Per customer in turn: manager, contact role, channel, segment, city, as their place in
    /// `distinct` (a few thousand values repeat across a million customers).
    let repeated: [UInt32]
    let distinct: [String]
    let since: [Day?]
    let referrals: [Int]
    let lines: [RecordLine]
    /// The customers with columns outside the contract, by index.
    let extras: [Int: [(name: String, value: String)]]

    init(text: [UInt8], textEnds: [UInt32], repeated: [UInt32], distinct: [String], since: [Day?], referrals: [Int],
         lines: [RecordLine], extras: [Int: [(name: String, value: String)]]) {
        self.text = text; self.textEnds = textEnds; self.repeated = repeated; self.distinct = distinct
        self.since = since; self.referrals = referrals; self.lines = lines; self.extras = extras
    }

    static let textsPerCustomer = 4
    static let repeatedPerCustomer = 5

    /// Text `field` (0: id, 1: name, 2: contact name, 3: email) of customer `c`.
    func text(_ c: Int, _ field: Int) -> String {
        let k = c * Self.textsPerCustomer + field
        let start = k == 0 ? 0 : Int(textEnds[k - 1])
        return String(decoding: text[start..<Int(textEnds[k])], as: UTF8.self)
    }

    /// Repeating value `field` (0: manager ... 4: city) of customer `c`.
    func repeated(_ c: Int, _ field: Int) -> String {
        distinct[Int(repeated[c * Self.repeatedPerCustomer + field])]
    }
}

/// One customer of a `CustomerTable`, read field by field: only the fields a page asks for
/// are made into Strings.
public struct Customer: Sendable {
    let columns: CustomerColumns
    let index: Int

    public var id: String { columns.text(index, 0) }
    public var name: String { columns.text(index, 1) }
    public var contactName: String { columns.text(index, 2) }
    public var email: String { columns.text(index, 3) }
    public var manager: String { columns.repeated(index, 0) }
    public var contactRole: String { columns.repeated(index, 1) }
    public var channel: String { columns.repeated(index, 2) }
    public var segment: String { columns.repeated(index, 3) }
    public var city: String { columns.repeated(index, 4) }
    public var since: Day? { columns.since[index] }
    public var referrals: Int { columns.referrals[index] }
    /// Columns outside the contract, kept in file order and shown on the dossier.
    public var extra: [(name: String, value: String)] { columns.extras[index] ?? [] }
    /// The row's line in its file (see `RecordLine`).
    public var line: RecordLine { columns.lines[index] }
}
