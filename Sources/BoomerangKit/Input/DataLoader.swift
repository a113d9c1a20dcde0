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
    let otherPlaybookKinds: [String: PlaybookKind]
    let brokenPlaybookIDs: Set<String>
    let playbooksBrokenWithoutID: Bool
    /// The as-of day given by --as-of or the config; nil means "the latest order date".
    let explicitAsOf: Day?
    var chunkSize = CSVReader.defaultChunkSize

    var managers: [Manager] = []
    var managersFileExists = false
    var customers: [Customer] = []
    var customerIndex: [String: Int] = [:]
    /// Ids of customer rows with problems, with their line, so references to them are not
    /// reported a second time (or, under --keep-going, are left out with a clear reason).
    var brokenCustomers: [String: Int] = [:]
    var orders: [Order] = []
    var churn: [ChurnEvent] = []
    var complaints: [Complaint] = []
    var contacts: [Contact] = []

    static let knownFiles = ["managers.csv", "customers.csv", "orders.csv", "churn.csv", "complaints.csv", "contacts.csv"]

    func rel(_ name: String) -> String { "\(relDir)/\(name)" }

    func source(_ name: String) -> CSVSource? {
        let url = dataDir.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? .file(path: url.path) : nil
    }

    mutating func loadAll() {
        checkFileNames()
        loadManagers()
        loadCustomers()
        loadOrders()
        loadChurn()
        loadComplaints()
        loadContacts()
    }

    /// A misspelled file name (order.csv) would silently leave data out: report near misses.
    mutating func checkFileNames() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dataDir.path)) ?? []
        for name in names.sorted() where name.lowercased().hasSuffix(".csv") && !Self.knownFiles.contains(name) {
            if let near = Suggestion.closest(to: name, in: Self.knownFiles) {
                log.add(rel(name), line: 0, "unknown data file (did you mean '\(near)'?); it would be ignored")
            }
        }
    }

    var refs: CustomerRefs {
        var table = ByteKeyTable(capacity: customers.count)
        for (i, c) in customers.enumerated() { table.insert(c.id, Int32(i)) }
        return CustomerRefs(table: table, broken: brokenCustomers, keepGoing: log.keepGoing, customersFile: rel("customers.csv"))
    }
}

/// Resolves `customer_id` to an index into the customers, noting unknown ids on the row.
struct CustomerRefs {
    let table: ByteKeyTable
    let broken: [String: Int]
    let keepGoing: Bool
    let customersFile: String

    /// The customer's index, or nil with the problem noted. A reference to a customer row that
    /// has its own problem is not reported again, except under --keep-going where it says why
    /// this record is left out too.
    func resolve(_ row: inout CSVRow) -> Int? {
        if let b = row.bytes("customer_id"), let i = table.find(b) { return Int(i) }
        guard let id = row.required("customer_id") else { return nil }
        if let line = broken[id] {
            if keepGoing { row.problem("customer_id", "customer \(ValueParsing.quoted(id)) was left out (\(customersFile):\(line))") }
            return nil
        }
        row.problem("customer_id", "no customer \(ValueParsing.quoted(id)) in \(customersFile)")
        return nil
    }
}
