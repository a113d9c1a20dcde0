import BoomerangDatabase
import BoomerangKit
import BoomerangModel
import Foundation
import Testing

/// Each way reading the database can fail gives one message that names the handbook.yml entry.
@Suite(.enabled(if: TestCluster.available, "needs scripts/with-test-postgres.sh (make test)"))
struct DatabaseErrorTests {
    /// A project with only content/handbook.yml: `yaml` as its whole text.
    static func project(_ yaml: String, name: String = #function) throws -> URL {
        let dir = TestCluster.temporaryFolder(name)
        let content = dir.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data(yaml.utf8).write(to: content.appendingPathComponent("handbook.yml"))
        return dir
    }

    static func load(_ root: URL, url: String?) throws -> LoadResult {
        var options = LoadOptions(database: PostgresOpener())
        options.environment = url.map { ["BOOMERANG_DATABASE_URL": $0] } ?? [:]
        return try HandbookLoader.load(root: root, options: options)
    }

    /// The problems a load reports, one line each.
    static func problems(_ yaml: String, url: String?, name: String = #function) throws -> [String] {
        do {
            _ = try load(try project(yaml, name: name), url: url)
            return []
        } catch let failure as BuildFailure {
            return failure.diagnostics.map(\.description)
        }
    }

    static let clients = "database:\n  customers: {table: clients}\n"

    @Test func aMissingVariable() throws {
        #expect(try Self.problems(Self.clients, url: nil) == [
            "database (content/handbook.yml:1:1): the environment variable BOOMERANG_DATABASE_URL is not set; it holds postgres://user:password@host:port/db (docs/database.md)",
        ])
    }

    @Test func aRefusedConnection() throws {
        let port = TestCluster.closedPort()
        #expect(try Self.problems(Self.clients, url: "postgres://boomerang:x@127.0.0.1:\(port)/handbook?sslmode=disable") == [
            "database (content/handbook.yml:1:1): cannot connect to 127.0.0.1:\(port)/handbook as boomerang: connection refused (is PostgreSQL running there?)",
        ])
    }

    @Test func aBadPassword() throws {
        let url = try #require(TestCluster.url)
        let wrong = url.replacingOccurrences(of: #"boomerang:[0-9a-f]+@"#, with: "boomerang:wrong@", options: .regularExpression)
        let problems = try Self.problems("database:\n  url_env: BOOMERANG_DATABASE_URL\n  customers: {table: clients}\n", url: wrong)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("database (content/handbook.yml:2:12): cannot connect to 127.0.0.1:") == true)
        #expect(problems.first?.hasSuffix("/postgres as boomerang: password authentication failed for user \"boomerang\"") == true)
    }

    @Test func aMissingTable() throws {
        let url = try TestCluster.makeDatabase()
        #expect(try Self.problems(Self.clients, url: url) == [
            "database customers (content/handbook.yml:2:3): table clients: relation \"clients\" does not exist",
        ])
    }

    @Test func aMissingColumn() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.run(url, "CREATE TABLE clients (code text, title text, region text);")
        let yaml = "database:\n  customers: {table: clients, columns: {id: code, name: title, manager: manager_name}}\n"
        let found = try Self.problems(yaml, url: url)
        #expect(found == [
            "content/handbook.yml:2:73: database.customers.columns.manager: no column \"manager_name\" in database customers (content/handbook.yml:2:3); its columns: code, title, region",
        ])
        let required = "database:\n  customers: {table: clients, columns: {id: client_code}}\n"
        #expect(try Self.problems(required, url: url, name: "required") == [
            "database customers (content/handbook.yml:2:3): header: missing required columns 'id' (mapped to \"client_code\" in content/handbook.yml), 'name'; found: code, title, region",
        ])
    }

    @Test func aQueryError() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.run(url, "CREATE TABLE clients (id text, name text);")
        let yaml = Self.clients + "  orders: {query: \"SELECT doc_no AS order_id FROM sales\"}\n"
        #expect(try Self.problems(yaml, url: url) == [
            "database orders (content/handbook.yml:3:3): the query: relation \"sales\" does not exist",
        ])
    }

    /// A NULL where a value is required, named by the row's key as a file's line would be.
    @Test func aNullAmount() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.run(url, """
            CREATE TABLE clients (id text, name text); INSERT INTO clients VALUES ('C1', 'Acme');
            CREATE TABLE sales (order_id text, customer_id text, date date, amount numeric);
            INSERT INTO sales VALUES ('SO-1', 'C1', '2024-01-02', NULL), ('SO-2', 'C9', '2024-01-03', 5);
            """)
        let yaml = Self.clients + "  orders: {table: sales}\n"
        #expect(try Self.problems(yaml, url: url) == [
            "database orders (content/handbook.yml:3:3): row with order_id SO-1: amount is NULL",
            "database orders (content/handbook.yml:3:3): row with order_id SO-2: customer_id: no customer \"C9\" in database customers (content/handbook.yml:2:3)",
        ])
    }

    /// Dates a date column can hold and a file cannot: PostgreSQL's infinities, years past 9999
    /// and before 1. They reach the loader as the text CellText writes and meet the file's check.
    @Test func aDateNoFileCouldHold() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.run(url, """
            CREATE TABLE clients (id text, name text); INSERT INTO clients VALUES ('C1', 'Acme');
            CREATE TABLE sales (order_id text, customer_id text, date date, amount numeric);
            INSERT INTO sales VALUES ('SO-1', 'C1', 'infinity', 5), ('SO-2', 'C1', '10000-01-01', 5),
                ('SO-3', 'C1', '0005-01-01 BC', 5), ('SO-4', 'C1', '2024-01-02', 5);
            """)
        let yaml = Self.clients + "  orders: {table: sales}\n"
        #expect(try Self.problems(yaml, url: url) == [
            "database orders (content/handbook.yml:3:3): row with order_id SO-1: date: not a date: expected YYYY-MM-DD, found \"infinity\"",
            "database orders (content/handbook.yml:3:3): row with order_id SO-2: date: not a date: expected YYYY-MM-DD, found \"10000-01-01\"",
            // 5 BC is year -4 in the proleptic calendar both PostgreSQL and the handbook count in.
            "database orders (content/handbook.yml:3:3): row with order_id SO-3: date: not a date: expected YYYY-MM-DD, found \"-0004-01-01\"",
        ])
    }

    /// A kind served by the database must not also have a file that would be ignored.
    @Test func aFileBesideTheDatabaseEntry() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.run(url, "CREATE TABLE clients (id text, name text);")
        let root = try Self.project(Self.clients)
        let data = root.appendingPathComponent("content/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data("id,name\nC1,Acme\n".utf8).write(to: data.appendingPathComponent("customers.csv"))
        #expect(throws: BuildFailure.self) { try Self.load(root, url: url) }
        do { _ = try Self.load(root, url: url) } catch let f as BuildFailure {
            #expect(f.diagnostics.map(\.description) == [
                "content/data/customers.csv: the customers are read from the database (content/handbook.yml:2:3); remove this file or that entry",
            ])
        }
    }
}
