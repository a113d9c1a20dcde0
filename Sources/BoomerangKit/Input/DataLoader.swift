import Dispatch
import Foundation

/// Reads content/data/*.csv into model records, checking every value and every reference.
/// Files are read in dependency order: managers, customers, orders, then the event files.
struct DataLoader {
    let dataDir: URL
    /// Root-relative folder for messages, `content/data`.
    let relDir: String
    var log: ProblemLog
    /// Reason playbook ids, and ids of playbooks that failed to load (not reported again as unknown).
    let reasonIDs: Set<String>
    /// The reason playbooks' ids with their titles, for suggestions.
    var reasonCandidates: [NameSuggestion.Candidate] = []
    let otherPlaybookKinds: [String: PlaybookKind]
    let brokenPlaybookIDs: Set<String>
    let playbooksBrokenWithoutID: Bool
    /// The as-of day given by --as-of or the config; nil means "the latest order date".
    let explicitAsOf: Day?
    var chunkSize = CSVReader.defaultChunkSize
    /// The `data:` block of handbook.yml: separators, encodings, header mapping per file.
    var settings = DataSettings()
    /// The `database:` block and its open connection: the kinds it lists are read from there.
    var database: DatabaseSettings?
    var feed: (any DataFeed)?
    /// `--shard i/n`: see `pushDownShard`.
    var shard: Shard?
    /// Leave the push-down's order rows to `PendingOrders` (see `LoadOptions.defersShardOrders`).
    var defersShardOrders = false
    /// Per customer, whether this build writes their dossier (`shardMembers`); nil when it
    /// writes every one.
    var dossierCustomers: [Bool]?

    var managers: [Manager] = []
    var managersFileExists = false
    var customers: CustomerTable = []
    /// Ids of customer rows with problems, with their line, so references to them are not
    /// reported a second time (or, under --keep-going, are left out with a clear reason).
    var brokenCustomers: [String: Int] = [:]
    /// Manager names whose managers.csv row has a problem, with its line.
    var brokenManagers: [String: Int] = [:]
    /// customers.csv (or .xlsx) could not be read at all: references to customers are not
    /// checked, or every order would be reported as naming an unknown customer.
    var customersUnreadable = false
    var orders: [Order] = []
    /// Every customer's purchase days, read aggregated when the orders are pushed down.
    var purchaseDays: PurchaseDays?
    var churn: [ChurnEvent] = []
    var complaints: [Complaint] = []
    var contacts: [Contact] = []
    /// Every customer's latest contact (`contacts` holds a sharded build's own customers' only);
    /// nil when no contacts were read.
    var contactDays: LatestDays?

    /// The kinds of data file; each is `<kind>.csv` or `<kind>.xlsx`.
    static let kinds = ["managers", "customers", "orders", "churn", "complaints", "contacts"]

    static func kind(ofFile name: String) -> String? {
        for ext in [".csv", ".xlsx"] where name.hasSuffix(ext) {
            let kind = String(name.dropLast(ext.count))
            if kinds.contains(kind) { return kind }
        }
        return nil
    }

    static func schema(ofKind kind: String) -> CSVSchema {
        switch kind {
        case "managers": return managerSchema
        case "customers": return customerSchema
        case "orders": return orderSchema
        case "churn": return churnSchema
        case "complaints": return complaintSchema
        default: return contactSchema
        }
    }

    func rel(_ name: String) -> String { "\(relDir)/\(name)" }

    /// One data file found: where it is, its name for messages and how it is written.
    struct DataFile {
        let source: CSVSource
        let file: String
        let options: FileOptions
    }

    /// The file for `name` (`orders.csv`): the CSV file, or else `orders.xlsx`. When both exist
    /// `checkFileNames` has reported it and the CSV file is read.
    func source(_ name: String) -> DataFile? {
        let kind = String(name.dropLast(4))
        if database?.entries[kind] != nil { return databaseSource(kind: kind) }
        for (ext, isSheet) in [(".csv", false), (".xlsx", true)] {
            let fileName = kind + ext
            let url = dataDir.appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            var format = settings.format(for: fileName)
            // A mapping from the whole data: block applies only where the file has that field.
            let fields = Self.schema(ofKind: kind).all
            format.columns = format.columns.filter { fields.contains($0.key) }
            format.columnSources = format.columnSources.filter { fields.contains($0.key) }
            format.values = format.values.filter { fields.contains($0.key) }
            return DataFile(source: isSheet ? .xlsx(path: url.path) : .file(path: url.path), file: rel(fileName),
                            options: FileOptions(format))
        }
        return nil
    }

