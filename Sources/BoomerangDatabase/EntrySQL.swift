import BoomerangModel
import PostgresNIO

/// The SQL that reads one entry. A table is read whole (`SELECT *`), so its columns are mapped
/// like a file's headers; a query is wrapped so its result can be ordered.
enum EntrySQL {
    static func from(_ entry: DatabaseEntry) -> String {
        switch entry.read {
        case .table(let name): return "\(name) AS q"
        case .query(let sql): return "(\(trimmed(sql))) AS q"
        }
    }

    /// Rows in a stable order: by the kind's key, text compared byte by byte (COLLATE "C", as a
    /// sorted file is); a key that is not unique (events: customer and day) is followed by the
    /// whole row as text, so equal keys come out in the same order every time.
    /// `filter`: a condition on the rows (`keyText(column) = ANY($1)`), nil for every row.
    static func select(_ entry: DatabaseEntry, orderBy: [String], types: [String: PostgresDataType], filter: String? = nil) -> String {
        var keys = orderBy.map { name in
            quoted(name) + (types[name].map { textTypes.contains($0) } == true ? " COLLATE \"C\"" : "")
        }
        if orderBy.count != 1 { keys.append("q::text COLLATE \"C\"") }
        return "SELECT * FROM \(from(entry))" + (filter.map { " WHERE " + $0 } ?? "")
            + (keys.isEmpty ? "" : " ORDER BY " + keys.joined(separator: ", "))
    }

    static let textTypes: Set<PostgresDataType> = [.text, .varchar, .bpchar, .name]

    /// A column's value as the loader reads a key: its text, spaces and tabs around it removed.
    static func keyText(_ column: String) -> String {
        "btrim(q.\(quoted(column))::text, E' \\t')"
    }

    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A query pasted from a SQL console often ends with `;`, which cannot stand inside a subquery.
    static func trimmed(_ sql: String) -> String {
        var s = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        while s.hasSuffix(";") { s = String(s.dropLast()).trimmingCharacters(in: .whitespacesAndNewlines) }
        return s
    }

    /// `table clients` or `the query`, to start a message with.
    static func what(_ entry: DatabaseEntry) -> String {
        switch entry.read {
        case .table(let name): return "table \(name)"
        case .query: return "the query"
        }
    }
}
