import Foundation
import Testing
@testable import BoomerangCharts

/// The month-name table (one name per calendar month, made once per locale) must give ICU's name,
/// width and escaping for every day: checked against ICU day by day over seeded random days from
/// 1900 to 2100, in locales with Latin, Cyrillic and Persian month names (and the Persian calendar).
@Suite struct MonthNamesTests {
    /// ICU's abbreviated month name of a day in the locale's calendar: the reference.
    static func icuMonthName(_ day: Int, _ locale: ChartLocale) -> String {
        ChartDate.date(day).formatted(Date.FormatStyle(locale: locale.locale, calendar: locale.calendar,
                                                       timeZone: ChartDate.utc).month(.abbreviated))
    }

    @Test(arguments: ChartLocaleFastPathTests.locales)
    func tableMatchesICU(_ id: String, _ currency: String) {
        let locale = ChartLocale(identifier: id, currencyCode: currency)
        var n = ChartLocaleFastPathTests.Numbers()
        let first = ChartDate.day(year: 1900, month: 1, day: 1), last = ChartDate.day(year: 2100, month: 12, day: 31)
        var mismatches: [String] = []
        for _ in 0..<400 {
            let day = first + Int(n.next() % UInt64(last - first + 1))
            let expected = Self.icuMonthName(day, locale)
            let name = locale.monthNames[locale.calendarMonth(day: day).month]
            var escaped = SVGWriter()
            escaped.putEscaped(expected)
            if name.text != expected || name.escaped != escaped.bytes || name.width != textWidth(expected)
                || name.rightToLeft != ChartCanvas.hasRightToLeftLetter(expected) {
                mismatches.append("\(day): \(name.text) != \(expected)")
            }
        }
        #expect(mismatches.isEmpty, "\(id): \(mismatches.prefix(5))")
    }

    @Test func monthStartsLabelTheirOwnMonth() {
        let fa = ChartLocale(identifier: "fa_IR", currencyCode: "IRR")
        let from = ChartDate.day(year: 2023, month: 1, day: 1), to = ChartDate.day(year: 2025, month: 6, day: 1)
        for start in fa.monthStarts(from: from, to: to) {
            #expect(fa.monthNames[start.month].text == Self.icuMonthName(start.day, fa))
        }
    }
}
