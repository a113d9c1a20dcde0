import Dispatch
import Foundation

/// The customer rows of the pages one folder below the top (list pages, manager pages,
/// sections, playbooks, dossiers: all link with root "../"), made once per build and shared
/// when the render stage asks for it (`prepare`), else made for each page that shows them.
///
/// Why shared: every customer appears in about six lists (five list orders, a manager page, a
/// section, a reason playbook) and tops its own dossier; rows are made (and fingerprinted, see
/// TemplateFingerprint) once instead of at every appearance. Made per page, they cost a one-order
/// rebuild at 10,000 customers 0.98 s instead of about 0.6 s (make bench), since every list
/// page's fingerprint needs its rows.
/// Why not in a sharded build: there every row would stay in memory through the whole render,
/// about 500 MB at 1,000,000 customers, the largest single holder of shard 1's memory, and
/// shards 2 and up, which show only their own dossiers' rows, would make every customer's.
final class RowMemo: @unchecked Sendable {
    static let root = "../"

    private let lock = NSLock()
    private var rows: [CustomerRow] = []
    private var ready = false

    /// Makes every row on `workers` threads; later calls return at once.
    func prepare(_ site: SiteContext, workers: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard !ready else { return }
        let n = site.model.customers.count
        var made = [CustomerRow?](repeating: nil, count: n)
        made.withUnsafeMutableBufferPointer { out in
            let out = UncheckedBuffer(out)
            let parts = max(1, min(workers, n))
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                // Each thread fills its own stretch of the buffer.
                for c in stride(from: n * part / parts, to: n * (part + 1) / parts, by: 1) {
                    out.buffer[c] = site.customerRow(c, root: Self.root)
                }
            }
        }
        rows = made.map { $0! }
        ready = true
    }

    /// Customer `c`'s row: the shared one after `prepare`, else one made for this page.
    func row(_ c: Int, site: SiteContext) -> CustomerRow {
        if let shared = shared() { return shared[c] }
        return site.customerRow(c, root: Self.root)
    }

    /// The rows of `customers`, in that order.
    func rows(_ customers: some Collection<Int>, site: SiteContext) -> [CustomerRow] {
        if let shared = shared() { return customers.map { shared[$0] } }
        return customers.map { site.customerRow($0, root: Self.root) }
    }

    private func shared() -> [CustomerRow]? {
        lock.lock()
        defer { lock.unlock() }
        return ready ? rows : nil
    }
}

/// A buffer handed to concurrent threads that write disjoint elements.
private struct UncheckedBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

extension SiteContext {
    /// Customer rows for a page at `root`: shared ones for the pages one folder down, made on
    /// the spot for the others (the front page shows ten).
    func customerRows(_ customers: some Collection<Int>, root: String) -> [CustomerRow] {
        if root == RowMemo.root { return listRows.rows(customers, site: self) }
        return customers.map { customerRow($0, root: root) }
    }
}
