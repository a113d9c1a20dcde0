import BoomerangKit
import BoomerangModel
import Logging
import NIOSSL
import PostgresNIO

/// The PostgreSQL client behind a handbook's `database:` block (docs/database.md).
public struct PostgresOpener: DataFeedOpener {
    public init() {}

    public func open(_ settings: DatabaseSettings, environment: [String: String]) throws(DataFeedError) -> any DataFeed {
        guard let text = environment[settings.urlEnv], !text.isEmpty else {
            throw DataFeedError("the environment variable \(settings.urlEnv) is not set; it holds postgres://user:password@host:port/db (docs/database.md)")
        }
        let url: PostgresURL
        switch PostgresURL.parse(text) {
        case .success(let u): url = u
        case .failure(let e): throw DataFeedError("the URL in \(settings.urlEnv) \(e.message)")
        }
        return try PostgresFeed(url: url, configuration: Self.configuration(url))
    }

    /// TLS as the URL's sslmode asks, as libpq does it: prefer and allow try TLS without checking
    /// the certificate and fall back to plain; require insists on TLS; verify-ca checks the chain
    /// (against sslrootcert when given), verify-full the host name as well.
    static func configuration(_ url: PostgresURL) throws(DataFeedError) -> PostgresConnection.Configuration {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch url.sslMode {
        case .disable: break
        case .allow, .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        if let root = url.sslRootCert, url.sslMode == .verifyCA || url.sslMode == .verifyFull { tls.trustRoots = .file(root) }
        let mode: PostgresConnection.Configuration.TLS
        do {
            switch url.sslMode {
            case .disable: mode = .disable
            case .allow, .prefer: mode = .prefer(try NIOSSLContext(configuration: tls))
            case .require, .verifyCA, .verifyFull: mode = .require(try NIOSSLContext(configuration: tls))
            }
        } catch {
            throw DataFeedError("cannot set up TLS for sslmode=\(url.sslMode.rawValue): \(error)")
        }
        var config = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user,
                                                      password: url.password, database: url.database, tls: mode)
        config.options.connectTimeout = .seconds(10)
        // postgres-nio names the host for SNI and the certificate check itself (not an IP
        // address, which SNI cannot carry; for an IP the certificate is checked against it).
        return config
    }
}
