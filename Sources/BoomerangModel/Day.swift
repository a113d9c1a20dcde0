/// A calendar day as a count of days since 1970-01-01 (proleptic Gregorian).
/// Integer days keep the analytics fast and free of time zones and clocks.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var raw: Int32

    public init(raw: Int32) { self.raw = raw }

    /// Builds a day from year, month, day; nil when the date does not exist (2023-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(year: year, month: month) else { return nil }
        raw = Int32(Day.number(year: year, month: month, day: day))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date, unchecked (Howard Hinnant's
    /// days_from_civil). The one copy of the calendar arithmetic: charts and the database
    /// client use it too.
    public static func number(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// (year, month, day) of a count of days since 1970-01-01: the inverse of `number`.
    public static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Parses `YYYY-MM-DD` exactly; nil for anything else.
    public init?(iso text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 45, u[7] == 45 else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { let c = u[i]; guard c >= 48, c <= 57 else { return nil }; v = v * 10 + Int(c - 48) }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        default: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        }
    }

    /// (year, month, day) of this day.
    public var components: (year: Int, month: Int, day: Int) { Day.civil(Int(raw)) }

    /// Months since year 0, for monthly bucketing.
    public var monthIndex: Int { let c = components; return c.year * 12 + (c.month - 1) }

    /// `YYYY-MM-DD`. Written as ten bytes: exports and plans write one per customer and step,
    /// and padding three Strings was about 2,700 instructions a day. Years outside 0...9999 go
    /// through `paddedISO`, whose output for them (such as "00-5") is kept as it was.
    public var iso: String {
        let c = components
        guard (0...9999).contains(c.year) else { return Self.paddedISO(c) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { b in
            func put(_ v: Int, _ at: Int, _ width: Int) {
                var v = v
                for k in stride(from: at + width - 1, through: at, by: -1) { b[k] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10 }
            }
            put(c.year, 0, 4); b[4] = UInt8(ascii: "-"); put(c.month, 5, 2); b[7] = UInt8(ascii: "-"); put(c.day, 8, 2)
            return String(decoding: b, as: UTF8.self)
        }
    }

    /// Each part as a decimal number, zero-padded to 4, 2 and 2 digits: `iso`'s reference.
    static func paddedISO(_ c: (year: Int, month: Int, day: Int)) -> String {
        func pad(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool { a.raw < b.raw }
    public static func + (a: Day, days: Int) -> Day { Day(raw: a.raw + Int32(days)) }
    public static func - (a: Day, b: Day) -> Int { Int(a.raw - b.raw) }

    /// The first day of the month `monthIndex` (as returned by `monthIndex`).
    public static func firstOfMonth(_ monthIndex: Int) -> Day {
        Day(year: monthIndex / 12, month: monthIndex % 12 + 1, day: 1)!
    }
}
