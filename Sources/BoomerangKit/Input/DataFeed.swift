import BoomerangModel

/// A database the loader reads kinds of data from (docs/database.md). BoomerangKit knows only
/// this interface; the PostgreSQL client lives in the BoomerangDatabase target. Values arrive as
/// the text the CSV path reads (ISO dates, plain numbers), so every row goes through the same
/// checks and messages as a file's.
public protocol DataFeed: AnyObject, Sendable {
    /// The result's column names, in order, without reading its rows.
    func columns(of entry: DatabaseEntry) throws(DataFeedError) -> [String]
    /// Every row of the entry, ordered by `orderBy` (result column names), in batches.
    func rows(of entry: DatabaseEntry, orderBy: [String], _ body: (FeedBatch) -> Void) throws(DataFeedError)
    /// The rows of the entry whose `column`, as text with spaces and tabs around it removed (as
    /// the loader reads an id), is one of `keys`; ordered as `rows(of:orderBy:)`. A sharded build
    /// reads its own customers' orders this way.
    func rows(of entry: DatabaseEntry, orderBy: [String], where column: String, in keys: [String],
              _ body: (FeedBatch) -> Void) throws(DataFeedError)
    /// The orders entry aggregated by customer and day (`OrderColumns.purchaseDayFields`), one customer's
    /// days after another in date order: what a sharded build reads of every customer.
    func purchaseDays(of entry: DatabaseEntry, columns: OrderColumns, _ body: (FeedBatch) -> Void) throws(DataFeedError)
    /// Ends the snapshot's transaction and the connection.
    func close()
}

/// Opens the database a handbook's `database:` block names. The CLI passes the PostgreSQL one.
public protocol DataFeedOpener: Sendable {
    /// `environment` holds the variable named by `url_env`.
    func open(_ settings: DatabaseSettings, environment: [String: String]) throws(DataFeedError) -> any DataFeed
}

/// A problem reading the database: one clear sentence, placed where its entry is in handbook.yml.
public struct DataFeedError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The result columns of an orders entry that hold the contract's fields (after `columns:`).
public struct OrderColumns: Sendable, Equatable {
    public var orderID: String
    public var customerID: String
    public var date: String
    public var amount: String
    /// nil when the entry has no margin column.
    public var margin: String?

    public init(orderID: String, customerID: String, date: String, amount: String, margin: String?) {
        self.orderID = orderID; self.customerID = customerID; self.date = date; self.amount = amount; self.margin = margin
    }

    /// The columns of a purchase-days result, named as contract fields so that its rows meet the
    /// same checks and messages as an order's (`row with customer_id C1, date 2024-03-01: amount is NULL`).
    public static let purchaseDayFields = ["customer_id", "date", "amount", "margin", "orders", "complete"]
}

/// Rows of one result as text, flat so that millions of rows are not millions of arrays.
/// Row `r` is fields `r * width ..< (r + 1) * width`.
public struct FeedBatch: Sendable {
    public let width: Int
    /// Field contents one after another.
    public var bytes: [UInt8] = []
    /// End offset in `bytes` of each field.
    public var ends: [Int] = []
    /// Whether each field was NULL (its bytes are then empty).
    public var nulls: [Bool] = []

    public init(width: Int) { self.width = width }

    public var rowCount: Int { width == 0 ? 0 : ends.count / width }

    public mutating func appendNull() {
        ends.append(bytes.count)
        nulls.append(true)
    }

    public mutating func append<C: Collection<UInt8>>(_ field: C) {
        bytes.append(contentsOf: field)
        ends.append(bytes.count)
        nulls.append(false)
    }

    public mutating func append(_ text: String) { append(text.utf8) }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        nulls.removeAll(keepingCapacity: true)
    }
}
