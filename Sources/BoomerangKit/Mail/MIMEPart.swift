/// One part of a MIME message: text (sent quoted-printable), bytes (base64) or a multipart
/// container of further parts. Serialized by `MIMEWriter`.
public struct MIMEPart: Sendable {
    public enum Content: Sendable {
        case text(String)
        case bytes([UInt8])
        case parts([MIMEPart])
    }

    /// For text and bytes: the full type with parameters ("text/html; charset=utf-8").
    /// For multipart: the subtype only ("mixed", "alternative", "related").
    public var type: String
    /// Extra headers in order: Content-ID, Content-Disposition ... (values already ASCII).
    public var headers: [(name: String, value: String)]
    public var content: Content

    public init(type: String, headers: [(name: String, value: String)] = [], content: Content) {
        self.type = type
        self.headers = headers
        self.content = content
    }

    public static func text(_ text: String, subtype: String) -> MIMEPart {
        MIMEPart(type: "text/\(subtype); charset=utf-8", content: .text(text))
    }

    public static func multipart(_ subtype: String, _ parts: [MIMEPart]) -> MIMEPart {
        MIMEPart(type: subtype, content: .parts(parts))
    }

    /// An inline image referenced from the HTML as `cid:<contentID>`.
    public static func inlineImage(_ png: [UInt8], contentID: String, fileName: String) -> MIMEPart {
        let name = MIMEEncoding.asciiFileName(fileName)
        return MIMEPart(type: "image/png; name=\"\(name)\"",
                        headers: [("Content-ID", "<\(contentID)>"), ("Content-Disposition", "inline; filename=\"\(name)\"")],
                        content: .bytes(png))
    }

    /// A file attachment (the PDF).
    public static func attachment(_ data: [UInt8], type: String, fileName: String) -> MIMEPart {
        let name = MIMEEncoding.asciiFileName(fileName)
        return MIMEPart(type: "\(type); name=\"\(name)\"",
                        headers: [("Content-Disposition", "attachment; filename=\"\(name)\"")],
                        content: .bytes(data))
    }
}

/// The top-level headers of a message; the writer adds MIME-Version and the content headers.
public struct MailHeaders: Sendable {
    public var from: String
    public var to: String
    public var subject: String
    /// RFC 5322 date, e.g. "Sat, 31 Oct 2026 07:00:00 +0000".
    public var date: String
    /// Without angle brackets: "dossier.C014.2026-10-31@boomerang.invalid".
    public var messageID: String
    public var extra: [(name: String, value: String)] = []

    public init(from: String, to: String, subject: String, date: String, messageID: String) {
        self.from = from; self.to = to; self.subject = subject; self.date = date; self.messageID = messageID
    }
}
