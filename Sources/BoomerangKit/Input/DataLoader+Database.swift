import BoomerangModel
import Foundation

/// Kinds of data read from the database instead of content/data (the `database:` block).
extension DataLoader {
    /// The order rows are read in, by contract field: the kind's unique key, or customer and day.
    static func orderFields(ofKind kind: String) -> [String] {
        switch kind {
        case "customers": return ["id"]
        case "orders": return ["order_id"]
        case "managers": return ["name"]
        default: return ["customer_id", "date"]
        }
    }

    /// The database entry for `kind`, as a data file: nil when the kind is read from content/data.
    func databaseSource(kind: String) -> DataFile? {
        guard let entry = database?.entries[kind], let feed else { return nil }
        var input = DatabaseInput(feed: feed, entry: entry, schema: Self.schema(ofKind: kind), orderFields: Self.orderFields(ofKind: kind))
        if kind == "orders", pushDownShard != nil { input.rows = .only(field: "customer_id", keys: shardCustomerIDs()) }
        return DataFile(source: .database(input), file: entry.place, options: FileOptions(entry.format))
    }

    /// A file for a kind that the database serves would be silently ignored: it is an error.
    mutating func checkDatabaseKinds() {
        guard let database else { return }
        for (kind, entry) in database.entries.sorted(by: { $0.key < $1.key }) {
            for ext in [".csv", ".xlsx"] where FileManager.default.fileExists(atPath: dataDir.appendingPathComponent(kind + ext).path) {
                log.add(rel(kind + ext), line: 0, "the \(kind) are read from the database (\(entry.location)); remove this file or that entry")
            }
        }
    }

    /// Connects for the whole load (one snapshot), or logs why not. nil without a `database:` block.
    static func openFeed(_ settings: DatabaseSettings?, options: LoadOptions, log: inout ProblemLog) -> (any DataFeed)? {
        guard let settings, !settings.entries.isEmpty else { return nil }
        guard let opener = options.database else {
            log.add(settings.place, line: 0, "this program was built without a database client")
            return nil
        }
        do {
            return try opener.open(settings, environment: options.environment)
        } catch {
            log.add(settings.place, line: 0, error.message)
            return nil
        }
    }
}
