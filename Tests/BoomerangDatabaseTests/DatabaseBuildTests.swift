import BoomerangDatabase
import BoomerangKit
import BoomerangModel
import Foundation
import Testing

/// The shipped example read from PostgreSQL, through an ERP-like schema (other table and column
/// names, a query with a filter), must build the very same handbook, byte for byte, as its files.
@Suite(.enabled(if: TestCluster.available, "needs scripts/with-test-postgres.sh (make test)"))
struct DatabaseBuildTests {
    /// Views that rename the example's tables the way an ERP names things, plus a cancelled
    /// document that the query's filter must leave out.
    static let erpSchema = """
        CREATE VIEW clients AS SELECT id AS client_code, name AS title, manager AS manager_name, contact_name,
            contact_role, channel, segment, city, since, email, referrals FROM customers;
        CREATE VIEW sales AS SELECT order_id AS doc_no, customer_id AS client_code, date AS doc_date, amount AS total,
            margin, false AS cancelled FROM orders
            UNION ALL SELECT 'CANCELLED-1', 'C001', DATE '2021-03-01', 99999.99, NULL, true;
        """

    static let databaseBlock = """

        database:
          url_env: BOOMERANG_DATABASE_URL
          customers: {table: clients, columns: {id: client_code, name: title, manager: manager_name}}
          orders: {query: "SELECT doc_no AS order_id, client_code AS customer_id, doc_date AS date, total AS amount, margin FROM sales WHERE NOT cancelled"}
          managers: {table: managers}
          churn: {table: churn}
          complaints: {table: complaints}
          contacts: {table: contacts}

        """

    /// A copy of the example; with `database`, its data files are gone and handbook.yml reads them from there.
    static func project(database: Bool, name: String = #function) throws -> URL {
        let dir = TestCluster.temporaryFolder(name + (database ? "db" : "files"))
        for part in ["content", "templates"] {
            try FileManager.default.copyItem(at: TestCluster.repository.appendingPathComponent(part), to: dir.appendingPathComponent(part))
        }
        if database {
            let data = dir.appendingPathComponent("content/data")
            for file in try FileManager.default.contentsOfDirectory(atPath: data.path) where file.hasSuffix(".csv") {
                try FileManager.default.removeItem(at: data.appendingPathComponent(file))
            }
            let config = dir.appendingPathComponent("content/handbook.yml")
            let text = try String(contentsOf: config, encoding: .utf8) + databaseBlock
            try text.write(to: config, atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func build(_ root: URL, url: String?) throws -> URL {
        var options = BuildOptions(root: root)
        options.database = PostgresOpener()
        options.environment = url.map { ["BOOMERANG_DATABASE_URL": $0] } ?? [:]
        options.useCache = false
        try HandbookBuilder.build(options)
        return options.output
    }

    @Test func aDatabaseBuildEqualsTheFileBuildByteForByte() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.load(csvFolder: TestCluster.repository.appendingPathComponent("content/data"), into: url)
        try TestCluster.run(url, Self.erpSchema)
        let fromFiles = TestCluster.snapshot(try Self.build(try Self.project(database: false), url: nil))
        let fromDatabase = TestCluster.snapshot(try Self.build(try Self.project(database: true), url: url))
        #expect(fromFiles.count > 200)
        #expect(fromFiles.keys.sorted() == fromDatabase.keys.sorted())
        let differing = fromFiles.keys.filter { fromFiles[$0] != fromDatabase[$0] }.sorted()
        #expect(differing.isEmpty, "differ: \(differing.prefix(5))")
    }

    /// Every query of a load sees one snapshot: a read-only REPEATABLE READ transaction.
    @Test func everyQueryRunsInOneReadOnlyRepeatableReadTransaction() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.run(url, "CREATE TABLE clients (id text, name text); INSERT INTO clients VALUES ('C1', 'Acme');")
        let root = try DatabaseErrorTests.project("""
            database:
              customers: {table: clients}
              managers: {query: "SELECT 'M' AS name, '' AS email, current_setting('transaction_isolation') AS region, current_setting('transaction_read_only') AS phone"}
            """)
        let model = try DatabaseErrorTests.load(root, url: url).model
        #expect(model.managers.map(\.region) == ["repeatable read"])
        #expect(model.managers.map(\.phone) == ["on"])
        #expect(model.customers.map(\.name) == ["Acme"])
    }

    /// Rows arrive typed: numeric keeps its scale, dates and timestamps become days, booleans flags.
    @Test func typedColumnsReadAsTheirFileForms() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.run(url, """
            CREATE TABLE clients (id integer, name varchar(40), since timestamptz, referrals bigint, score real, flag boolean);
            INSERT INTO clients VALUES (7, 'Acme', '2024-02-29 23:30:00+00', 3, 2.5, true);
            CREATE TABLE sales (order_id text, customer_id text, date timestamp, amount numeric(12,2));
            INSERT INTO sales VALUES ('S1', '7', '2024-03-01 10:15:00', 1234.50), ('S2', '7', '2024-03-05', -0.05);
            """)
        let root = try DatabaseErrorTests.project("""
            database:
              customers: {table: clients}
              orders: {table: sales}
            """)
        let model = try DatabaseErrorTests.load(root, url: url).model
        let c = try #require(model.customers.first)
        #expect(c.id == "7" && c.since == Day(year: 2024, month: 2, day: 29) && c.referrals == 3)
        #expect(c.extra.map { "\($0.name)=\($0.value)" } == ["score=2.5", "flag=true"])
        #expect(model.orders.map(\.amount) == [1234.5, -0.05])
        #expect(model.orders.map(\.date) == [Day(year: 2024, month: 3, day: 1), Day(year: 2024, month: 3, day: 5)])
    }

