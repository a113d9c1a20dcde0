import BoomerangKit
import Foundation

/// Hands batches of rows from the connection's event loop to the loader's thread, holding at most
/// `capacity` of them: when the loader falls behind, the event loop waits and stops reading the
/// socket, so the server's rows stay on the server. This is what keeps a 20-million-row result
/// out of memory (postgres-nio's callback API has no back-pressure of its own).
final class RowQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [FeedBatch] = []
    private var finished = false
    private(set) var failure: (any Error)?
    let capacity: Int

    init(capacity: Int = 4) { self.capacity = capacity }

    /// Producer: waits while `capacity` batches are waiting. The consumer always reads to the
    /// end (`PostgresFeed.rows`), so the wait ends.
    func push(_ batch: FeedBatch) {
        condition.lock(); defer { condition.unlock() }
        while batches.count >= capacity { condition.wait() }
        batches.append(batch)
        condition.broadcast()
    }

    /// Producer: no more rows; `error` when the query failed.
    func finish(_ error: (any Error)?) {
        condition.lock(); defer { condition.unlock() }
        finished = true
        failure = error
        condition.broadcast()
    }

    /// Consumer: the next batch, or nil once the producer has finished and all are taken.
    func pop() -> FeedBatch? {
        condition.lock(); defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if batches.isEmpty { return nil }
        let b = batches.removeFirst()
        condition.broadcast()
        return b
    }
}
