import BoomerangModel
import Foundation

/// Formats numbers, money, months and dates for one ICU locale, always with an explicit
/// `Locale` (never `Locale.current`, which ignores LANG on Linux) and UTC, so output is deterministic.
/// Persian (`fa`) uses the Persian calendar and a right-to-left reading order.
public struct ChartLocale: Sendable {
    public let identifier: String
    /// ISO 4217 code used for money, e.g. "USD", "RUB".
    public let currencyCode: String
    /// How the locale writes that currency in a title: "₽" for RUB in ru_RU, "$" for USD in
    /// en_US, the code where the locale has no symbol of its own (RUB in en_US, RON in ro_RO).
    public let currencySymbol: String
    public let locale: Locale
    public let calendar: Calendar
    /// True for right-to-left languages: charts mirror their x axis and embed text right to left.
    public let isRightToLeft: Bool
    /// Years and calendar months by day, shared by copies of this locale (ICU date formatting is
    /// the costly part of a chart); for the Gregorian calendar only years are looked up here.
    private let cache = BoundedMemo<Int, DayLabels>(limit: 20_000)
    /// The abbreviated month names, by calendar month.
    let monthNames: MonthNames
    /// Formatted numbers, money and dates by value: ICU formatting costs microseconds per call,
    /// and axis ticks and dates repeat across thousands of charts.
    private let memo = BoundedMemo<FormatKey, String>(limit: 100_000)
    /// Whole money amounts without ICU (see WholeNumberTemplates): each dossier's totals are new values.
    private let wholeMoney: WholeNumberTemplates
    /// Short dates without ICU where the calendar is Gregorian (see DateTemplates).
    private let dates: DateTemplates?

    /// `rightToLeft` is the direction of the words (the interface language); by default the locale's.
    public init(identifier: String = "en_US", currencyCode: String = "USD", rightToLeft: Bool? = nil) {
        self.identifier = identifier
        self.currencyCode = currencyCode
        self.locale = Locale(identifier: identifier)
        let language = String(identifier.split(whereSeparator: { $0 == "_" || $0 == "-" }).first ?? "en")
        var calendar = Calendar(identifier: language == "fa" ? .persian : .gregorian)
        calendar.timeZone = ChartDate.utc
        calendar.locale = locale
        self.calendar = calendar
        monthNames = MonthNames(calendar: calendar, locale: locale)
        self.isRightToLeft = rightToLeft ?? LanguageDirection.isRightToLeft(identifier)
        currencySymbol = Self.symbol(of: currencyCode, in: locale)
        let icuLocale = self.locale, code = currencyCode
        let glyphs: @Sendable () -> [String] = { (0...9).map { $0.formatted(.number.locale(icuLocale)) } }
        wholeMoney = WholeNumberTemplates(glyphs: glyphs) { Self.icuMoney($0, code: code, locale: icuLocale) }
        dates = calendar.identifier == .gregorian
            ? DateTemplates(glyphs: glyphs) { [calendar] in Self.icuDate($0, locale: icuLocale, calendar: calendar) } : nil
    }

    static func symbol(of code: String, in locale: Locale) -> String {
        let f = NumberFormatter()
        f.locale = locale
        f.numberStyle = .currency
        f.currencyCode = code
        return f.currencySymbol.flatMap { $0.isEmpty ? nil : $0 } ?? code
    }

    // MARK: Numbers

    /// A plain number with up to `fractionDigits` decimals (trailing zeros dropped).
    public func number(_ value: Double, fractionDigits: Int = 0) -> String {
        memo.text(.number, value, fractionDigits) {
            Self.finite(value).formatted(.number.locale(locale).precision(.fractionLength(0...max(0, fractionDigits))))
        }
    }

    /// An integer count.
    public func count(_ value: Int) -> String {
        memo.text(.count, Double(value), 0) { value.formatted(.number.locale(locale)) }
    }

    /// `fraction` as a percentage (0.25 -> "25%"), with the locale's percent sign and spacing.
    public func percent(_ fraction: Double, fractionDigits: Int = 0) -> String {
        // Every value that rounds to the same shown percentage is formatted as that percentage, so
        // the memo hits for new values too (P(alive) is a new number for every customer).
        let value = Self.shownPercent(fraction, fractionDigits: fractionDigits) ?? fraction
        return memo.text(.percent, value, fractionDigits) {
            Self.finite(value).formatted(.percent.locale(locale).precision(.fractionLength(0...max(0, fractionDigits))))
        }
    }

