import Foundation

/// The byte-level encodings of a mail message: quoted-printable and base64 bodies (RFC 2045)
/// (header text is escaped by Escape.mailHeaderText and Escape.mailbox). Every line ends in CRLF and no
/// encoded line is longer than 76 characters, so the message survives any relay unchanged.
public enum MIMEEncoding {
    static let crlf: [UInt8] = [13, 10]
    private static let hex = Array("0123456789ABCDEF".utf8)

    // MARK: Quoted-printable

    /// `text` as UTF-8 quoted-printable. Line ends (LF or CRLF) become hard CRLF breaks; long
    /// lines get soft breaks (`=`) at 76 characters. A leading `.` and `From ` are encoded too,
    /// so `sendmail` (end of input) and mbox readers (a new message) never misread a line.
    public static func quotedPrintable(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        var column = 0
        var i = 0
        let n = bytes.count
        // "From " at the start of a line.
        func fromAt(_ k: Int) -> Bool {
            k + 4 < n && bytes[k] == 70 && bytes[k + 1] == 114 && bytes[k + 2] == 111 && bytes[k + 3] == 109 && bytes[k + 4] == 32
        }
        while i < n {
            let b = bytes[i]
            if b == 13 && i + 1 < n && bytes[i + 1] == 10 { i += 1; continue }   // CRLF: the LF writes the break
            if b == 10 { out.append(13); out.append(10); column = 0; i += 1; continue }
            let lineEnd = i + 1 == n || bytes[i + 1] == 10 || (bytes[i + 1] == 13 && i + 2 < n && bytes[i + 2] == 10)
            var encode = b == 61 || b > 126 || (b < 32 && b != 9) || ((b == 32 || b == 9) && lineEnd)
            let width = encode ? 3 : 1
            // Room for the soft-break "=" unless this is the line's last character.
            if column + width > (lineEnd ? 76 : 75) {
                out.append(61); out.append(13); out.append(10)
                column = 0
            }
            if column == 0 && (b == 46 || (b == 70 && fromAt(i))) { encode = true }
            if encode {
                out.append(61); out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 15)])
                column += 3
            } else {
                out.append(b)
                column += 1
            }
            i += 1
        }
        return out
    }

    // MARK: Base64

    /// `data` in base64, 76 characters a line, CRLF between lines.
    public static func base64(_ data: [UInt8]) -> [UInt8] {
        Array(Data(data).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed]).utf8)
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
