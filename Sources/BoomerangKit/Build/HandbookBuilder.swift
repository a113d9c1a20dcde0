import BoomerangAnalytics
import BoomerangModel
import Dispatch
import Foundation

/// The whole pipeline: load -> templates -> analyze -> plan -> render+write -> commit.
/// Each stage logs one line with its duration; any problem stops the build before committing.
public enum HandbookBuilder {
    /// `log` receives progress lines (stderr in the CLI). Throws BuildFailure on bad input.
    @discardableResult
    public static func build(_ options: BuildOptions, log: @escaping (String) -> Void = { _ in }) throws -> BuildReport {
        var report = BuildReport()
        var clock = StageClock(log: log)
        // Data is read and validated here (HandbookLoader): a bad row stops the build, or is skipped with --keep-going.
        var loaded = try clock.run("load") {
            try HandbookLoader.load(root: options.root, asOfOverride: options.asOf, options: options.loadOptions)
        }
        report.rejected = loaded.rejected
        for r in loaded.rejected { log("skipped \(r.file):\(r.line): \(r.reason)") }
        var model = loaded.model
        let (templates, strings) = try clock.run("templates") { try loadTemplates(root: options.root, model: model) }
        // Model fits whose inputs did not change since the last build are reused (ModelFitFile).
        let fits = options.write && options.useCache ? ModelFitFile.load(root: options.root, reuse: !options.ignoreCache) : nil
        let analysis = try clock.run("analyze") { try Analyzer.analyze(model, fits: fits) }
        // A sharded build's purchase days of every customer were for the analysis only.
        model.releasePurchaseDays()
        loaded.model.releasePurchaseDays()
        // ... and the shard's own orders, which only its dossiers list, come after it.
        if let pending = loaded.pendingOrders {
            model.orders = try clock.run("shard orders") { try pending.read() }
            loaded.pendingOrders = nil
        }
        let site = SiteContext(model: model, analysis: analysis, strings: strings, templates: templates)
        let assets = try loadAssets(root: options.root)
        let (pages, linkTargets) = clock.run("plan") { plan(site, assets: assets, options: options, rejected: !loaded.rejected.isEmpty) }
        report.pages = pages.count
        let writer = SiteWriter(output: options.output, keepsSpare: options.keepSpare)
        let paths = pages.map(\.path)
        if options.write { try writer.prepare(paths: paths) }
        // The search index is one large page: made in its own stage so its time shows.
        let madeBefore = try pages.contains { $0.kind == .searchIndex }
            ? [SearchIndex.fileName: clock.run("search index") { try searchIndex(site, writer: options.write ? writer : nil) }] : [:]
        let renderer = PageRenderer(site: site, assets: assets, rejected: loaded.rejected)
        // Pages whose inputs did not change since the last build into this folder are kept as they are.
        let cache = options.write && options.useCache
            ? clock.run("cache read") { PageCache(root: options.root, output: writer.output, global: PageCache.globalFingerprint(root: options.root, site: site, asOfOverride: options.asOf), paths: paths) }
            : nil
        let stage = RenderStage(pages: pages, renderer: renderer, writer: writer, cache: cache, linkTargets: linkTargets, write: options.write,
                                ignoreCache: options.ignoreCache, workers: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                shareRows: options.shard == nil, madeBefore: madeBefore)
        let outcome = clock.run("render+write") { stage.run() }
        try check(outcome, strings: strings, writer: options.write ? writer : nil)
        if options.write {
            // The caches describe the committed folder: saved once it is in place.
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

    /// search-index.js, written in pieces (135 MB at 1,000,000 customers, never held whole);
    /// whether it changed (SiteWriter.put). Made and dropped when nothing is written, so the
    /// stage times the same work.
    static func searchIndex(_ site: SiteContext, writer: SiteWriter?) throws -> Bool {
        guard let writer else {
            SearchIndex.build(site) { _ in }
            return true
        }
        return try writer.put(SearchIndex.fileName) { SearchIndex.build(site, piece: $0) }
    }

    /// The interface strings and the templates bound to the page models (a misspelt field stops
    /// the build here, with its place). Both are checked before either stops the build.
    static func loadTemplates(root: URL, model: HandbookModel, email: Bool = false) throws -> (TemplateSet, InterfaceStrings) {
        let strings: InterfaceStrings
        do { strings = try InterfaceStrings.load(root: root, language: model.config.interfaceLanguage) } catch let stringsFailure as BuildFailure {
            // Syntax errors in the templates are worth reporting beside a strings problem.
            var problems = stringsFailure.diagnostics
            if let source = try? TemplateSource.read(root: root) { problems += source.problems }
            throw BuildFailure(problems)
        }
        return (try TemplateSet.load(root: root, strings: strings, email: email), strings)
    }

    /// The pages to write, and every page a link may point to (a shard's pages link to pages
    /// the other shards write: links resolve against the whole site).
    static func plan(_ site: SiteContext, assets: [String: [UInt8]], options: BuildOptions, rejected: Bool) -> ([PlannedPage], LinkTargets) {
        let plan = { (shard: Shard?) in SitePlanner.plan(site, assets: Array(assets.keys).sorted(), shard: shard, rejected: rejected) }
        let pages = plan(options.shard)
        return (pages, LinkTargets(wholePlan: options.shard == nil ? pages : plan(nil), stems: site.customerStems))
    }

    /// Fails the build on what rendering found (unwritable files, strings asked for and missing,
    /// broken links), leaving no staging folder behind.
    static func check(_ outcome: ParallelOutcome, strings: InterfaceStrings, writer: SiteWriter?) throws {
        var problems = outcome.problems
        problems += strings.missingKeys.map {
            Diagnostic(SourceLocation(file: "templates/strings/\(strings.language).yml"), "missing string '\($0)'")
        }
        problems += outcome.linkProblems
        guard problems.isEmpty else {
            writer?.cleanLeftovers()
            throw BuildFailure(problems)
        }
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
            assets[p] = p == Stylesheet.name ? Stylesheet.withChartRules(Array(data)) : Array(data)
        }
        return assets
    }
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
