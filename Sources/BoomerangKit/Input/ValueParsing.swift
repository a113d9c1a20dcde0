/// Parsing of typed CSV and YAML values. Each parser returns the value or a message saying what
/// was expected and what was found, so every caller reports problems the same way.
enum ValueParsing {
    /// Quotes a found value for a message; long values are shortened, control characters shown.
    static func quoted(_ text: String) -> String {
        var s = ""
        var n = 0
        for ch in text.unicodeScalars {
            if n == 60 { s += "…"; break }
            switch ch {
            case "\n": s += "\\n"
            case "\r": s += "\\r"
            case "\t": s += "\\t"
            case "\"": s += "\\\""
            default: s.unicodeScalars.append(ch.value < 0x20 ? "?" : ch)
            }
            n += 1
        }
        return "\"" + s + "\""
    }

    static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Day, ValueError> {
        if let d = isoDay(bytes) { return .success(d) }
        return .failure(ValueError(dayMessage(String(decoding: bytes, as: UTF8.self))))
    }

    static func day(_ text: String) -> Result<Day, ValueError> {
        if let d = Day(iso: text) { return .success(d) }
        return .failure(ValueError(dayMessage(text)))
    }

    /// `YYYY-MM-DD` from bytes without allocating (Day(iso:) copies to an array).
    @inline(__always)
    static func isoDay(_ u: UnsafeBufferPointer<UInt8>) -> Day? {
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        @inline(__always) func num(_ from: Int, _ to: Int) -> Int? {
            var acc = 0
            for i in from..<to {
                let d = u[i] &- 0x30
                guard d < 10 else { return nil }
                acc = acc * 10 + Int(d)
            }
            return acc
        }
        guard let y = num(0, 4), let m = num(5, 7), let d = num(8, 10) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Says why a text is not a day and, for common slips, how to write it.
    static func dayMessage(_ text: String) -> String {
        var msg = "not a date: expected YYYY-MM-DD, found \(quoted(text))"
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" })
        let nums = parts.map { Int($0) }
        if parts.count == 3, nums.allSatisfy({ $0 != nil }) {
            let a = nums[0]!, b = nums[1]!, c = nums[2]!
            if text.contains("-"), parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, (1...12).contains(b) {
                msg += " (\(monthName(b)) \(a) has \(Day.daysIn(year: a, month: b)) days)"
            } else if parts[2].count == 4, !text.contains("-") || parts[0].count <= 2 {
                let sep = text.contains(".") ? "." : text.contains("/") ? "/" : "-"
                _ = c
                msg += " (looks like day\(sep)month\(sep)year or month\(sep)day\(sep)year; write the year first: YYYY-MM-DD)"
            }
        }
        return msg
    }

    private static func monthName(_ m: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"][m - 1]
    }

    /// A decimal number: `[+-]digits[.digits][e[+-]digits]`. No thousands separators, no
    /// `inf`/`nan`/hex, which `Double(String)` would accept.
    static func number(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        let n = b.count
        var i = 0
        var negative = false
        if i < n, b[i] == 0x2B || b[i] == 0x2D { negative = b[i] == 0x2D; i += 1 }
        var mantissa: UInt64 = 0, digits = 0, fracDigits = 0, intDigits = 0
        while i < n, b[i] &- 0x30 < 10 {
            if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(b[i] - 0x30); digits += mantissa == 0 ? 0 : 1 }
            intDigits += 1; i += 1
        }
        var fracSeen = 0
        if i < n, b[i] == 0x2E {
            i += 1
            while i < n, b[i] &- 0x30 < 10 {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(b[i] - 0x30); digits += mantissa == 0 ? 0 : 1; fracDigits += 1 }
                fracSeen += 1; i += 1
            }
        }
        guard intDigits + fracSeen > 0 else { return nil }
        var hasExponent = false
        if i < n, b[i] == 0x65 || b[i] == 0x45 {
            hasExponent = true
            i += 1
            if i < n, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            let start = i
            while i < n, b[i] &- 0x30 < 10 { i += 1 }
            guard i > start else { return nil }
        }
        guard i == n else { return nil }
        // Fast exact path (Clinger): a mantissa below 2^53 divided by an exact power of ten.
        if !hasExponent, digits < 16, fracSeen == fracDigits, fracDigits <= 22, mantissa < (1 << 53) {
            let v = Double(mantissa) / pow10[fracDigits]
            return negative ? -v : v
        }
        return Double(String(decoding: b, as: UTF8.self))
    }

    private static let pow10: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    static func number(_ text: String) -> Double? {
        var t = text
        return t.withUTF8 { number($0) }
    }

    /// The message for a value that is not a number, with a hint for the usual causes.
    static func numberMessage(_ text: String) -> String {
        var msg = "expected a number, found \(quoted(text))"
        let t = text
        if t.isEmpty { return "expected a number, found nothing" }
        let digitsAndComma = t.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == "-" || $0 == "+") }
        let commas = t.filter { $0 == "," }.count
        if digitsAndComma, commas == 1, let last = t.split(separator: ",").last, last.count != 3 || t.hasPrefix("0") {
            msg += " (looks like a decimal comma; use a dot: \(t.replacingOccurrences(",", ".")))"
        } else if t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == "." || $0 == "-") }), commas > 0 {
            msg += " (remove the thousands separators: \(t.filter { $0 != "," }))"
        } else if t.contains(where: { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" || $0 == "'" }),
                  let v = number(t.filter { $0 != " " && $0 != "\u{A0}" && $0 != "\u{202F}" && $0 != "'" }) {
            _ = v
            msg += " (remove the spaces between digits: \(t.filter { $0 != " " && $0 != "\u{A0}" && $0 != "\u{202F}" && $0 != "'" }))"
        } else if let first = t.first, "$€£₽¥".contains(first) || t.hasSuffix("€") || t.hasSuffix("₽") {
            msg += " (leave out the currency sign; the currency is set in content/handbook.yml)"
        }
        return msg
    }

    /// A whole number (optional sign, digits only).
    static func integer(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 &- 0x30 < 10 || $0 == 0x2D || $0 == 0x2B }) else { return nil }
        return Int(text)
    }

    /// yes/no in the interface languages, true/false, 1/0, in any case (ValueWords).
    static func flag(_ text: String) -> Bool? { ValueWords.flag(text) }
}

struct ValueError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}

extension String {
    /// Foundation-free replacement of one character sequence by another.
    func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
