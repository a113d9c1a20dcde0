import Foundation

/// `postgres://user[:password]@host[:port]/db[?sslmode=...&sslrootcert=...]`, as libpq reads it
/// (the subset a handbook needs). Parsed by hand so a mistake can be named without printing the
/// password.
struct PostgresURL: Equatable {
    /// libpq's modes. `prefer` (libpq's default) tries TLS and falls back; `require` insists
    /// without checking the certificate; `verify-ca` checks the chain, `verify-full` the name too.
    enum SSLMode: String, CaseIterable { case disable, allow, prefer, require, verifyCA = "verify-ca", verifyFull = "verify-full" }

    var user: String
    var password: String?
    var host: String
    var port: Int
    var database: String
    var sslMode: SSLMode = .prefer
    /// A PEM file of trusted roots for verify-ca and verify-full; nil: the system's.
    var sslRootCert: String?

    /// Parses `text`; the error says what is wrong without repeating the URL (it holds a password).
    static func parse(_ text: String) -> Result<PostgresURL, ParseError> {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let schemeEnd = t.range(of: "://"), ["postgres", "postgresql"].contains(t[..<schemeEnd.lowerBound].lowercased()) else {
            return .failure(ParseError("does not start with postgres:// or postgresql://"))
        }
        var rest = Substring(t[schemeEnd.upperBound...])
        var params = ""
        if let q = rest.firstIndex(of: "?") { params = String(rest[rest.index(after: q)...]); rest = rest[..<q] }
        guard let at = rest.lastIndex(of: "@") else { return .failure(ParseError("names no user (postgres://user:password@host:port/db)")) }
        let userInfo = rest[..<at]
        var hostPart = rest[rest.index(after: at)...]
        var database = ""
        if let slash = hostPart.firstIndex(of: "/") { database = String(hostPart[hostPart.index(after: slash)...]); hostPart = hostPart[..<slash] }
        let userParts = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let user = userParts.first.flatMap({ String($0).removingPercentEncoding }), !user.isEmpty else {
            return .failure(ParseError("names no user (postgres://user:password@host:port/db)"))
        }
        let password = userParts.count > 1 ? String(userParts[1]).removingPercentEncoding : nil
        var host = String(hostPart), port = 5432
        if let colon = hostPart.lastIndex(of: ":"), !hostPart.hasSuffix("]") {
            guard let p = Int(hostPart[hostPart.index(after: colon)...]), (1...65535).contains(p) else {
                return .failure(ParseError("has a port that is not a number from 1 to 65535"))
            }
            port = p
            host = String(hostPart[..<colon])
        }
        host = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard !host.isEmpty else { return .failure(ParseError("names no host")) }
        guard let db = database.removingPercentEncoding, !db.isEmpty else { return .failure(ParseError("names no database (…@host:port/db)")) }
        var url = PostgresURL(user: user, password: password, host: host, port: port, database: db)
        if let problem = url.apply(parameters: params) { return .failure(problem) }
        return .success(url)
    }

    private mutating func apply(parameters: String) -> ParseError? {
        for pair in parameters.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(kv[0]), value = kv.count > 1 ? (String(kv[1]).removingPercentEncoding ?? "") : ""
            switch key {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else {
                    return ParseError("has sslmode=\(value); expected one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                sslMode = mode
            case "sslrootcert": sslRootCert = value
            case "application_name", "connect_timeout": continue
            default: return ParseError("has the parameter \(key), which is not read (sslmode and sslrootcert are)")
            }
        }
        return nil
    }

    struct ParseError: Error, Equatable {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
