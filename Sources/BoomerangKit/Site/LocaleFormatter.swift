import BoomerangModel
import Foundation

/// Numbers, money, percentages and dates in the handbook's locale.
///
/// Foundation is asked once, at start, how the locale writes digits, separators, currency
/// and each date in range; formatting a value afterwards is plain string work. That keeps
/// 100,000 dossiers fast and every thread free of shared formatter state.
///
/// Call its methods in a closure (`day.map { format.date($0) }`), not as function values
/// (`day.map(format.date)`): a function value holds a copy of the whole struct, some twenty
/// retains and as many releases, which was 0.8 % of a one-order rebuild.
public struct LocaleFormatter: Sendable {
    public let localeID: String
    public let currency: String
    private let digits: [String]
    private let group: String
    private let decimal: String
    private let minus: String
    private let moneyPrefix: String, moneySuffix: String
    private let percentPrefix: String, percentSuffix: String
    private let firstDay: Int32
    private let longDates: [String]
    private let shortDates: [String]
    private let monthNames: [String]   // 12 abbreviated month names of the locale's calendar
    private let persian: Bool
    private let digitBytes: [[UInt8]], groupBytes: [UInt8], decimalBytes: [UInt8], minusBytes: [UInt8]
    private let moneyPrefixBytes: [UInt8], moneySuffixBytes: [UInt8]
    /// The locale writes 0-9 (then digits are appended as bytes, not looked up).
    private let asciiDigits: Bool

