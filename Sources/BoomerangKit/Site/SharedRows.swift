import Dispatch
import Foundation

/// A list of customer rows in a page's view model, with the fingerprint of the list already
/// made from each row's own fingerprint.
///
/// Why: every customer appears in about six lists (five list orders, a manager page, a section,
/// a reason playbook), so a rebuild that checks each list page against the cache used to build
/// and hash each row six times. The rows are now made and hashed once per build (`RowMemo`),
/// and a list page costs a lookup per row. The renderer iterates it like `[[String: Any]]`;
/// the rows are as `ViewFlags` leaves them (see `customerRow`), so the flag pass keeps them.
struct SharedRows {
    let rows: [[String: Any]]
    let fingerprint: Fingerprint

    init(rows: [[String: Any]], fingerprints: some Sequence<Fingerprint>) {
        self.rows = rows
        var f = Fingerprint()
        f.add(rows.count)
        for p in fingerprints { f.add(p) }
        fingerprint = f
    }
}

/// The customer rows of the pages one folder below the top (list pages, manager pages,
/// sections, playbooks: all link with root "../"), made once and shared by every page.
final class RowMemo: @unchecked Sendable {
    static let root = "../"

    private let lock = NSLock()
    private var rows: [[String: Any]] = []
    private var prints: [Fingerprint] = []
    private var ready = false

    /// Makes every row and its fingerprint, on `workers` threads; later calls return at once.
    func prepare(_ site: SiteContext, workers: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard !ready else { return }
        let n = site.model.customers.count
        var made = [[String: Any]](repeating: [:], count: n)
        var hashes = [Fingerprint](repeating: Fingerprint(), count: n)
        made.withUnsafeMutableBufferPointer { rowsOut in
            hashes.withUnsafeMutableBufferPointer { hashesOut in
                let rowsOut = UncheckedBuffer(rowsOut), hashesOut = UncheckedBuffer(hashesOut)
                let parts = max(1, min(workers, n))
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    // Each thread fills its own stretch of the two buffers.
                    for c in stride(from: n * part / parts, to: n * (part + 1) / parts, by: 1) {
                        let row = site.customerRow(c, root: Self.root)
                        rowsOut.buffer[c] = row
                        hashesOut.buffer[c] = .of(value: row)
                    }
                }
            }
        }
        rows = made
        prints = hashes
        ready = true
    }

    /// Customer `c`'s row if `prepare` has run (the dossier starts from it), else nil.
    func preparedRow(_ c: Int) -> [String: Any]? {
        lock.lock()
        defer { lock.unlock() }
        return ready ? rows[c] : nil
    }

    /// The rows of `customers`, in that order (made first if `prepare` has not run).
    func rows(_ customers: some Collection<Int>, site: SiteContext) -> SharedRows {
        prepare(site, workers: 1)
        return SharedRows(rows: customers.map { rows[$0] }, fingerprints: customers.lazy.map { self.prints[$0] })
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
    func customerRows(_ customers: some Collection<Int>, root: String) -> SharedRows {
        if root == RowMemo.root { return listRows.rows(customers, site: self) }
        let rows = customers.map { customerRow($0, root: root) }
        return SharedRows(rows: rows, fingerprints: rows.lazy.map(Fingerprint.of(value:)))
    }
}
