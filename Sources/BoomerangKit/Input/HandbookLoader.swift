import Foundation

/// The load and validate stages: content/ in, a checked `HandbookModel` out.
public enum HandbookLoader {
    /// Reads root/content/handbook.yml, root/content/data/*.csv, root/content/playbooks/**/*.md.
    /// Throws BuildFailure listing every problem (file:line:column: message) unless keepGoing skips bad records.
    /// asOfOverride wins over the config's as_of.
    public static func load(root: URL, asOfOverride: Day? = nil, options: LoadOptions = .init()) throws -> LoadResult {
        try load(root: root, asOfOverride: asOfOverride, options: options, chunkSize: CSVReader.defaultChunkSize)
    }

    /// `chunkSize` lets tests push records across chunk boundaries.
    static func load(root: URL, asOfOverride: Day?, options: LoadOptions, chunkSize: Int) throws -> LoadResult {
        let content = root.appendingPathComponent("content")
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDir), isDir.boolValue else {
            throw BuildFailure(SourceLocation(file: "content"),
                               "no content/ folder in \(root.path): run inside a handbook project or pass --root")
        }
        var log = ProblemLog(keepGoing: options.keepGoing)
        let config = ConfigLoader.load(url: content.appendingPathComponent("handbook.yml"), file: "content/handbook.yml", log: &log)
        let books = PlaybookLoader.load(dir: content.appendingPathComponent("playbooks"), relDir: "content/playbooks",
                                        allowRawHTML: config.allowRawHTML, log: &log)
        var data = DataLoader(
            dataDir: content.appendingPathComponent("data"), relDir: "content/data", log: log,
            reasonIDs: Set(books.playbooks.filter { $0.kind == .reason }.map(\.id)),
            otherPlaybookKinds: Dictionary(books.playbooks.filter { $0.kind != .reason }.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a }),
            brokenPlaybookIDs: books.brokenIDs, playbooksBrokenWithoutID: books.brokenWithoutID,
            explicitAsOf: asOfOverride ?? config.asOf)
        data.chunkSize = chunkSize
        data.reasonCandidates = books.playbooks.filter { $0.kind == .reason }.sorted { $0.id < $1.id }
            .map { NameSuggestion.Candidate(name: $0.id, title: $0.title) }
        data.settings = config.data
        data.shard = options.shard
        data.defersShardOrders = options.defersShardOrders
        data.database = config.database
        data.feed = DataLoader.openFeed(config.database, options: options, log: &data.log)
        // One snapshot for every query of the load; closed whatever happens next, unless the
        // shard's orders are still to be read from it (PendingOrders closes it then).
        var pending: PendingOrders?
        defer { if pending == nil { data.feed?.close() } }
        if data.feed == nil, config.database.map({ !$0.entries.isEmpty }) == true, let failure = data.log.failure() { throw failure }
        data.loadAll()
        log = data.log
        if let failure = log.failure() { throw failure }
        var model = HandbookModel(config: config, customers: data.customers, orders: data.orders, churn: data.churn,
                                  complaints: data.complaints, contacts: data.contacts, managers: data.managers,
                                  playbooks: books.playbooks, asOf: asOfOverride ?? config.asOf, purchaseDays: data.purchaseDays,
                                  contactDays: data.contactDays)
        model.dossierCustomers = data.dossierCustomers
        if data.defersShardOrders && data.pushDownShard != nil { pending = PendingOrders(data) }
        return LoadResult(model: model, rejected: log.rejected, pendingOrders: pending)
    }
}
