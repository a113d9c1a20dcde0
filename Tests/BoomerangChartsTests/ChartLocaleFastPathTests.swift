import Foundation
import Testing
@testable import BoomerangCharts

/// The ICU-free paths of ChartLocale (money from learnt templates, percentages by their shown value)
/// must write exactly what ICU writes. Checked over many values in locales with different digits,
/// separators, grouping (Indian lakh groups, Spanish minimum grouping) and currency placement.
@Suite struct ChartLocaleFastPathTests {
    static let locales = [("en_US", "USD"), ("ru_RU", "RUB"), ("fa_IR", "IRR"), ("de_DE", "EUR"), ("hi_IN", "INR"),
                          ("es_ES", "EUR"), ("fr_FR", "EUR"), ("ja_JP", "JPY"), ("ar_EG", "EGP"), ("de_CH", "CHF"),
                          ("pt_BR", "BRL"), ("ro_RO", "RON"), ("en_IN", "INR"), ("nl_NL", "EUR")]

    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Numbers {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next() -> UInt64 { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    }

    static func moneyValues() -> [Double] {
        var values: [Double] = [0, 0.4, 0.5, 0.6, 1, 1.5, 2.5, 9.99, 10, 999.5, 1000, 1234.5, 9_999, 10_000, 99_999.49,
                                123_456, 1_000_000, 1_234_567.5, 12_345_678, 987_654_321, 10_000_000_000, 123_456_789_012, -0.0, -5, -1234.6]
        var n = Numbers()
        for _ in 0..<600 {
            let magnitude = pow(10, n.unit() * 11)
            values.append(n.unit() * magnitude)
            values.append((n.unit() * magnitude * 100).rounded() / 100)   // cents, as in order amounts
            values.append((n.unit() * magnitude).rounded(.down) + 0.5)     // exact ties
        }
        return values
    }

    @Test(arguments: locales) func moneyMatchesICU(_ id: String, _ currency: String) {
        let locale = ChartLocale(identifier: id, currencyCode: currency)
        var mismatches: [String] = []
        for v in Self.moneyValues() {
            let expected = ChartLocale.icuMoney(v, code: currency, locale: locale.locale)
            let got = locale.money(v)
            if got != expected { mismatches.append("\(v): \(got) != \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(id): \(mismatches.prefix(5))")
    }

    @Test(arguments: locales) func percentMatchesICU(_ id: String, _ currency: String) {
        let locale = ChartLocale(identifier: id, currencyCode: currency)
        var values: [Double] = [0, 1, 0.005, 0.015, 0.125, 0.135, 0.145, 0.285, 0.5, 0.995, 0.99999, 1e-9, 1.5, 12.345, -0.0, -0.25]
        var n = Numbers()
        for _ in 0..<400 { values.append(n.unit()); values.append((n.unit() * 1000).rounded() / 1000) }
        var mismatches: [String] = []
        for digits in 0...2 {
            for v in values {
                let expected = v.formatted(.percent.locale(locale.locale).precision(.fractionLength(0...digits)))
                let got = locale.percent(v, fractionDigits: digits)
                if got != expected { mismatches.append("\(v) (\(digits)): \(got) != \(expected)") }
            }
        }
        #expect(mismatches.isEmpty, "\(id): \(mismatches.prefix(5))")
    }

    @Test func templatesAreUsedForWholeAmounts() {
        let en = ChartLocale(identifier: "en_US", currencyCode: "USD")
        #expect(en.money(1_234_567.4) == "$1,234,567")
        #expect(ChartLocale.shownPercent(0.28734, fractionDigits: 0) == 0.29)
        #expect(ChartLocale.shownPercent(0.285, fractionDigits: 0) == nil)   // a tie: left to ICU
        #expect(ChartLocale.shownPercent(-0.0, fractionDigits: 0) == nil)
    }

    /// The byte-level template filling writes what the Character-level one writes, including
    /// unknown and unclosed placeholders, and hands braces next to combining marks to the latter.
    @Test func templateFillingMatchesCharacterPath() {
        let values = ["title": "P(alive) <5%>", "count": "1,234", "first": "۱۲ مهر", "x": "", "a{b": "never"]
        var templates = Array(ChartStrings.english.values)
        templates += ["", "{", "}", "{}", "{{title}}", "{a{b}", "no braces", "{count} of {missing} {title", "}{count}{",
                      "{title}\u{301}", "\u{301}{count}", "é{count}ü", "{count}\u{200D}x", "日本{count}語", "{tit\u{301}le}"]
        var n = Numbers()
        let pieces = ["{", "}", "title", "count", "a", " ", "é", "\u{301}", "ـ", "x"]
        for _ in 0..<500 { templates.append((0..<8).map { _ in pieces[Int(n.next() % UInt64(pieces.count))] }.joined()) }
        for t in templates {
            let reference = ChartStrings.fillCharacters(t, values)
            #expect((ChartStrings.fillBytes(t, values) ?? reference) == reference, "\(t)")
        }
        #expect(ChartStrings.fillBytes("{title}\u{301}", values) == nil)
        #expect(ChartStrings().format("palive.summary", ["first": "10%", "from": "a", "last": "20%", "to": "b"])
                == "The chance that the customer is still buying went from 10% on a to 20% on b.")
    }
}


/// Short dates from learnt templates must be ICU's, day by day.
@Suite struct ChartDateFastPathTests {
    @Test(arguments: ChartLocaleFastPathTests.locales + [("ja_JP", "JPY"), ("zh_CN", "CNY"), ("ko_KR", "KRW"), ("fr_CA", "CAD"),
                                                      ("pl_PL", "PLN"), ("lt_LT", "EUR"), ("th_TH", "THB"), ("bn_BD", "BDT")])
    func datesMatchICU(_ id: String, _ currency: String) {
        let locale = ChartLocale(identifier: id, currencyCode: currency)
        var days = Array(ChartDate.day(year: 2024, month: 1, day: 1)...ChartDate.day(year: 2025, month: 3, day: 31))
        days += stride(from: ChartDate.day(year: 1970, month: 1, day: 1), to: ChartDate.day(year: 2040, month: 1, day: 1), by: 7)
        days += [ChartDate.day(year: 1582, month: 10, day: 20), ChartDate.day(year: 1899, month: 12, day: 31), -1_000_000]
        var mismatches: [String] = []
        for day in days {
            let expected = ChartLocale.icuDate(day, locale: locale.locale, calendar: locale.calendar)
            let got = locale.date(day: day)
            if got != expected { mismatches.append("\(day): \(got) != \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(id): \(mismatches.prefix(5))")
    }
}
