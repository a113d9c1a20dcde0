import BoomerangModel
import Foundation

/// Rendered pages are written by one thread while the render threads go on rendering.
///
/// Creating a file takes its folder's lock in the kernel, and almost every page lands in
/// `customers/`. Two render threads writing there side by side spent about a fifth of a
/// 10,000-customer build's CPU spinning on that lock (perf: `rwsem_spin_on_owner`), and a
/// render thread waiting for the lock renders nothing. One writer takes the creations in turn.
/// The queue holds at most `limit` bytes, so memory stays flat when the disk is slower than
/// the render.
final class PageWriteQueue: @unchecked Sendable {
    struct Page {
        let index: Int
        let path: String
        let bytes: [UInt8]
        let fingerprint: Fingerprint?
    }

    private let writer: SiteWriter
    private let cache: PageCache?
    private let outcome: ParallelOutcome
    private let limit: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var waiting: [Page] = []
    private var waitingBytes = 0
    private var closed = false
    private let finished = DispatchSemaphore(value: 0)

    init(writer: SiteWriter, cache: PageCache?, outcome: ParallelOutcome, limit: Int = 16 << 20) {
        self.writer = writer
        self.cache = cache
        self.outcome = outcome
        self.limit = limit
        let thread = Thread { [self] in drain() }
        thread.name = "boomerang-writer"
        thread.start()
    }

    /// Hands a page to the writer; waits only while the queue is full.
    func put(_ page: Page) {
        condition.lock()
        while waitingBytes > limit { condition.wait() }
        waiting.append(page)
        waitingBytes += page.bytes.count
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every page handed over is written.
    func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        finished.wait()
    }

    /// The writer thread: takes everything waiting at once and writes it in order.
    private func drain() {
        while let batch = next() {
            for page in batch { write(page) }
        }
        finished.signal()
    }

    private func next() -> [Page]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !closed { condition.wait() }
        if waiting.isEmpty { return nil }
        let batch = waiting
        waiting = []
        waitingBytes = 0
        condition.broadcast()
        return batch
    }

    private func write(_ page: Page) {
        outcome.record(page.path) { try writer.put(page.path, page.bytes) }
        if let fingerprint = page.fingerprint, let cache { cache.record(page.index, fingerprint) }
    }
}
