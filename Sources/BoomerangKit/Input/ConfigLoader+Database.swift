import BoomerangModel
import Yams

/// The `database:` block of handbook.yml (docs/database.md). The connection URL holds a password,
/// so it never sits in this file: a URL, a password or any connection key here is an error, and
/// `url_env` names the environment variable that holds the URL instead.
enum DatabaseConfig {
    static let entryKeys = ["table", "query", "columns", "values"]
    /// Keys that would put the connection (and so a password) into the file.
    static let connectionKeys = ["url", "uri", "dsn", "password", "passwd", "user", "username", "host", "port", "dbname", "sslmode"]

    static func parse(_ key: Node, _ node: Node, reader: inout ConfigValues) -> DatabaseSettings? {
        reader.key = "database"
        var settings = DatabaseSettings(location: reader.location(key))
        guard let map = node.mapping else {
            reader.fail(node, "expected url_env and the kinds read from the database (customers, orders ...), found \(YAMLSupport.describe(node))")
            return nil
        }
        for (k, v) in map {
            let name = k.scalar?.string ?? ""
            reader.key = "database.\(name)"
            if name == "url_env" {
                if let env = environmentName(v, reader: &reader) { settings.urlEnv = env; settings.location = reader.location(v) }
            } else if connectionKeys.contains(name.lowercased()) {
                reader.fail(k, "the connection never sits in handbook.yml (it holds a password): put postgres://user:password@host:port/db into the environment variable named by url_env (\(settings.urlEnv))")
            } else if DataLoader.kinds.contains(name) {
                if let entry = entry(name, k, v, reader: &reader) { settings.entries[name] = entry }
            } else {
                reader.key = "database"
                reader.fail(k, "unknown key '\(name)'\(Suggestion.hint(name, ["url_env"] + DataLoader.kinds)); keys: url_env, \(DataLoader.kinds.joined(separator: ", "))")
            }
        }
        return settings
    }

    /// An environment variable's name, and not the URL written where its name belongs.
    private static func environmentName(_ v: Node, reader: inout ConfigValues) -> String? {
        guard let s = reader.text(v) else { return nil }
        if looksLikeURL(s) {
            reader.fail(v, "expected the name of an environment variable such as BOOMERANG_DATABASE_URL, found a URL; the URL never sits in handbook.yml (it holds a password): set it in that variable")
            return nil
        }
        let ok = !s.isEmpty && s.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            && !("0"..."9").contains(s.unicodeScalars.first!)
        guard ok else { reader.fail(v, "expected the name of an environment variable (letters, digits, _), found \(ValueParsing.quoted(s))"); return nil }
        return s
    }

    static func looksLikeURL(_ s: String) -> Bool {
        let lower = s.lowercased()
        return lower.contains("postgres://") || lower.contains("postgresql://") || lower.contains("password=")
    }

    /// `{table: clients, columns: {...}, values: {...}}` or `{query: "SELECT ..."}`.
    private static func entry(_ kind: String, _ k: Node, _ v: Node, reader: inout ConfigValues) -> DatabaseEntry? {
        let prefix = "database.\(kind)"
        guard let m = v.mapping else {
            reader.fail(v, "expected table: with columns:, or query:, found \(YAMLSupport.describe(v))")
            return nil
        }
        var read: DatabaseEntry.Read?
        var mapped: [(Node, Node)] = []
        for (ek, ev) in m {
            let name = ek.scalar?.string ?? ""
            reader.key = "\(prefix).\(name)"
            switch name {
            case "table", "query":
                guard let s = reader.text(ev) else { continue }
                if looksLikeURL(s) { reader.fail(ev, "a URL or password never sits in handbook.yml: set the URL in the environment variable named by url_env"); continue }
                if read != nil { reader.fail(ek, "give either table: or query:, not both"); continue }
                if name == "query" { read = .query(s) } else if let t = tableName(s, ev, reader: &reader) { read = .table(t) }
            case "columns", "values":
                mapped.append((ek, ev))
            default:
                reader.key = prefix
                reader.fail(ek, "unknown key '\(name)'\(Suggestion.hint(name, entryKeys)); keys: \(entryKeys.joined(separator: ", "))")
            }
        }
        reader.key = prefix
        guard let read else {
            if !m.contains(where: { ["table", "query"].contains($0.key.scalar?.string ?? "") }) { reader.fail(v, "expected table: or query:") }
            return nil
        }
        if case .query = read, let columns = mapped.first(where: { $0.0.scalar?.string == "columns" }) {
            reader.fail(columns.0, "a query names its result columns as the contract does (SELECT doc_no AS order_id ...); columns: is for table:")
        }
        var files: Node?
        var entry = DatabaseEntry(kind: kind, read: read, location: reader.location(k))
        entry.format = DataConfig.format(Node.Mapping(mapped), base: DataFormat(), fields: DataLoader.schema(ofKind: kind).all,
                                         reader: &reader, files: &files, prefix: prefix)
        return entry
    }

    /// A table as SQL names one without quotes: `sales` or `erp.sales` (folded to lower case by
    /// PostgreSQL as usual). Anything else belongs in a query.
    private static func tableName(_ s: String, _ v: Node, reader: inout ConfigValues) -> String? {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        let ok = (1...2).contains(parts.count) && parts.allSatisfy { p in
            guard let first = p.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
            return p.unicodeScalars.allSatisfy { $0 == "_" || $0 == "$" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        }
        guard ok else {
            reader.fail(v, "expected a table name such as sales or erp.sales, found \(ValueParsing.quoted(s)); write anything else as query:")
            return nil
        }
        return s
    }
}
