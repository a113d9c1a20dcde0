import BoomerangKit
import BoomerangModel
import Foundation
import Logging
import PostgresNIO

/// One connection holding one read-only REPEATABLE READ transaction for the whole load: every
/// kind is read from the same snapshot, so orders can never name a customer committed after the
/// customers were read. Queries run one at a time (a lock): each sits in a savepoint, so one that
/// fails leaves the transaction usable and the next entry reports its own problem.
final class PostgresFeed: DataFeed, @unchecked Sendable {
    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private let connection: PostgresConnection
    private let logger = Logger(label: "boomerang.database", factory: { _ in SwiftLogNoOpLogHandler() })
    private let lock = NSLock()
    /// Column types of each entry's result, from `columns(of:)`, to choose how to order by them.
    private var types: [String: [String: PostgresDataType]] = [:]
    private var closed = false
    static let rowsPerBatch = 2048

    init(url: PostgresURL, configuration: PostgresConnection.Configuration) throws(DataFeedError) {
        let where_ = "\(url.host):\(url.port)/\(url.database) as \(url.user)"
        do {
            connection = try PostgresConnection.connect(on: group.next(), configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw DataFeedError("cannot connect to \(where_): \(PostgresErrors.describe(error))")
        }
        do {
            _ = try connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger).wait()
        } catch {
            close()
            throw DataFeedError("cannot start a read-only transaction on \(where_): \(PostgresErrors.describe(error))")
        }
    }

    func columns(of entry: DatabaseEntry) throws(DataFeedError) -> [String] {
        lock.lock(); defer { lock.unlock() }
        // One all-NULL row whatever the result holds, so even an empty result names its columns.
        let sql = "SELECT s.* FROM (SELECT 1) AS one LEFT JOIN (SELECT * FROM \(EntrySQL.from(entry)) LIMIT 0) AS s ON true"
        var cells: [PostgresCell] = []
        try guarded(entry) {
            let result = try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait()
            cells = result.rows.first.map { Array($0) } ?? []
        }
        types[entry.kind] = Dictionary(cells.map { ($0.columnName, $0.dataType) }, uniquingKeysWith: { a, _ in a })
        return cells.map(\.columnName)
    }

    func rows(of entry: DatabaseEntry, orderBy: [String], _ body: (FeedBatch) -> Void) throws(DataFeedError) {
        lock.lock(); defer { lock.unlock() }
        let sql = EntrySQL.select(entry, orderBy: orderBy, types: types[entry.kind] ?? [:])
        try stream(entry, PostgresQuery(unsafeSQL: sql), width: types[entry.kind]?.count ?? 0, body)
    }

    func rows(of entry: DatabaseEntry, orderBy: [String], where column: String, in keys: [String],
              _ body: (FeedBatch) -> Void) throws(DataFeedError) {
        lock.lock(); defer { lock.unlock() }
        // The keys are one bound text[] parameter: never spliced into the SQL.
        let sql = EntrySQL.select(entry, orderBy: orderBy, types: types[entry.kind] ?? [:],
                                  filter: "\(EntrySQL.keyText(column)) = ANY($1)")
        var binds = PostgresBindings()
        binds.append(keys)
        try stream(entry, PostgresQuery(unsafeSQL: sql, binds: binds), width: types[entry.kind]?.count ?? 0, body)
    }

    func purchaseDays(of entry: DatabaseEntry, columns: OrderColumns, _ body: (FeedBatch) -> Void) throws(DataFeedError) {
        lock.lock(); defer { lock.unlock() }
        let sql = PurchaseDaySQL.select(entry, columns: columns, types: types[entry.kind] ?? [:])
        try stream(entry, PostgresQuery(unsafeSQL: sql), width: OrderColumns.purchaseDayFields.count, body)
    }

    /// Runs `query` in a savepoint and hands its rows over in batches as they arrive.
    private func stream(_ entry: DatabaseEntry, _ query: PostgresQuery, width: Int, _ body: (FeedBatch) -> Void) throws(DataFeedError) {
        let queue = RowQueue()
        let sink = RowSink(queue: queue, width: width)
        try guarded(entry) {
            connection.query(query, logger: logger) { row in try sink.add(row) }
                .whenComplete { result in
                    sink.flush()
                    if case .failure(let e) = result { queue.finish(e) } else { queue.finish(nil) }
                }
            while let batch = queue.pop() { body(batch) }
            if let failure = queue.failure { throw failure }
        }
    }

    /// Runs `work` in a savepoint; a failure rolls back to it and is described for `entry`.
    private func guarded(_ entry: DatabaseEntry, _ work: () throws -> Void) throws(DataFeedError) {
        do {
            _ = try connection.query("SAVEPOINT boomerang_read", logger: logger).wait()
            try work()
            _ = try connection.query("RELEASE SAVEPOINT boomerang_read", logger: logger).wait()
        } catch {
            _ = try? connection.query("ROLLBACK TO SAVEPOINT boomerang_read", logger: logger).wait()
            throw DataFeedError(EntrySQL.what(entry) + ": " + PostgresErrors.describe(error))
        }
    }

    func close() {
        lock.lock(); defer { lock.unlock() }
        guard !closed else { return }
        closed = true
        // Read only: ending the transaction either way changes nothing.
        _ = try? connection.query("ROLLBACK", logger: logger).wait()
        try? connection.close().wait()
        try? group.syncShutdownGracefully()
    }
}

/// Turns rows into batches on the event loop and hands them over through the queue.
private final class RowSink: @unchecked Sendable {
    let queue: RowQueue
    var batch: FeedBatch
    init(queue: RowQueue, width: Int) {
        self.queue = queue
        batch = FeedBatch(width: width)
    }

    func add(_ row: PostgresRow) throws {
        for cell in row { try CellText.append(cell, to: &batch) }
        if batch.rowCount >= PostgresFeed.rowsPerBatch {
            queue.push(batch)
            batch.removeAll()
        }
    }

    func flush() {
        if batch.rowCount > 0 { queue.push(batch) }
        batch.removeAll()
    }
}
