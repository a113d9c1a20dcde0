import BoomerangDatabase
import BoomerangKit
import BoomerangModel
import Foundation
import Testing

/// `--shard i/n` with orders from the database reads every customer's purchase days aggregated in
/// SQL and only its own customers' orders (docs/database.md, "The push-down"). The shards must
/// still merge into exactly the single build, and that must equal the build from files.
@Suite(.enabled(if: TestCluster.available, "needs scripts/with-test-postgres.sh (make test)"))
struct ShardPushDownTests {
    static func load(_ root: URL, url: String, shard: String?) throws -> HandbookModel {
        var options = LoadOptions(database: PostgresOpener())
        options.environment = ["BOOMERANG_DATABASE_URL": url]
        options.shard = shard.flatMap(Shard.init)
        return try HandbookLoader.load(root: root, options: options).model
    }

    @Test func mergedDatabaseShardsEqualTheFileBuild() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.load(csvFolder: TestCluster.repository.appendingPathComponent("content/data"), into: url)
        try TestCluster.run(url, DatabaseBuildTests.erpSchema)
        let whole = TestCluster.snapshot(try DatabaseBuildTests.build(try DatabaseBuildTests.project(database: false), url: nil))
        let root = try DatabaseBuildTests.project(database: true)
        var merged: [String: Data] = [:]
        for i in 1...3 {
            var options = BuildOptions(root: root, output: root.appendingPathComponent("shard\(i)"))
            options.database = PostgresOpener()
            options.environment = ["BOOMERANG_DATABASE_URL": url]
            options.useCache = false
            options.shard = Shard("\(i)/3")
            try HandbookBuilder.build(options)
            for (path, bytes) in TestCluster.snapshot(options.output) {
                #expect(merged[path] == nil, "\(path) written by two shards")
                merged[path] = bytes
            }
        }
        #expect(whole.count > 200)
        #expect(whole.keys.sorted() == merged.keys.sorted())
        let differing = whole.keys.filter { whole[$0] != merged[$0] }.sorted()
        #expect(differing.isEmpty, "differ: \(differing.prefix(5))")
    }

    /// Days whose sums depend on the order of their orders, a timestamptz whose UTC day is the
    /// next day, a missing margin, an id with spaces around it: the days aggregated in SQL equal
    /// those the analysis folds from all the orders, bit for bit, and so does the as-of day.
    @Test func pushedDownDaysEqualTheFoldedOrders() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.run(url, """
            CREATE TABLE clients (id text, name text);
            INSERT INTO clients VALUES ('C1', 'Acme'), ('C2', 'Birch'), ('C3', 'Cedar'), ('C4', 'Dune');
            CREATE TABLE sales (order_id text, customer_id text, date timestamptz, amount numeric, margin numeric);
            INSERT INTO sales VALUES
              ('C', 'C1', '2024-01-02 10:00+00', 0.3, 0.03), ('B', 'C1', '2024-01-02 11:00+00', 0.2, 0.02),
              ('A', 'C1', '2024-01-02 12:00+00', 0.1, 0.01), ('D', 'C1', '2024-03-01 23:30-05', 1e-17, 1),
              ('E', 'C1', '2024-03-02 01:00+00', 1, 1), ('F', ' C2 ', '2024-02-01', 10.5, NULL),
              ('G', 'C2', '2024-02-01', 2.25, 1), ('H', 'C4', '2024-04-30 22:00+00', 7, 2);
            """)
        let root = try DatabaseErrorTests.project("database:\n  customers: {table: clients}\n  orders: {table: sales}\n")
        let full = try Self.load(root, url: url, shard: nil)
        #expect(full.purchaseDays == nil)
        let folded = try PurchaseDays(orders: full.orders, customers: full.customers.count, asOf: full.asOf)
        for shard in ["1/2", "2/2"] {
            let model = try Self.load(root, url: url, shard: shard)
            let pushed = try #require(model.purchaseDays)
            #expect(model.asOf == full.asOf)
            #expect(Self.rows(pushed) == Self.rows(folded))
            #expect(pushed.orderCount == folded.orderCount && pushed.marginComplete == folded.marginComplete)
            #expect(pushed.margin.map(\.bitPattern) == folded.margin.map(\.bitPattern))
            #expect(pushed.allMargins == folded.allMargins)
            let mine = Set(full.customers.map(\.id).filter { Shard(shard)!.contains($0) })
            #expect(model.orders.map(\.orderID) == full.orders.filter { mine.contains(full.customers[$0.customer].id) }.map(\.orderID))
        }
        // The sum that depends on its order: 0.1 + 0.2 + 0.3 in order-id order.
        #expect(Self.rows(folded).first?.amount == (0.1 + 0.2 + 0.3).bitPattern)
    }

    /// Each customer's days as (customer, day, amount bits), whatever the layout.
    static func rows(_ d: PurchaseDays) -> [Row] {
        d.orderCount.indices.flatMap { c in d.range(c).map { Row(customer: c, day: d.day[$0], amount: d.amount[$0].bitPattern) } }
    }

    struct Row: Equatable {
        var customer: Int, day: Int32, amount: UInt64
    }

    /// A row naming an unknown customer is reported even when it belongs to no shard's customer,
    /// at its customer and day, and so is a NULL amount.
    @Test func aggregatedRowsAreChecked() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.run(url, """
            CREATE TABLE clients (id text, name text); INSERT INTO clients VALUES ('C1', 'Acme');
            CREATE TABLE sales (order_id text, customer_id text, date date, amount numeric);
            INSERT INTO sales VALUES ('A', 'C1', '2024-01-02', 5), ('B', 'C9', '2024-01-03', 1), ('C', 'C1', '2024-01-04', NULL);
            """)
        let root = try DatabaseErrorTests.project("database:\n  customers: {table: clients}\n  orders: {table: sales}\n")
        for shard in ["1/2", "2/2"] {
            let problems: [String]
            do {
                _ = try Self.load(root, url: url, shard: shard)
                problems = []
            } catch let failure as BuildFailure {
                problems = failure.diagnostics.map(\.description)
            }
            #expect(problems.contains(
                "database orders (content/handbook.yml:3:3): row with customer_id C9, date 2024-01-03: customer_id: no customer \"C9\" in database customers (content/handbook.yml:2:3)"),
                "\(problems)")
            #expect(problems.contains("database orders (content/handbook.yml:3:3): row with customer_id C1, date 2024-01-04: amount is NULL"), "\(problems)")
        }
    }

    /// The build reads the shard's own orders after the analysis (`PendingOrders`): the same
    /// rows as a load that reads them at once, and a problem only the full rows show (an order id
    /// twice) fails the build with the same message.
    @Test func theShardsOrdersReadAfterTheAnalysisAreTheSame() throws {
        let url = try TestCluster.makeDatabase()
        try TestCluster.run(url, """
            CREATE TABLE clients (id text, name text); INSERT INTO clients VALUES ('C1', 'Acme'), ('C2', 'Birch'), ('C3', 'Cedar');
            CREATE TABLE sales (order_id text, customer_id text, date date, amount numeric);
            INSERT INTO sales VALUES ('A', 'C1', '2024-01-02', 5), ('B', 'C2', '2024-01-03', 1), ('C', 'C3', '2024-01-04', 2),
              ('D', 'C1', '2024-02-02', 7), ('E', 'C2', '2024-02-03', 3);
            """)
        let root = try DatabaseErrorTests.project("database:\n  customers: {table: clients}\n  orders: {table: sales}\n")
        func load(_ shard: String, deferred: Bool) throws -> LoadResult {
            var options = LoadOptions(database: PostgresOpener())
            options.environment = ["BOOMERANG_DATABASE_URL": url]
            options.shard = Shard(shard)
            options.defersShardOrders = deferred
            return try HandbookLoader.load(root: root, options: options)
        }
        for shard in ["1/2", "2/2"] {
            let now = try load(shard, deferred: false)
            let later = try load(shard, deferred: true)
            #expect(now.pendingOrders == nil && later.model.orders.isEmpty)
            let orders = try #require(later.pendingOrders).read()
            #expect(orders.map(\.orderID) == now.model.orders.map(\.orderID) && !orders.isEmpty)
            #expect(orders.map(\.amount) == now.model.orders.map(\.amount) && orders.map(\.customer) == now.model.orders.map(\.customer))
            #expect(later.model.asOf == now.model.asOf)
        }
        // Every customer's own orders hold an id twice, so every shard finds one.
        try TestCluster.run(url, "INSERT INTO sales SELECT 'Z' || id, id, '2024-03-02', 4 FROM clients, generate_series(1, 2);")
        for shard in ["1/2", "2/2"] {
            var expected: [String] = []
            do { _ = try load(shard, deferred: false) } catch let failure as BuildFailure { expected = failure.diagnostics.map(\.description) }
            #expect(expected.contains { $0.contains("duplicate \"Z") }, "\(expected)")
            let later = try load(shard, deferred: true)
            var found: [String] = []
            do { _ = try #require(later.pendingOrders).read() } catch let failure as BuildFailure { found = failure.diagnostics.map(\.description) }
            #expect(found == expected)
        }
    }
}
