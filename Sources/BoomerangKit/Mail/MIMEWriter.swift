import BoomerangEscaping
/// Serializes a message: headers, then the part tree, CRLF everywhere.
///
/// Boundaries are derived from a hash of the part's own encoded content (and its depth), so
/// the same message always gives the same bytes. They start with `=_`, which neither
/// quoted-printable (it writes `=` as `=3D`) nor base64 can produce, so no body can contain one.
public enum MIMEWriter {
    public static func message(headers h: MailHeaders, body: MIMEPart) -> [UInt8] {
        var out: [UInt8] = []
        func header(_ name: String, _ value: String) { out += Array("\(name): \(value)\r\n".utf8) }
        header("From", h.from)
        header("To", h.to)
        header("Subject", Escape.mailHeaderText(h.subject, headerName: "Subject"))
        header("Date", h.date)
        header("Message-ID", "<\(h.messageID)>")
        for (name, value) in h.extra { header(name, value) }
        header("MIME-Version", "1.0")
        out += serialize(body, depth: 0)
        return out
    }

    /// The part's own headers, a blank line and its encoded body (no trailing CRLF).
    static func serialize(_ part: MIMEPart, depth: Int) -> [UInt8] {
        var head = ""
        var body: [UInt8]
        switch part.content {
        case .text(let text):
            head += "Content-Type: \(part.type)\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            body = MIMEEncoding.quotedPrintable(text)
        case .bytes(let data):
            head += "Content-Type: \(part.type)\r\nContent-Transfer-Encoding: base64\r\n"
            body = MIMEEncoding.base64(data)
        case .parts(let parts):
            let children = parts.map { serialize($0, depth: depth + 1) }
            var hash: UInt64 = 0xcbf29ce484222325
            for child in children { for b in child { hash = (hash ^ UInt64(b)) &* 0x100000001b3 } }
            let hex = String(hash, radix: 16)
            let boundary = "=_\(part.type.prefix(3))\(depth)_" + String(repeating: "0", count: 16 - hex.count) + hex
            head += "Content-Type: multipart/\(part.type);\r\n boundary=\"\(boundary)\"\r\n"
            body = []
            if depth == 0 { body += Array("This is a message in MIME format.\r\n".utf8) }
            for child in children {
                body += Array("\r\n--\(boundary)\r\n".utf8)
                body += child
            }
            body += Array("\r\n--\(boundary)--\r\n".utf8)
        }
        for (name, value) in part.headers { head += "\(name): \(value)\r\n" }
        return Array((head + "\r\n").utf8) + body
    }

    /// "Sat, 31 Oct 2026 07:00:00 +0000" for `day` at the given UTC time.
    public static func date(_ day: Day, hour: Int = 7, minute: Int = 0) -> String {
        let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        // 1970-01-01 was a Thursday.
        let weekday = ((Int(day.raw) % 7) + 7 + 4) % 7
        let c = day.components
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(names[weekday]), \(two(c.day)) \(months[c.month - 1]) \(c.year) \(two(hour)):\(two(minute)):00 +0000"
    }
}
