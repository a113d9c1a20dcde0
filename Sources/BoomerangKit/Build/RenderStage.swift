import BoomerangModel
import Dispatch
import Foundation

/// The render+write stage: every planned page goes through the same steps (view, fingerprint,
/// keep or render, check links, write), on every core, in blocks of consecutive pages so
/// memory stays flat at 100,000 pages.
struct RenderStage: Sendable {
    let pages: [PlannedPage]
    let renderer: PageRenderer
    let writer: SiteWriter
    /// Nil without the cache (`--no-cache`, or nothing written).
    let cache: PageCache?
    let linkTargets: LinkTargets
    let write: Bool
    let ignoreCache: Bool
    let workers: Int
    /// Whether list pages and dossiers share one row per customer (RowMemo): not in a sharded build.
    let shareRows: Bool
    /// Pages made before this stage (the search index, in its own): path -> whether it changed.
    let madeBefore: [String: Bool]

    /// Pages per block: a customer's .html and .md pages (planned side by side) then fall in one
    /// block, where they share one model.
    static let block = 64

    func run() -> ParallelOutcome {
        let outcome = ParallelOutcome()
        let site = renderer.site
        // The customer rows that list pages and dossiers share, made once on every thread (RowMemo).
        if shareRows && pages.contains(where: \.listsCustomers) { site.listRows.prepare(site, workers: workers) }
        // Blocks are handed out in order to whichever thread is free: with the cache, most
        // blocks take no time and a few (customers.csv, long lists) take a second.
        let blocks = BlockCounter()
        let queue = write ? PageWriteQueue(writer: writer, cache: cache, outcome: outcome) : nil
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var worker = Worker(stage: self, outcome: outcome, queue: queue)
            while case let start = blocks.next() * Self.block, start < pages.count {
                for i in start..<min(pages.count, start + Self.block) { worker.process(i) }
            }
        }
        queue?.finish()
        return outcome
    }

    /// One thread's state: its link checker and the dossier model of the customer it is on.
    private struct Worker {
        let stage: RenderStage
        /// The stage's renderer with this thread's own templates.
        let renderer: PageRenderer
        let outcome: ParallelOutcome
        /// Where rendered pages go to be written (nil when the build writes nothing).
        let queue: PageWriteQueue?
        var links: LinkChecker.Pass
        var dossier: (c: Int, model: DossierPage)?

        init(stage: RenderStage, outcome: ParallelOutcome, queue: PageWriteQueue?) {
            self.stage = stage
            renderer = stage.renderer.privateCopy()
            self.outcome = outcome
            self.queue = queue
            links = LinkChecker.Pass(targets: stage.linkTargets)
        }

        mutating func process(_ i: Int) {
            let page = stage.pages[i]
            if let changed = stage.madeBefore[page.path] {
                if stage.write { outcome.wrote(changed) }
                return
            }
            if stage.write, let pieces = renderer.pieces(page) {
                outcome.record(page.path) { try stage.writer.put(page.path, pieces: pieces) }
                return
            }
            guard let view = renderer.view(page, dossier: dossierModel(page)) else {
                finish(i, page, renderer.render(page), fingerprint: nil)
                return
            }
            let fingerprint = stage.cache.map { _ in view.fingerprint() }
            if let fingerprint, kept(i, page, fingerprint) { return }
            finish(i, page, view.render(), fingerprint: fingerprint)
        }

        /// The dossier model for a customer's pages, made once for the .html and the .md.
        private mutating func dossierModel(_ page: PlannedPage) -> DossierPage? {
            switch page.kind {
            case .dossier(let c), .dossierMarkdown(let c):
                if dossier?.c != c { dossier = (c, renderer.site.dossier(c, root: page.root)) }
                return dossier!.model
            default:
                return nil
            }
        }

        /// A page whose fingerprint is last build's is carried over without rendering.
        private func kept(_ i: Int, _ page: PlannedPage, _ f: Fingerprint) -> Bool {
            guard let cache = stage.cache, !stage.ignoreCache, cache.previousFingerprint(page.path) == f,
                  stage.writer.keep(page.path) else { return false }
            cache.record(i, f)
            outcome.kept()
            return true
        }

        /// Links are checked here, on every core, while the page's bytes are at hand; then the
        /// page goes to the writer, which records its fingerprint once it is written.
        private mutating func finish(_ i: Int, _ page: PlannedPage, _ bytes: [UInt8], fingerprint: Fingerprint?) {
            if page.path.hasSuffix(".html") {
                let broken = links.broken(in: bytes, page: page.path)
                if !broken.isEmpty { outcome.brokenLinks(i, page.path, broken) }
            }
            if let queue {
                queue.put(PageWriteQueue.Page(index: i, path: page.path, bytes: bytes, fingerprint: fingerprint))
            } else if let fingerprint, let cache = stage.cache {
                cache.record(i, fingerprint)
            }
        }
    }
}

/// Results gathered from the render threads.
final class ParallelOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var written = 0
    private(set) var unchanged = 0
    private(set) var problems: [Diagnostic] = []
    /// Broken links by page index, so the report lists them in page order whatever the threads did.
    private var broken: [(page: Int, path: String, refs: [String])] = []

    private(set) var cachedCount = 0

    func wrote(_ changed: Bool) { lock.lock(); if changed { written += 1 } else { unchanged += 1 }; lock.unlock() }
    /// A page the cache carried over: unchanged, and not rendered.
    func kept() { lock.lock(); unchanged += 1; cachedCount += 1; lock.unlock() }
    func fail(_ d: [Diagnostic]) { lock.lock(); problems += d; lock.unlock() }
    /// Counts a page written (true) or left as it was (false), or its failure.
    func record(_ path: String, _ write: () throws -> Bool) {
        do { wrote(try write()) }
        catch let f as BuildFailure { fail(f.diagnostics) }
        catch { fail([Diagnostic(SourceLocation(file: path), "\(error)")]) }
    }
    func brokenLinks(_ i: Int, _ path: String, _ refs: [String]) { lock.lock(); broken.append((i, path, refs)); lock.unlock() }

    var linkProblems: [Diagnostic] {
        broken.sorted { $0.page < $1.page }.flatMap { page in
            page.refs.map { Diagnostic(SourceLocation(file: "output/" + page.path), "broken link to \($0)") }
        }
    }
}

/// The next block of pages to render, shared by the render threads.
final class BlockCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.lock(); defer { value += 1; lock.unlock() }; return value }
}
