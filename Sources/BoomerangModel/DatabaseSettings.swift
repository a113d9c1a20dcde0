/// The `database:` block of handbook.yml (docs/database.md): which kinds of data are read from
/// PostgreSQL, and how. The URL itself is never here: only the name of the environment variable
/// that holds it.
public struct DatabaseSettings: Sendable, Equatable {
    /// The environment variable with `postgres://user[:password]@host:port/db[?sslmode=...]`.
    public var urlEnv = "BOOMERANG_DATABASE_URL"
    /// Where `database:` (or its `url_env:`) is written, for connection messages.
    public var location: SourceLocation
    /// Kind (`orders`) -> how it is read. A kind not listed is read from content/data.
    public var entries: [String: DatabaseEntry] = [:]

    public init(location: SourceLocation) { self.location = location }

    /// `database (content/handbook.yml:3:1)`: the place messages about the connection start with.
    public var place: String { "database (\(location))" }
}

/// One kind read from the database: a table with the same `columns:`/`values:` mapping as a file,
/// or a query whose result columns carry the contract's names.
public struct DatabaseEntry: Sendable, Equatable {
    public enum Read: Sendable, Equatable {
        case table(String)
        case query(String)
    }

    public var kind: String
    public var read: Read
    /// Only `columns`, `columnSources` and `values` apply: the database hands typed values.
    public var format = DataFormat()
    /// Where the entry's key is in handbook.yml.
    public var location: SourceLocation

    public init(kind: String, read: Read, location: SourceLocation) {
        self.kind = kind; self.read = read; self.location = location
    }

    /// `database orders (content/handbook.yml:14:3)`: stands where a file name stands in messages.
    public var place: String { "database \(kind) (\(location))" }
}
