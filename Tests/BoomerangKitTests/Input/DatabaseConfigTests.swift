import Testing
@testable import BoomerangKit

private func parse(_ yaml: String) -> (HandbookConfig, [String]) {
    var log = ProblemLog(keepGoing: false)
    let c = ConfigLoader.parse(yaml, file: "content/handbook.yml", log: &log)
    return (c, log.diagnostics.map(\.description))
}

/// The `database:` block of handbook.yml (docs/database.md).
@Suite struct DatabaseConfigTests {
    @Test func tablesWithMappingsAndQueries() throws {
        let (c, problems) = parse("""
            database:
              url_env: ERP_DATABASE_URL
              customers: {table: erp.clients, columns: {id: client_code, name: title}, values: {channel: {Phone: call}}}
              orders: {query: "SELECT doc_no AS order_id FROM sales;"}
            """)
        #expect(problems == [])
        let db = try #require(c.database)
        #expect(db.urlEnv == "ERP_DATABASE_URL")
        #expect(db.place == "database (content/handbook.yml:2:12)")
        #expect(db.entries["customers"]?.read == .table("erp.clients"))
        #expect(db.entries["customers"]?.format.columns == ["id": "client_code", "name": "title"])
        #expect(db.entries["customers"]?.format.values["channel"] == ["phone": "call"])
        #expect(db.entries["customers"]?.place == "database customers (content/handbook.yml:3:3)")
        #expect(db.entries["orders"]?.read == .query("SELECT doc_no AS order_id FROM sales;"))
        #expect(db.entries.count == 2)
    }

    /// The URL holds a password: it never sits in the file, whichever key it is written under.
    @Test func aURLOrPasswordInTheFileIsAnError() {
        let (_, problems) = parse("""
            database:
              url_env: postgres://erp:secret@db.example:5432/erp
              password: secret
              url: postgres://erp@db.example/erp
              orders: {table: sales, query: "SELECT 1"}
              churn: {query: "SELECT * FROM dblink('postgresql://erp:secret@other/erp', 'x')"}
            """)
        #expect(problems == [
            "content/handbook.yml:2:12: database.url_env: expected the name of an environment variable such as BOOMERANG_DATABASE_URL, found a URL; the URL never sits in handbook.yml (it holds a password): set it in that variable",
            "content/handbook.yml:3:3: database.password: the connection never sits in handbook.yml (it holds a password): put postgres://user:password@host:port/db into the environment variable named by url_env (BOOMERANG_DATABASE_URL)",
            "content/handbook.yml:4:3: database.url: the connection never sits in handbook.yml (it holds a password): put postgres://user:password@host:port/db into the environment variable named by url_env (BOOMERANG_DATABASE_URL)",
            "content/handbook.yml:5:26: database.orders.query: give either table: or query:, not both",
            "content/handbook.yml:6:18: database.churn.query: a URL or password never sits in handbook.yml: set the URL in the environment variable named by url_env",
        ])
    }

    @Test func mistakesInEntries() {
        let (_, problems) = parse("""
            database:
              order: {table: sales}
              customers: {tabel: clients}
              orders: {table: "sales; DROP TABLE x", columns: {amount: total}}
              churn: {query: "SELECT 1", columns: {date: d}}
              contacts: {table: contacts, columns: {amount: total}}
            """)
        #expect(problems == [
            "content/handbook.yml:2:3: database: unknown key 'order' (did you mean 'orders'?); keys: url_env, managers, customers, orders, churn, complaints, contacts",
            "content/handbook.yml:3:15: database.customers: unknown key 'tabel' (did you mean 'table'?); keys: table, query, columns, values",
            "content/handbook.yml:3:14: database.customers: expected table: or query:",
            "content/handbook.yml:4:19: database.orders.table: expected a table name such as sales or erp.sales, found \"sales; DROP TABLE x\"; write anything else as query:",
            "content/handbook.yml:5:30: database.churn: a query names its result columns as the contract does (SELECT doc_no AS order_id ...); columns: is for table:",
            "content/handbook.yml:6:41: database.contacts.columns: no field \"amount\" in this file's contract; fields: customer_id, date, channel, manager, note",
        ])
    }
}
