import PostgresNIO

/// One sentence for what went wrong, from the server's own message where there is one
/// (`relation "clients" does not exist`, `password authentication failed for user "x"`).
enum PostgresErrors {
    static func describe(_ error: any Error) -> String {
        if let u = error as? CellText.Unsupported {
            return "column \(u.column) is of type \(u.type), which is not read; cast it in a query (\(u.column)::text, ::numeric or ::date)"
        }
        guard let e = error as? PSQLError else { return connectionText(error) }
        if let info = e.serverInfo, let message = info[.message] {
            var s = message
            if let detail = info[.detail] { s += " (\(detail))" }
            if let hint = info[.hint] { s += "; \(hint)" }
            return s
        }
        switch e.code {
        case .sslUnsupported: return "the server does not offer TLS, which sslmode asks for (sslmode=prefer or disable connects without)"
        case .authMechanismRequiresPassword: return "the server asks for a password, and the URL has none"
        case .serverClosedConnection: return "the server closed the connection"
        case .connectionError: return e.underlying.map(connectionText) ?? "the connection failed"
        default: return "\(e.code)" + (e.underlying.map { ": \($0)" } ?? "")
        }
    }

    /// `connection refused` rather than SwiftNIO's nested error value.
    static func connectionText(_ error: any Error) -> String {
        let text = "\(error)"
        for (needle, said) in [("refused", "connection refused (is PostgreSQL running there?)"),
                               ("timed out", "no answer within 10 seconds"), ("timeout", "no answer within 10 seconds"),
                               ("CERTIFICATE_VERIFY_FAILED", "the server's TLS certificate is not trusted or does not name the host (give its root with sslrootcert=/path/ca.pem)")]
        where text.localizedCaseInsensitiveContains(needle) {
            return said
        }
        if let io = error as? IOError { return io.description }
        return text
    }
}
