/// A guess at what a file that is not UTF-8 is, for the hint in the message.
enum EncodingGuess {
    /// Cyrillic words in Windows-1251 are runs of bytes 0xC0-0xFF (А-я), which UTF-8 never has
    /// three of in a row. Western accents in Windows-1252 are single bytes between ASCII letters.
    static func looksLikeWindows1251(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for c in b {
            if c >= 0xC0 { run += 1; if run >= 3 { return true } } else { run = 0 }
        }
        return false
    }
}

/// Spreadsheet column letters: 1 -> A, 26 -> Z, 27 -> AA.
enum CellReference {
    static func letters(_ column: Int) -> String {
        var n = column, out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(out)
    }

    /// The 1-based column of a reference such as `C12`, nil when it has no letters.
    static func column(_ ref: String) -> Int? {
        var n = 0
        for u in ref.utf8 {
            guard u >= 65, u <= 90 else { break }
            n = n * 26 + Int(u - 64)
        }
        return n > 0 ? n : nil
    }
}