    /// A table has no row order: same-day orders come by id, same-day contacts by what they say,
    /// from a file as from the database, whatever order the rows were written in.
    @Test func rowOrderDoesNotMatter() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.run(url, """
            CREATE TABLE customers (id text, name text); INSERT INTO customers VALUES ('C1', 'Acme');
            CREATE TABLE orders (order_id text, customer_id text, date date, amount numeric);
            INSERT INTO orders VALUES ('B-2', 'C1', '2024-01-02', 1), ('A-1', 'C1', '2024-01-02', 2);
            CREATE TABLE contacts (customer_id text, date date, channel text, manager text, note text);
            INSERT INTO contacts VALUES ('C1', '2024-01-03', 'call', '', 'Sent the price list'), ('C1', '2024-01-03', 'call', '', 'Asked about spring');
            """)
        let fromDatabase = try DatabaseErrorTests.load(try DatabaseErrorTests.project("""
            database:
              customers: {table: customers}
              orders: {table: orders}
              contacts: {table: contacts}
            """), url: url).model
        let files = try DatabaseErrorTests.project("title: x\n", name: "files")
        let data = files.appendingPathComponent("content/data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for (name, text) in [("customers.csv", "id,name\nC1,Acme\n"),
                             ("orders.csv", "order_id,customer_id,date,amount\nB-2,C1,2024-01-02,1\nA-1,C1,2024-01-02,2\n"),
                             ("contacts.csv", "customer_id,date,channel,manager,note\nC1,2024-01-03,call,,Sent the price list\nC1,2024-01-03,call,,Asked about spring\n")] {
            try Data(text.utf8).write(to: data.appendingPathComponent(name))
        }
        let fromFiles = try DatabaseErrorTests.load(files, url: nil).model
        for model in [fromDatabase, fromFiles] {
            #expect(model.orders.map(\.orderID) == ["A-1", "B-2"])
            #expect(model.contacts.map(\.note) == ["Asked about spring", "Sent the price list"])
        }
    }
}