    /// The number ICU shows for `fraction` as a percentage with `fractionDigits` decimals, as a
    /// fraction again (0.28734 -> 0.29), or nil where binary and decimal rounding could disagree:
    /// near a tie (ICU rounds the decimal digits half to even), for negative values (ICU may write
    /// "-0") and for large ones.
    static func shownPercent(_ fraction: Double, fractionDigits: Int) -> Double? {
        guard fraction.isFinite, fraction.sign == .plus, (0...6).contains(fractionDigits) else { return nil }
        var scale = 100.0
        for _ in 0..<fractionDigits { scale *= 10 }
        let scaled = fraction * scale
        guard scaled < 1e9, abs(scaled - scaled.rounded(.down) - 0.5) > 1e-6 else { return nil }
        return scaled.rounded() / scale
    }

    /// Short form of large numbers: 1.2M, 1,2 млн, ۱٫۲ میلیون. Values under 10,000 are written in full.
    public func compact(_ value: Double) -> String {
        let v = Self.finite(value)
        if abs(v) < 10_000 { return number(v, fractionDigits: abs(v) < 10 ? 1 : 0) }
        return memo.text(.compact, v, 0) {
            v.formatted(.number.locale(locale).notation(.compactName).precision(.significantDigits(1...3)))
        }
    }

    /// Money in full with the configured currency, no cents (charts show orders of magnitude).
    public func money(_ value: Double) -> String {
        // Whole amounts away from a rounding tie come from templates learnt from ICU (same bytes).
        if value.isFinite, value.sign == .plus, value < 1e12, abs(value - value.rounded(.down) - 0.5) > 1e-6,
           let text = wholeMoney.format(UInt64(value.rounded())) {
            return text
        }
        return memo.text(.money, value, 0) { Self.icuMoney(value, code: currencyCode, locale: locale) }
    }

    /// Money through ICU: the reference the templates are learnt from and checked against.
    static func icuMoney(_ value: Double, code: String, locale: Locale) -> String {
        finite(value).formatted(.currency(code: code).locale(locale).precision(.fractionLength(0)))
    }

    /// Money for labels: in full under 10,000, else the compact number followed by the currency code.
    public func compactMoney(_ value: Double) -> String {
        abs(Self.finite(value)) < 10_000 ? money(value) : "\(compact(value)) \(currencyCode)"
    }

    /// Items joined the locale's way ("a, b and c").
    public func list(_ items: [String]) -> String {
        items.formatted(.list(type: .and).locale(locale))
    }

    // MARK: Dates (day = days since 1970-01-01)

    /// A short date: "Oct 4, 2024", "4 окт. 2024 г.", Persian calendar for fa.
    public func date(day: Int) -> String {
        if let text = dates?.format(day: day) { return text }
        return memo.text(.date, Double(day), 0) { Self.icuDate(day, locale: locale, calendar: calendar) }
    }

    /// A short date through ICU: the reference the date templates are learnt from and checked against.
    static func icuDate(_ day: Int, locale: Locale, calendar: Calendar) -> String {
        ChartDate.date(day).formatted(Date.FormatStyle(date: .abbreviated, time: .omitted, locale: locale,
                                                       calendar: calendar, timeZone: ChartDate.utc))
    }

    /// The abbreviated month name of a day in the locale's calendar.
    public func monthName(day: Int) -> String { monthNames[calendarMonth(day: day).month].text }

    /// The year of a day in the locale's calendar, in the locale's digits.
    public func year(day: Int) -> String { labels(day).year }

    /// "Oct 2024" for a month index (year * 12 + month - 1, Gregorian); labelled by the month holding its first day.
    public func month(_ monthIndex: Int) -> String {
        memo.text(.month, Double(monthIndex), 0) {
            ChartDate.date(ChartDate.firstDay(ofMonth: monthIndex)).formatted(style.month(.abbreviated).year(.defaultDigits))
        }
    }

    /// Month number (1...12 or 1...13) and year of a day in the locale's calendar.
    func calendarMonth(day: Int) -> (year: Int, month: Int) {
        if calendar.identifier == .gregorian {   // arithmetic: ICU's Gregorian days are these from 1582 on
            let c = ChartDate.civil(day)
            if (1900...9999).contains(c.year) { return (c.year, c.month) }
        }
        let l = labels(day)
        return (l.calendarYear, l.calendarMonth)
    }

    /// Year and calendar month of a day, made once per day and locale.
    func labels(_ day: Int) -> DayLabels {
        // The memo's closure captures these two, not a copy of the whole locale on every lookup.
        let calendar = calendar, locale = locale
        return cache.value(day) {
            let date = ChartDate.date(day)
            let c = calendar.dateComponents([.year, .month], from: date)
            let style = Date.FormatStyle(locale: locale, calendar: calendar, timeZone: ChartDate.utc)
            return DayLabels(year: date.formatted(style.year(.defaultDigits)), calendarYear: c.year ?? 0, calendarMonth: c.month ?? 1)
        }
    }

