import BoomerangModel

/// The shard's own orders in a sharded build from a database, read after the analysis from the
/// load's snapshot, which stays open until then. The analysis reads every customer's purchase
/// days (the push-down) and never these rows: only the shard's dossiers list them. Read with
/// the rest of the load, they were held through the analysis, whose start is the build's
/// memory peak: 115 MB for the 2.4 million orders of a 1/8 shard of 1,000,000 customers
/// (docs/database.md, "Memory of a shard build").
public final class PendingOrders: @unchecked Sendable {
    private var loader: DataLoader?

    init(_ loader: DataLoader) {
        var kept = loader
        // Kept: the snapshot, the customers' ids and the settings the rows are checked with.
        // Let go: what the model holds once the analysis is done with it, and the id lookup
        // table (about 35 MB at 1,000,000 customers), made again when the rows are read.
        kept.purchaseDays = nil
        kept.churn = []
        kept.complaints = []
        kept.contacts = []
        kept.contactDays = nil
        kept.knownCustomers = nil
        self.loader = kept
    }

    /// The orders, checked as the load checks them (a problem fails the build as it would
    /// there); the snapshot is closed after.
    public func read() throws -> [Order] {
        guard var loader else { return [] }
        self.loader = nil
        defer { loader.feed?.close() }
        loader.loadOrders()
        if let failure = loader.log.failure() { throw failure }
        return loader.orders
    }

    /// A build that fails before reading them still closes the snapshot.
    deinit { loader?.feed?.close() }
}
