import Foundation

/// How `HandbookLoader.load` treats bad records.
public struct LoadOptions: Sendable {
    /// Skip records with problems (returned in `LoadResult.rejected`) instead of failing.
    /// Problems that are not about one record (config, playbooks, unreadable files) still fail.
    public var keepGoing: Bool = false
    /// The client for a `database:` block in handbook.yml (the CLI passes PostgreSQL's).
    public var database: (any DataFeedOpener)?
    /// `--shard i/n`: with orders from a database, every customer's orders are read aggregated
    /// by day and only the shard's customers' orders in full (docs/database.md, "The push-down").
    public var shard: Shard?
    /// Where the variable named by `url_env` is looked up.
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// With the push-down, leave the shard's own order rows for after the analysis
    /// (`LoadResult.pendingOrders`); the build does, other callers get them with the model.
    public var defersShardOrders = false
    public init(keepGoing: Bool = false, database: (any DataFeedOpener)? = nil) {
        self.keepGoing = keepGoing
        self.database = database
    }
}

public struct LoadResult: Sendable {
    public var model: HandbookModel
    /// Records skipped under --keep-going, each with its problem (for output/data/rejected.csv).
    public var rejected: [RejectedRecord]
    /// The shard's own orders, still to be read (`LoadOptions.defersShardOrders`); nil when
    /// `model.orders` holds them.
    public var pendingOrders: PendingOrders?

    public init(model: HandbookModel, rejected: [RejectedRecord], pendingOrders: PendingOrders? = nil) {
        self.model = model
        self.rejected = rejected
        self.pendingOrders = pendingOrders
    }
}

/// A data record left out under --keep-going.
public struct RejectedRecord: Sendable, Equatable {
    /// Path relative to the handbook root, e.g. `content/data/orders.csv`.
    public var file: String
    public var line: Int
    /// Every problem of the record, `; `-separated, each starting with its column name.
    public var reason: String
    /// The record as written in the file (without its line break).
    public var raw: String

    public init(file: String, line: Int, reason: String, raw: String) {
        self.file = file; self.line = line; self.reason = reason; self.raw = raw
    }
}
