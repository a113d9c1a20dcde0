import Testing
@testable import BoomerangDatabase

@Suite struct PostgresURLTests {
    @Test func theFormsLibpqReads() throws {
        let u = try PostgresURL.parse("postgresql://erp%40corp:p%3Ass@db.example:6543/sales?sslmode=verify-full&sslrootcert=/etc/ca.pem").get()
        #expect(u == PostgresURL(user: "erp@corp", password: "p:ss", host: "db.example", port: 6543, database: "sales",
                                 sslMode: .verifyFull, sslRootCert: "/etc/ca.pem"))
        let plain = try PostgresURL.parse("postgres://erp@[::1]/sales").get()
        #expect(plain.host == "::1" && plain.port == 5432 && plain.password == nil && plain.sslMode == .prefer)
    }

    /// The messages never repeat the URL: it holds a password.
    @Test func mistakes() {
        func message(_ s: String) -> String? {
            if case .failure(let e) = PostgresURL.parse(s) { return e.message }
            return nil
        }
        #expect(message("mysql://u:secret@h/db") == "does not start with postgres:// or postgresql://")
        #expect(message("postgres://h/db") == "names no user (postgres://user:password@host:port/db)")
        #expect(message("postgres://u:secret@h:99999/db") == "has a port that is not a number from 1 to 65535")
        #expect(message("postgres://u:secret@h:5432") == "names no database (…@host:port/db)")
        #expect(message("postgres://u:secret@h/db?sslmode=on") == "has sslmode=on; expected one of disable, allow, prefer, require, verify-ca, verify-full")
        #expect(message("postgres://u:secret@h/db?options=-c") == "has the parameter options, which is not read (sslmode and sslrootcert are)")
    }
}
