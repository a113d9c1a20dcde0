import BoomerangKit
import Foundation
import Testing

/// sslmode against the test cluster's real TLS (a self-signed certificate for 127.0.0.1): the
/// server itself says whether the session is encrypted.
@Suite(.enabled(if: TestCluster.available && TestCluster.environment["BOOMERANG_TEST_PG_CA"] != nil,
                "needs scripts/with-test-postgres.sh (make test)"))
struct DatabaseTLSTests {
    static let yaml = """
        database:
          customers: {query: "SELECT 'C1' AS id, (SELECT CASE WHEN ssl THEN 'tls' ELSE 'plain' END FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS name"}
        """
    static let ca = TestCluster.environment["BOOMERANG_TEST_PG_CA"] ?? ""

    /// The cluster's URL with `sslmode` (and what follows it) in place of sslmode=disable.
    static func url(_ mode: String) throws -> String {
        try #require(TestCluster.url).replacingOccurrences(of: "sslmode=disable", with: "sslmode=\(mode)")
    }

    static func session(_ mode: String, name: String = #function) throws -> String {
        let root = try DatabaseErrorTests.project(yaml, name: name + mode.filter(\.isLetter))
        return try DatabaseErrorTests.load(root, url: try url(mode)).model.customers.first?.name ?? ""
    }

    @Test func eachModeGetsTheSessionItAsksFor() throws {
        #expect(try Self.session("disable") == "plain")
        #expect(try Self.session("prefer") == "tls")
        #expect(try Self.session("require") == "tls")
        #expect(try Self.session("verify-ca&sslrootcert=\(Self.ca)") == "tls")
        #expect(try Self.session("verify-full&sslrootcert=\(Self.ca)") == "tls")
    }

    /// Without the certificate as a root, the system's roots do not vouch for it: no connection.
    @Test func verifyFullRefusesACertificateNoRootVouchesFor() throws {
        let problems = try DatabaseErrorTests.problems(Self.yaml, url: try Self.url("verify-full"))
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("database (content/handbook.yml:1:1): cannot connect to 127.0.0.1:") == true)
        #expect(problems.first?.hasSuffix("/postgres as boomerang: the server's TLS certificate is not trusted or does not name the host (give its root with sslrootcert=/path/ca.pem)") == true, "\(problems)")
    }
}
