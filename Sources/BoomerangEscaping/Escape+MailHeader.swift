import Foundation

extension Escape {
    /// An unstructured header value (Subject): as it is when plain ASCII, folded at spaces to
    /// stay under 78 characters; else RFC 2047 encoded-words. Line breaks become spaces, so no
    /// value can end the header and start another.
    public static func mailHeaderText(_ text: String, headerName: String) -> String {
        let clean = oneLine(text)
        // A plain value that looks like an encoded-word would be decoded by readers: encode it.
        guard isPlainASCII(clean), !clean.contains("=?") else { return encodedWords(clean, used: headerName.count + 2) }
        return fold(clean, used: headerName.count + 2)
    }

    /// A mailbox for From/To: `Name <addr>`, the name as an atom, a quoted string or
    /// encoded-words. `address` must already be a checked address (EmailAddress).
    public static func mailbox(name: String, address: String) -> String {
        let name = oneLine(name)
        guard !name.isEmpty else { return "<\(address)>" }
        if !isPlainASCII(name) || name.contains("=?") {
            // "From: " is the longest header name a mailbox goes in.
            let words = encodedWords(name, used: 6)
            let lastLine = words.components(separatedBy: "\r\n").last ?? ""
            let room = (words.contains("\r\n") ? 0 : 6) + lastLine.count + address.count + 3 <= 76
            return words + (room ? " " : "\r\n ") + "<\(address)>"
        }
        let atext = name.utf8.allSatisfy { b in
            (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x20 || "!#$%&'*+-/=?^_`{|}~".utf8.contains(b)
        }
        if atext { return "\(name) <\(address)>" }
        let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(quoted)\" <\(address)>"
    }

    /// RFC 2047 encoded-words (`=?utf-8?B?...?=`), each holding whole Unicode scalars, separated
    /// by folding white space (CRLF + space); decoders join them without spaces. `used` is how
    /// much of the first line the header name took ("Subject: " = 9): every line stays within 76.
    public static func encodedWords(_ text: String, used: Int = 0) -> String {
        // A word is "=?utf-8?B?" + base64 + "?=" (12 characters around the base64).
        func capacity(_ taken: Int) -> Int { max(4, (76 - taken - 12) / 4 * 3) }
        var words: [String] = []
        var chunk: [UInt8] = []
        var limit = capacity(used)
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > limit, !chunk.isEmpty {
                words.append("=?utf-8?B?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
                limit = capacity(1)
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?" + Data(chunk).base64EncodedString() + "?=") }
        return words.joined(separator: "\r\n ")
    }

    /// True when `text` can go into a header as it is (printable ASCII and spaces).
    public static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 32 && $0 < 127 }
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

    /// CR and LF (each a scalar of its own, also inside a CRLF cluster) as spaces.
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(decoding: text.utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
    }
}
