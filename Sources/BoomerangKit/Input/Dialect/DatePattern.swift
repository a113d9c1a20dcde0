/// A date format such as `dd.MM.yyyy` or `MM/dd/yyyy`, compiled once per file. `yyyy` is four
/// digits; `dd`, `d`, `MM`, `M` take one or two digits (Excel writes `1.2.2025` as readily as
/// `01.02.2025`). A time after the date (`31.01.2025 0:00:00`, as 1C writes it) is ignored.
struct DatePattern: Sendable, Equatable {
    enum Part: Sendable, Equatable { case year, month, day, literal(UInt8) }

    let parts: [Part]
    /// As written in the config.
    let text: String
    /// `yyyy-MM-dd`: the fast path.
    let isISO: Bool

    static let iso = DatePattern(parts: [.year, .literal(0x2D), .month, .literal(0x2D), .day], text: "yyyy-MM-dd")

    private init(parts: [Part], text: String) {
        self.parts = parts
        self.text = text
        isISO = text == "yyyy-MM-dd"
    }

    /// The pattern, or why it is not one.
    static func compile(_ text: String) -> Result<DatePattern, ValueError> {
        var parts: [Part] = []
        let chars = Array(text.utf8)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            var run = 1
            while i + run < chars.count, chars[i + run] == c { run += 1 }
            switch c {
            case UInt8(ascii: "y"):
                guard run == 4 else { return .failure(ValueError("the year is written yyyy (four digits), found \(ValueParsing.quoted(text))")) }
                parts.append(.year)
            case UInt8(ascii: "M"):
                guard run <= 2 else { return .failure(ValueError("months are MM or M (month names are not read), found \(ValueParsing.quoted(text))")) }
                parts.append(.month)
            case UInt8(ascii: "d"):
                guard run <= 2 else { return .failure(ValueError("days are dd or d, found \(ValueParsing.quoted(text))")) }
                parts.append(.day)
            case 0x20, 0x2D, 0x2E, 0x2F, 0x5F:
                for _ in 0..<run { parts.append(.literal(c)) }
            default:
                return .failure(ValueError("expected a date format of yyyy, MM, dd and the separators . / - such as dd.MM.yyyy, found \(ValueParsing.quoted(text))"))
            }
            i += run
        }
        for p in [Part.year, .month, .day] where parts.filter({ $0 == p }).count != 1 {
            return .failure(ValueError("a date format needs yyyy, MM and dd once each, found \(ValueParsing.quoted(text))"))
        }
        return .success(DatePattern(parts: parts, text: text))
    }

    /// The numbers in the pattern's places, whether or not they make a real day.
    func fields(_ u: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        var i = 0, y = 0, m = 0, d = 0
        let n = u.count
        for (k, part) in parts.enumerated() {
            switch part {
            case .literal(let c):
                guard i < n, u[i] == c else { return nil }
                i += 1
            case .year, .month, .day:
                // Two-digit fields take two digits only when no separator follows (ddMMyyyy).
                let maxDigits = part == .year ? 4 : 2
                let fixed = part == .year || (k + 1 < parts.count && !isLiteral(parts[k + 1]))
                var v = 0, digits = 0
                while i < n, digits < maxDigits, u[i] &- 0x30 < 10 { v = v * 10 + Int(u[i] - 0x30); i += 1; digits += 1 }
                guard digits > 0, !fixed || digits == maxDigits else { return nil }
                if part == .year { y = v } else if part == .month { m = v } else { d = v }
            }
        }
        guard i == n || Self.isTime(u, from: i) else { return nil }
        return (y, m, d)
    }

    func day(_ u: UnsafeBufferPointer<UInt8>) -> Day? {
        if isISO { return ValueParsing.isoDay(u) }
        guard let f = fields(u) else { return nil }
        return Day(year: f.year, month: f.month, day: f.day)
    }

    private func isLiteral(_ p: Part) -> Bool { if case .literal = p { return true }; return false }

    /// ` 0:00:00`, ` 12:30`, `T00:00:00`: a time of day after the date, ignored.
    private static func isTime(_ u: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard u[start] == 0x20 || u[start] == 0x54, start + 1 < u.count else { return false }
        var colon = false
        for k in (start + 1)..<u.count {
            let c = u[k]
            if c == 0x3A { colon = true } else if c &- 0x30 >= 10, c != 0x2E { return false }
        }
        return colon
    }
}

extension DatePattern {
    /// Why a data value is not a day in this pattern, and the setting that would read it when the
    /// value has another common shape.
    func message(_ text: String) -> String {
        let shown = isISO ? "YYYY-MM-DD" : self.text
        var msg = "not a date: expected \(shown), found \(ValueParsing.quoted(text))"
        var copy = text
        let f = copy.withUTF8 { fields($0) }
        if let f {
            if (1...12).contains(f.month) {
                msg += " (\(Self.monthName(f.month)) \(f.year) has \(Day.daysIn(year: f.year, month: f.month)) days)"
            } else if f.month > 12, f.day <= 12 {
                msg += " (there is no month \(f.month): are day and month swapped?)"
            }
            return msg
        }
        let where_ = "under data: in content/handbook.yml"
        if !isISO, Day(iso: text) != nil {
            return msg + " (looks like YYYY-MM-DD: set date_format: yyyy-MM-dd \(where_))"
        }
        // d.M.yyyy, d/M/yyyy, d-M-yyyy with or without a time: say which order it must be.
        let datePart = text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? text
        for sep in [".", "/", "-"] where datePart.contains(sep) {
            let p = datePart.split(separator: Character(sep), omittingEmptySubsequences: false)
            guard p.count == 3, p[2].count == 4, p[0].count <= 2, p[1].count <= 2,
                  let a = Int(p[0]), let b = Int(p[1]), Int(p[2]) != nil else { continue }
            let dayFirst = "dd\(sep)MM\(sep)yyyy", monthFirst = "MM\(sep)dd\(sep)yyyy"
            let suggestion = a > 12 ? dayFirst : b > 12 ? monthFirst : "\(dayFirst) or \(monthFirst)"
            return msg + " (looks like \(a > 12 ? "day\(sep)month\(sep)year" : b > 12 ? "month\(sep)day\(sep)year" : "day\(sep)month\(sep)year or month\(sep)day\(sep)year"): set date_format: \(suggestion) \(where_))"
        }
        return msg
    }

    private static func monthName(_ m: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"][m - 1]
    }
}
