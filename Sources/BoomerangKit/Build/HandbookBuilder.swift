import BoomerangAnalytics
import BoomerangModel
import Dispatch
import Foundation

/// The whole pipeline: load -> validate -> analyze -> plan -> render -> write.
/// Each stage logs one line with its duration; any problem stops the build before writing.
public enum HandbookBuilder {
    /// `log` receives progress lines (stderr in the CLI). Throws BuildFailure on bad input.
    @discardableResult
    public static func build(_ options: BuildOptions, log: @escaping (String) -> Void = { _ in }) throws -> BuildReport {
        var report = BuildReport()
        var clock = StageClock(log: log)

        let loaded = try clock.run("load") {
            try HandbookLoader.load(root: options.root, asOfOverride: options.asOf, options: options.loadOptions)
        }
        report.rejected = loaded.rejected
        for r in loaded.rejected { log("skipped \(r.file):\(r.line): \(r.reason)") }
        let model = loaded.model

        let (templates, strings) = try clock.run("validate") { () throws -> (TemplateSet, InterfaceStrings) in
            var problems: [Diagnostic] = []
            var templates: TemplateSet?
            var strings: InterfaceStrings?
            do { templates = try TemplateSet.load(root: options.root) } catch let f as BuildFailure { problems += f.diagnostics }
            do { strings = try InterfaceStrings.load(root: options.root, language: model.config.interfaceLanguage) } catch let f as BuildFailure { problems += f.diagnostics }
            if let templates, let strings {
                problems += TemplateLint.missingStrings(files: templates.files, root: options.root, strings: strings)
            }
            if !problems.isEmpty { throw BuildFailure(problems) }
            return (templates!, strings!)
        }

        // Model fits whose inputs did not change since the last build are reused (ModelFitFile).
        let fits = options.write && options.useCache ? ModelFitFile.load(root: options.root, reuse: !options.ignoreCache) : nil
        let analysis = try clock.run("analyze") { try Analyzer.analyze(model, fits: fits) }

        let site = SiteContext(model: model, analysis: analysis, strings: strings, templates: templates)
        let assets = try loadAssets(root: options.root)
        let (pages, linkTargets) = clock.run("plan") { () -> ([PlannedPage], Set<String>) in
            let plan = { (shard: Shard?) in SitePlanner.plan(site, assets: Array(assets.keys).sorted(), shard: shard, rejected: !loaded.rejected.isEmpty) }
            let pages = plan(options.shard)
            // A shard's pages link to pages the other shards write: links resolve against the whole site.
            return (pages, Set((options.shard == nil ? pages : plan(nil)).map(\.path)))
        }
        report.pages = pages.count

        // The search index is one large page: built in its own stage so its time shows.
        let searchIndex = pages.contains { $0.kind == .searchIndex } ? clock.run("search index") { SearchIndex.build(site) } : nil
        let renderer = PageRenderer(site: site, assets: assets, rejected: loaded.rejected, searchIndex: searchIndex)
        let writer = SiteWriter(output: options.output, keepsSpare: options.keepSpare)
        let paths = pages.map(\.path)
        if options.write { try writer.prepare(paths: paths) }
        // Dossiers whose inputs did not change since the last build into this folder are kept as they are.
        let cache = options.write && options.useCache
            ? clock.run("cache read") { PageCache(root: options.root, output: writer.output, global: PageCache.globalFingerprint(root: options.root, site: site, asOfOverride: options.asOf), paths: paths) }
            : nil
        // Render and write together in parallel, in chunks, so memory stays flat at 100,000 pages.
        let outcome = clock.run("render+write") { () -> ParallelOutcome in
            let outcome = ParallelOutcome()
            // Each worker takes blocks of consecutive pages, so a customer's .html and .md pages
            // (planned side by side) share one view model and one fingerprint.
            let workers = options.jobs ?? ProcessInfo.processInfo.activeProcessorCount
            let block = 64
            // The customer rows that list pages share, made once on every thread (SharedRows.swift).
            if pages.contains(where: \.listsCustomers) { site.listRows.prepare(site, workers: workers) }
            // A page whose fingerprint is last build's is carried over without rendering.
            let keptFromCache = { @Sendable (i: Int, f: Fingerprint?) -> Bool in
                let path = pages[i].path
                guard let cache, let f, !options.ignoreCache, cache.previousFingerprint(path) == f, writer.keep(path) else { return false }
                cache.record(i, f)
                outcome.kept()
                return true
            }
            // Blocks are handed out in order to whichever thread is free: with the cache, most
            // blocks take no time and a few (customers.csv, long lists) take a second.
            let blocks = BlockCounter()
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                // Links are checked here, on both cores, while the page's bytes are at hand.
                var links = LinkChecker.Pass(targets: linkTargets)
                var last: (c: Int, base: [String: Any], fingerprint: Fingerprint?, complete: Bool)?
                while case let start = blocks.next() * block, start < pages.count {
                    for i in start..<min(pages.count, start + block) {
                        var fingerprint: Fingerprint?
                        let bytes: [UInt8]
                        switch pages[i].kind {
                        case .dossier(let c), .dossierMarkdown(let c):
                            if last?.c != c {
                                // With a cache, the order list waits until a page is rendered.
                                let base = site.dossier(c, root: pages[i].root, charts: false, orders: cache == nil)
                                last = (c, base, cache.map { _ in site.dossierFingerprint(c, base: base) }, cache == nil)
                            }
                            fingerprint = last!.fingerprint
                            if keptFromCache(i, fingerprint) { continue }
                            if !last!.complete { site.addOrders(&last!.base, c); last!.complete = true }
                            bytes = renderer.renderDossier(pages[i], c, base: last!.base)
                        default:
                            // The other HTML pages (lists, managers, sections...): kept when their
                            // view model is as it was.
                            guard cache != nil, let view = renderer.view(pages[i]) else {
                                bytes = renderer.render(pages[i])
                                break
                            }
                            fingerprint = view.fingerprint
                            if keptFromCache(i, fingerprint) { continue }
                            bytes = renderer.html(pages[i], view)
                        }
                        if pages[i].path.hasSuffix(".html") {
                            let broken = links.broken(in: bytes, page: pages[i].path)
                            if !broken.isEmpty { outcome.brokenLinks(i, pages[i].path, broken) }
                        }
                        if options.write {
                            do { outcome.wrote(try writer.put(pages[i].path, bytes)) } catch let f as BuildFailure { outcome.fail(f.diagnostics) } catch { outcome.fail([Diagnostic(SourceLocation(file: pages[i].path), "\(error)")]) }
                        }
                        if let fingerprint, let cache { cache.record(i, fingerprint) }
                    }
                }
            }
            return outcome
        }
        var problems = outcome.problems
        problems += strings.missingKeys.map {
            Diagnostic(SourceLocation(file: "templates/strings/\(strings.language).yml"), "missing string '\($0)'")
        }
        problems += outcome.linkProblems
        if !problems.isEmpty {
            if options.write { writer.cleanLeftovers() }
            throw BuildFailure(problems)
        }
        if options.write {
            // The caches describe the committed folder: saved once it is in place (while the previous
            // build is removed, with --no-spare).
            try clock.run("commit") {
                // A staging folder that started from the previous build loses the pages no longer planned.
                writer.sweep()
                try writer.commit {
                    cache?.save(output: writer.output)
                    if let fits { ModelFitFile.save(fits, root: options.root) }
                }
            }
            report.cached = outcome.cachedCount
            report.written = outcome.written
            report.unchanged = outcome.unchanged
        }
        report.timings = clock.timings
        if options.leavesMemoryToExit {
            // Deliberately never released (see BuildOptions.leavesMemoryToExit).
            _ = Unmanaged.passRetained(LeftToExit([loaded, analysis, site, pages, linkTargets, paths, renderer, cache as Any]))
        }
        return report
    }

    /// What a build hands to the process exit instead of freeing it.
    private final class LeftToExit {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }

    /// `templates/assets/**` (stylesheet, icons): copied as they are to output/assets/.
    static func loadAssets(root: URL) throws -> [String: [UInt8]] {
        let dir = root.appendingPathComponent("templates/assets")
        var assets: [String: [UInt8]] = [:]
        let fm = FileManager.default
        for p in (fm.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []).sorted() {
            var isDir: ObjCBool = false
            let full = dir.appendingPathComponent(p).path
            guard fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard let data = fm.contents(atPath: full) else {
                throw BuildFailure(SourceLocation(file: "templates/assets/" + p), "cannot read")
            }
            assets[p] = Array(data)
        }
        return assets
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

/// Times each stage and logs `stage  0.123 s`.
struct StageClock {
    let log: (String) -> Void
    var timings: [(stage: String, seconds: Double)] = []

    mutating func run<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        timings.append((stage, seconds))
        log(stage.padding(toLength: 14, withPad: " ", startingAt: 0) + String(format: "%7.3f s", seconds))
        return value
    }
}