    /// `days` is the range of dates that will be asked for; others fall back to ISO.
    public init(localeID: String, currency: String, days: ClosedRange<Day>) {
        self.localeID = localeID
        self.currency = currency
        let locale = Locale(identifier: localeID)
        digits = (0...9).map { $0.formatted(.number.locale(locale)) }
        let sample = (1234.5).formatted(.number.precision(.fractionLength(1)).locale(locale))
        let chars = sample.map(String.init)
        // chars: d1 G d2 d3 d4 D d5 (digits may be wider than ASCII but each is one Character)
        group = chars.count >= 7 ? chars[1] : ","
        decimal = chars.count >= 7 ? chars[chars.count - 2] : "."
        let neg = (-1).formatted(.number.locale(locale))
        minus = neg.replacingOccurrences(of: digits[1], with: "")
        let money = (1234.0).formatted(.currency(code: currency).precision(.fractionLength(0)).locale(locale))
        let core = digits[1] + group + digits[2] + digits[3] + digits[4]
        if let r = money.range(of: core) {
            moneyPrefix = String(money[..<r.lowerBound]); moneySuffix = String(money[r.upperBound...])
        } else {
            moneyPrefix = ""; moneySuffix = " " + currency
        }
        let pct = (0.5).formatted(.percent.precision(.fractionLength(0)).locale(locale))
        if let r = pct.range(of: digits[5] + digits[0]) {
            percentPrefix = String(pct[..<r.lowerBound]); percentSuffix = String(pct[r.upperBound...])
        } else {
            percentPrefix = ""; percentSuffix = "%"
        }
        persian = localeID.hasPrefix("fa")
        digitBytes = digits.map { Array($0.utf8) }
        groupBytes = Array(group.utf8); decimalBytes = Array(decimal.utf8); minusBytes = Array(minus.utf8)
        moneyPrefixBytes = Array(moneyPrefix.utf8); moneySuffixBytes = Array(moneySuffix.utf8)
        asciiDigits = digits == (0...9).map(String.init)
        var calendar = Calendar(identifier: persian ? .persian : .gregorian)
        let utc = TimeZone(identifier: "UTC")!
        calendar.timeZone = utc
        let long = Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: calendar, timeZone: utc)
        let short = Date.FormatStyle(date: .abbreviated, time: .omitted, locale: locale, calendar: calendar, timeZone: utc)
        firstDay = days.lowerBound.raw
        var longs: [String] = [], shorts: [String] = []
        let count = Int(days.upperBound.raw - days.lowerBound.raw) + 1
        longs.reserveCapacity(count); shorts.reserveCapacity(count)
        for raw in days.lowerBound.raw...days.upperBound.raw {
            let date = Date(timeIntervalSince1970: Double(raw) * 86400)
            longs.append(date.formatted(long))
            shorts.append(date.formatted(short))
        }
        longDates = longs
        shortDates = shorts
        var months: [String] = []
        let monthStyle = Date.FormatStyle(locale: locale, calendar: calendar, timeZone: utc).month(.abbreviated)
        for m in 0..<12 {
            // Day 15 of each Gregorian month; for Persian the names come from its own calendar below.
            let d = Day(year: 2001, month: m + 1, day: 15)!
            months.append(Date(timeIntervalSince1970: Double(d.raw) * 86400).formatted(monthStyle))
        }
        monthNames = months
    }

    /// ASCII digits -> the locale's digits.
    private func localDigits(_ ascii: String) -> String {
        if digits[0] == "0" { return ascii }
        var out = ""
        for ch in ascii {
            if let v = ch.wholeNumberValue, ch.isASCII { out += digits[v] } else { out.append(ch) }
        }
        return out
    }

    /// 1234567.891 -> "1,234,567.89" (en_US) with `decimals` fraction digits.
    /// Built from bytes: this runs a few hundred times per dossier, and Foundation's
    /// String(format:) and replacingOccurrences were a tenth of a build's time.
    public func number(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "–" }
        var out: [UInt8] = []
        out.reserveCapacity(48)
        guard appendNumber(value, decimals: decimals, to: &out) else { return foundationNumber(value, decimals: decimals) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `number`'s bytes appended to `out`; false (and nothing appended) past 10^15.
    /// `signed: false` leaves the minus sign out; returns whether the value shows as negative.
    @discardableResult
    private func appendNumber(_ value: Double, decimals: Int, signed: Bool = true, negative: UnsafeMutablePointer<Bool>? = nil,
                              to out: inout [UInt8]) -> Bool {
        let scale = pow(10.0, Double(decimals))
        let rounded = (abs(value) * scale).rounded() / scale
        let isNegative = value < 0 && rounded != 0
        negative?.pointee = isNegative
        let intPart = rounded.rounded(.towardZero)
        guard intPart < 1e15 else { return false }
        // Digits of the integer part, least significant first.
        var ascii: (UInt64, UInt64) = (0, 0)
        var count = 0
        var n = UInt64(intPart)
        withUnsafeMutableBytes(of: &ascii) { digits in
            repeat { digits[count] = UInt8(n % 10); n /= 10; count += 1 } while n > 0
        }
        if isNegative && signed { out += minusBytes }
        withUnsafeBytes(of: &ascii) { digits in
            for k in 0..<count {
                let d = digits[count - 1 - k]
                if asciiDigits { out.append(48 + d) } else { out += digitBytes[Int(d)] }
                let left = count - 1 - k
                if left > 0 && left % 3 == 0 { out += groupBytes }
            }
        }
        if decimals > 0 {
            let frac = Int(((rounded - intPart) * scale).rounded())
            out += decimalBytes
            let f = String(frac).utf8
            for _ in 0..<max(0, decimals - f.count) { out += digitBytes[0] }
            for b in f { out += digitBytes[Int(b - 48)] }
        }
        return true
    }

    /// The same as `number` through Foundation's string functions: used past 10^15, and by a
    /// test that holds the byte-built `number` to it.
    func foundationNumber(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "–" }
        let scale = pow(10.0, Double(decimals))
        let rounded = (abs(value) * scale).rounded() / scale
        let negative = value < 0 && rounded != 0
        let intPart = rounded.rounded(.towardZero)
        var intDigits = String(format: "%.0f", intPart)
        var grouped = ""
        while intDigits.count > 3 {
            grouped = group + intDigits.suffix(3) + grouped
            intDigits.removeLast(3)
        }
        grouped = intDigits + grouped
        var text = grouped
        if decimals > 0 {
            let frac = Int(((rounded - intPart) * scale).rounded())
            let f = String(frac)
            text += "\u{0}" + String(repeating: "0", count: max(0, decimals - f.count)) + f
        }
        text = localDigits(text).replacingOccurrences(of: "\u{0}", with: decimal)
        return negative ? minus + text : text
    }

    public func integer(_ value: Int) -> String { number(Double(value)) }

    /// Money in the configured currency, whole units unless `decimals` says otherwise.
    public func money(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "–" }
        // One buffer for sign, prefix, digits and suffix (a few per table row).
        var out: [UInt8] = []
        out.reserveCapacity(48)
        out += minusBytes
        out += moneyPrefixBytes
        var negative = false
        guard appendNumber(value, decimals: decimals, signed: false, negative: &negative, to: &out) else {
            let n = number(abs(value), decimals: decimals)
            let sign = value < 0 && n != number(0, decimals: decimals) ? minus : ""
            return sign + moneyPrefix + n + moneySuffix
        }
        out += moneySuffixBytes
        // A value that rounds to zero shows no minus sign.
        return negative ? String(decoding: out, as: UTF8.self) : String(decoding: out[minusBytes.count...], as: UTF8.self)
    }

    /// 0.123 -> "12.3%".
    public func percent(_ fraction: Double, decimals: Int = 1) -> String {
        guard fraction.isFinite else { return "–" }
        return percentPrefix + number(fraction * 100, decimals: decimals) + percentSuffix
    }

    /// "October 4, 2024" / "4 октября 2024 г." / "۱۳ مهر ۱۴۰۳".
    public func date(_ day: Day) -> String {
        let i = Int(day.raw - firstDay)
        return i >= 0 && i < longDates.count ? longDates[i] : localDigits(day.iso)
    }

    /// "Oct 4, 2024".
    public func shortDate(_ day: Day) -> String {
        let i = Int(day.raw - firstDay)
        return i >= 0 && i < shortDates.count ? shortDates[i] : localDigits(day.iso)
    }

    /// "Oct 2024" for a `Day.monthIndex` (Gregorian months; Persian handbooks show the Gregorian month in Persian digits).
    public func month(_ monthIndex: Int) -> String {
        let year = localDigits(String(monthIndex / 12))
        if persian { return year + "/" + localDigits(String(monthIndex % 12 + 1)) }
        return monthNames[monthIndex % 12] + " " + year
    }
}