    /// The calendar months that start within [from, to], in the locale's calendar, in order.
    func monthStarts(from: Int, to: Int) -> [MonthStart] {
        if calendar.identifier == .gregorian {   // plain arithmetic: ICU calendar stepping is the slow part
            guard from <= to else { return [] }
            var result: [MonthStart] = []
            result.reserveCapacity(16)
            for month in ChartDate.monthIndex(ofDay: from)...ChartDate.monthIndex(ofDay: to) {
                let day = ChartDate.firstDay(ofMonth: month)
                guard day >= from && day <= to else { continue }
                // The month index is the year and month: no calendar arithmetic for the day again.
                let year = Int((Double(month) / 12).rounded(.down)), number = month - year * 12 + 1
                let known = (1900...9999).contains(year) ? (year, number) : calendarMonth(day: day)
                result.append(MonthStart(day: day, year: known.0, month: known.1))
            }
            return result
        }
        guard from <= to, let start = calendar.dateInterval(of: .month, for: ChartDate.date(from))?.start else { return [] }
        var result: [MonthStart] = []
        var cursor = start
        while true {
            let day = ChartDate.day(cursor)
            if day > to { break }
            if day >= from {
                let c = calendarMonth(day: day)
                result.append(MonthStart(day: day, year: c.year, month: c.month))
            }
            guard let next = calendar.date(byAdding: .month, value: 1, to: cursor) else { break }
            cursor = next
        }
        return result
    }

    private var style: Date.FormatStyle {
        Date.FormatStyle(locale: locale, calendar: calendar, timeZone: ChartDate.utc)
    }

    static func finite(_ v: Double) -> Double { v.isFinite ? v : 0 }
}

/// The first day of a calendar month, with the month's number (1...12 or 1...13) and year.
struct MonthStart: Equatable { var day: Int, year: Int, month: Int }

/// A day's year as the locale writes it, and its year and month in the locale's calendar.
struct DayLabels { var year: String, calendarYear: Int, calendarMonth: Int }

/// A formatted value's key: what was formatted and how.
struct FormatKey: Hashable {
    enum Kind: UInt8 { case number, count, percent, compact, money, date, month }
    var kind: Kind, bits: UInt64, digits: Int
}

/// A lock-guarded memo, emptied when it passes `limit` entries so a long-running process
/// (`boomerang serve`) cannot grow it forever. The value is made outside the lock: two threads
/// may both make it, which costs time but never a wrong value.
final class BoundedMemo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [Key: Value] = [:]
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func value(_ key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let hit = table[key] { lock.unlock(); return hit }
        lock.unlock()
        let made = make()
        lock.lock()
        if table.count > limit { table.removeAll(keepingCapacity: true) }
        table[key] = made
        lock.unlock()
        return made
    }
}

extension BoundedMemo where Key == FormatKey, Value == String {
    func text(_ kind: FormatKey.Kind, _ value: Double, _ digits: Int, make: () -> String) -> String {
        self.value(FormatKey(kind: kind, bits: value.bitPattern, digits: digits), make: make)
    }
}

/// Plain integer dates for chart inputs (days since 1970-01-01), so chart inputs stay plain
/// numbers; the calendar arithmetic is Day's.
public enum ChartDate {
    static let utc = TimeZone(identifier: "UTC")!

    /// Days since 1970-01-01 for a proleptic Gregorian date.
    public static func day(year: Int, month: Int, day: Int) -> Int { Day.number(year: year, month: month, day: day) }

    /// Month index used by the month-based charts: year * 12 + (month - 1).
    public static func monthIndex(year: Int, month: Int) -> Int { year * 12 + month - 1 }

    /// Month index of a day.
    public static func monthIndex(ofDay day: Int) -> Int {
        let c = civil(day)
        return monthIndex(year: c.year, month: c.month)
    }

    /// First day (days since 1970) of a month index.
    public static func firstDay(ofMonth monthIndex: Int) -> Int {
        day(year: Int((Double(monthIndex) / 12).rounded(.down)), month: ((monthIndex % 12) + 12) % 12 + 1, day: 1)
    }

    /// (year, month, day) of a day number.
    public static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) { Day.civil(dayNumber) }

    static func date(_ day: Int) -> Date { Date(timeIntervalSince1970: Double(day) * 86_400) }
    static func day(_ date: Date) -> Int { Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) }
}