    mutating func loadAll() {
        checkFileNames()
        checkDatabaseKinds()
        loadManagers()
        loadCustomers()
        dossierCustomers = shardMembers()
        knownCustomers = refs
        // orders.csv is most of the data: the event files are read beside it, on the other core.
        // Each side has its own problem log; appended in file order they equal one serial log.
        var events = self
        events.log = ProblemLog(keepGoing: log.keepGoing)
        let sides = (orders: LoaderBox(self), events: LoaderBox(events))
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            if side == 0 {
                let pushDown = sides.orders.loader.pushDownShard != nil
                if !(pushDown && sides.orders.loader.defersShardOrders) { sides.orders.loader.loadOrders() }
                if pushDown { sides.orders.loader.loadPurchaseDays() }
            } else {
                sides.events.loader.loadChurn()
                sides.events.loader.loadComplaints()
                sides.events.loader.loadContacts()
            }
        }
        self = sides.orders.loader
        let e = sides.events.loader
        churn = e.churn; complaints = e.complaints; contacts = e.contacts; contactDays = e.contactDays
        log.append(e.log)
    }

    /// A misspelled file name (order.csv) would silently leave data out: report near misses,
    /// two files for one kind, and the old binary .xls format.
    mutating func checkFileNames() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dataDir.path)) ?? []
        let known = Self.kinds.flatMap { ["\($0).csv", "\($0).xlsx"] }
        for name in names.sorted() where !name.hasPrefix("~$") && !name.hasPrefix(".") {
            let lower = name.lowercased()
            if lower.hasSuffix(".xlsx"), let kind = Self.kind(ofFile: name), names.contains("\(kind).csv") {
                log.add(rel(name), line: 0, "\(kind).csv is here too; keep one of the two files for the \(kind)")
            } else if lower.hasSuffix(".xls"), Self.kinds.contains(String(name.dropLast(4))) {
                log.add(rel(name), line: 0, "the old Excel format (.xls) is not read; save it as \"Excel Workbook (*.xlsx)\" or CSV")
            } else if lower.hasSuffix(".csv") || lower.hasSuffix(".xlsx"), !known.contains(name),
                      let near = Suggestion.closest(to: name, in: known) {
                log.add(rel(name), line: 0, "unknown data file (did you mean '\(near)'?); it would be ignored")
            }
        }
    }

    /// `refs`, made once when the customers are read.
    var knownCustomers: CustomerRefs?

    var refs: CustomerRefs {
        if let knownCustomers { return knownCustomers }
        var table = ByteKeyTable(capacity: customers.count)
        for (i, c) in customers.enumerated() { table.insert(c.id, Int32(i)) }
        return CustomerRefs(table: table, broken: brokenCustomers, keepGoing: log.keepGoing, unchecked: customersUnreadable, customersFile: source("customers.csv")?.file ?? rel("customers.csv"))
    }
}

/// Lets the two halves of `loadAll` each mutate their own loader on their own thread.
private final class LoaderBox: @unchecked Sendable {
    var loader: DataLoader
    init(_ loader: DataLoader) { self.loader = loader }
}

/// Resolves `customer_id` to an index into the customers, noting unknown ids on the row.
struct CustomerRefs {
    let table: ByteKeyTable
    let broken: [String: Int]
    let keepGoing: Bool
    let unchecked: Bool
    let customersFile: String

    /// The customer's index, or nil with the problem noted. A reference to a customer row that
    /// has its own problem is not reported again, except under --keep-going where it says why
    /// this record is left out too.
    func resolve(_ row: inout CSVRow) -> Int? { resolve(&row, row.columns.column("customer_id")) }

    /// `column`: the file's customer_id, looked up once per file.
    func resolve(_ row: inout CSVRow, _ column: CSVColumn) -> Int? {
        if let b = row.bytes(column), let i = table.find(b) { return Int(i) }
        guard let id = row.required(column) else { return nil }
        if unchecked { return nil }
        if let line = broken[id] {
            if keepGoing { row.problem("customer_id", "customer \(ValueParsing.quoted(id)) was left out (\(customersFile):\(line))") }
            return nil
        }
        row.problem("customer_id", "no customer \(ValueParsing.quoted(id)) in \(customersFile)")
        return nil
    }
}
