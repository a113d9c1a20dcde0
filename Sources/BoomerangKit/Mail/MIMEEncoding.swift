import Foundation

/// The byte-level encodings of a mail message: quoted-printable and base64 bodies (RFC 2045)
/// and encoded-words for non-ASCII header text (RFC 2047). Every line ends in CRLF and no
/// encoded line is longer than 76 characters, so the message survives any relay unchanged.
public enum MIMEEncoding {
    static let crlf: [UInt8] = [13, 10]
    private static let hex = Array("0123456789ABCDEF".utf8)

    // MARK: Quoted-printable

    /// `text` as UTF-8 quoted-printable. Line ends (LF or CRLF) become hard CRLF breaks; long
    /// lines get soft breaks (`=`) at 76 characters. A leading `.` and `From ` are encoded too,
    /// so `sendmail` (end of input) and mbox readers (a new message) never misread a line.
    public static func quotedPrintable(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        for (n, line) in lines.enumerated() {
            if n > 0 { out += crlf }
            let bytes = Array(line.utf8)
            var column = 0
            for (i, b) in bytes.enumerated() {
                let last = i == bytes.count - 1
                var token: [UInt8]
                let atStart = column == 0
                if b == 61 || b > 126 || (b < 32 && b != 9)
                    || ((b == 32 || b == 9) && last)                      // trailing white space
                    || (atStart && b == 46)                               // "." at line start
                    || (atStart && b == 70 && bytes[i...].starts(with: Array("From ".utf8))) {
                    token = [61, hex[Int(b >> 4)], hex[Int(b & 15)]]
                } else {
                    token = [b]
                }
                // Keep room for the soft-break "=" (76 in all); the last token of a line may use it.
                let limit = last ? 76 : 75
                if column + token.count > limit {
                    out += [61] + crlf
                    column = 0
                    if token == [46] || (token == [70] && bytes[i...].starts(with: Array("From ".utf8))) {
                        token = [61, hex[Int(b >> 4)], hex[Int(b & 15)]]
                    }
                }
                out += token
                column += token.count
            }
        }
        return out
    }

    // MARK: Base64

    /// `data` in base64, 76 characters a line, CRLF between lines.
    public static func base64(_ data: [UInt8]) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(data.count * 4 / 3 + data.count / 38 + 8)
        var column = 0
        var i = 0
        while i < data.count {
            let b0 = data[i], b1 = i + 1 < data.count ? data[i + 1] : 0, b2 = i + 2 < data.count ? data[i + 2] : 0
            let quad = [alphabet[Int(b0 >> 2)], alphabet[Int((b0 & 3) << 4 | b1 >> 4)],
                        i + 1 < data.count ? alphabet[Int((b1 & 15) << 2 | b2 >> 6)] : 61,
                        i + 2 < data.count ? alphabet[Int(b2 & 63)] : 61]
            if column == 76 { out += crlf; column = 0 }
            out += quad
            column += 4
            i += 3
        }
        return out
    }

    static func base64String(_ data: [UInt8]) -> String { String(decoding: base64(data), as: UTF8.self) }

    // MARK: Headers

    /// True when `text` can go into a header as it is (printable ASCII and spaces).
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 32 && $0 < 127 }
    }

    /// RFC 2047 encoded-words (`=?utf-8?B?...?=`), each holding whole characters, separated by
    /// folding white space (CRLF + space); decoders join them without spaces. `used` is how much
    /// of the first line the header name took ("Subject: " = 9): every line stays within 76.
    public static func encodedWords(_ text: String, used: Int = 0) -> String {
        // A word is "=?utf-8?B?" + base64 + "?=" (12 characters around the base64).
        func capacity(_ taken: Int) -> Int { max(3, (76 - taken - 12) / 4 * 3) }
        var words: [String] = []
        var chunk: [UInt8] = []
        var limit = capacity(used)
        for ch in text {
            let bytes = Array(String(ch).utf8)
            if chunk.count + bytes.count > limit, !chunk.isEmpty {
                words.append("=?utf-8?B?" + base64String(chunk) + "?=")
                chunk = []
                limit = capacity(1)
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?" + base64String(chunk) + "?=") }
        return words.joined(separator: "\r\n ")
    }

    /// An unstructured header value (Subject): as it is when plain ASCII, folded at spaces
    /// to stay under 78 characters; else encoded-words.
    public static func unstructured(_ text: String, headerName: String) -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        guard isPlainASCII(clean) else { return encodedWords(clean, used: headerName.count + 2) }
        // A plain value that looks like an encoded-word would be decoded by readers: encode it.
        if clean.contains("=?") { return encodedWords(clean, used: headerName.count + 2) }
        return fold(clean, used: headerName.count + 2)
    }

    /// Folds plain ASCII at spaces so lines stay at most 78 characters where a space allows.
    static func fold(_ text: String, used: Int) -> String {
        var out = ""
        var column = used
        for (i, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if i > 0 {
                if column + 1 + word.count > 78 && column > 1 { out += "\r\n "; column = 1 } else { out += " "; column += 1 }
            }
            out += word
            column += word.count
        }
        return out
    }

    /// A mailbox for From/To: `Name <addr>`, the name quoted or encoded as needed.
    public static func mailbox(name: String, address: String) -> String {
        let name = name.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        guard !name.isEmpty else { return "<\(address)>" }
        if !isPlainASCII(name) || name.contains("=?") {
            // "From: " is the longest header name a mailbox goes in.
            let words = encodedWords(name, used: 6)
            let lastLine = words.components(separatedBy: "\r\n").last ?? ""
            let room = (words.contains("\r\n") ? 0 : 6) + lastLine.count + address.count + 3 <= 76
            return words + (room ? " " : "\r\n ") + "<\(address)>"
        }
        let atext = name.unicodeScalars.allSatisfy { u in
            (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || (u >= "0" && u <= "9") || u == " " || "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(u)
        }
        if atext { return "\(name) <\(address)>" }
        let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(quoted)\" <\(address)>"
    }

    /// A file name safe in every client: transliterated to Latin, then ASCII letters, digits,
    /// `.`, `-` and `_` only ("Ёлка chart.png" -> "Elka_chart.png").
    public static func asciiFileName(_ name: String) -> String {
        var source = name.applyingTransform(.toLatin, reverse: false) ?? name
        source = source.applyingTransform(.stripDiacritics, reverse: false) ?? source
        var out = ""
        for u in source.unicodeScalars {
            let ok = (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || (u >= "0" && u <= "9") || u == "." || u == "-" || u == "_"
            if ok { out.unicodeScalars.append(u) } else if !out.hasSuffix("_") { out += "_" }
        }
        return out.isEmpty || out == "_" ? "file" : out
    }
}
