import BoomerangModel
import PostgresNIO
import Testing
@testable import BoomerangDatabase

/// The SQL each entry becomes: ordered rows, so a build never depends on the server's row order.
@Suite struct EntrySQLTests {
    let place = SourceLocation(file: "content/handbook.yml", line: 3, column: 3)

    @Test func aTableOrderedByItsKeyComparedAsBytes() {
        let entry = DatabaseEntry(kind: "customers", read: .table("erp.clients"), location: place)
        #expect(EntrySQL.select(entry, orderBy: ["client \"code\""], types: ["client \"code\"": .varchar])
                == #"SELECT * FROM erp.clients AS q ORDER BY "client ""code""" COLLATE "C""#)
        #expect(EntrySQL.select(entry, orderBy: ["id"], types: ["id": .int4]) == #"SELECT * FROM erp.clients AS q ORDER BY "id""#)
    }

    /// Events have no unique key: the whole row breaks ties. A console's `;` is dropped.
    @Test func aQueryOfEventsWithTheRowAsTieBreaker() {
        let entry = DatabaseEntry(kind: "contacts", read: .query("SELECT * FROM crm.activities ;\n"), location: place)
        #expect(EntrySQL.select(entry, orderBy: ["customer_id", "date"], types: ["customer_id": .text, "date": .date])
                == #"SELECT * FROM (SELECT * FROM crm.activities) AS q ORDER BY "customer_id" COLLATE "C", "date", q::text COLLATE "C""#)
        #expect(EntrySQL.what(entry) == "the query")
    }
}
