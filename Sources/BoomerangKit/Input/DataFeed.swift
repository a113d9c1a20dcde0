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
