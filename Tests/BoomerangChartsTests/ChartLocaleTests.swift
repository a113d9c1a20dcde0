import Testing
@testable import BoomerangCharts

/// Foundation's ICU output, pinned: English and Russian use narrow/no-break spaces (U+202F, U+00A0).
@Suite struct ChartLocaleTests {
    /// Axis titles name the currency as the locale writes it (issue 21): a symbol where the
    /// locale has one for that currency, else the code.
    @Test func currencySymbols() {
        #expect(ChartLocale(identifier: "ru_RU", currencyCode: "RUB").currencySymbol == "₽")
        #expect(ChartLocale(identifier: "en_US", currencyCode: "USD").currencySymbol == "$")
        #expect(ChartLocale(identifier: "en_US", currencyCode: "RUB").currencySymbol == "RUB")
        #expect(ChartLocale(identifier: "ro_RO", currencyCode: "RON").currencySymbol == "RON")
        #expect(ChartLocale(identifier: "fa_IR", currencyCode: "IRR").currencySymbol == "ریال")
    }

    let en = ChartLocale(identifier: "en_US", currencyCode: "USD")
    let ru = ChartLocale(identifier: "ru_RU", currencyCode: "RUB")
    let ro = ChartLocale(identifier: "ro_RO", currencyCode: "RON")
    let fa = ChartLocale(identifier: "fa_IR", currencyCode: "IRR")
    let day = ChartDate.day(year: 2024, month: 10, day: 4)

    @Test func numbers() {
        #expect(en.number(1234567) == "1,234,567")
        #expect(ru.number(1234567) == "1\u{A0}234\u{A0}567")
        #expect(ro.number(1234.5, fractionDigits: 1) == "1.234,5")
        #expect(fa.number(1234) == "۱٬۲۳۴")
    }

    @Test func compactNumbers() {
        #expect(en.compact(1_234_567) == "1.23M")
        #expect(en.compact(9_999) == "9,999")
        #expect(ru.compact(1_200_000) == "1,2\u{A0}млн")
        #expect(fa.compact(1_200_000) == "۱٫۲\u{A0}میلیون")
        #expect(en.compact(-15_000) == "-15K")
    }

    @Test func moneyAndPercent() {
        #expect(en.money(1234.4) == "$1,234")
        #expect(ru.money(1234) == "1\u{A0}234\u{A0}₽")
        #expect(en.compactMoney(2_450_000) == "2.45M USD")
        #expect(en.percent(0.125, fractionDigits: 1) == "12.5%")
        #expect(ru.percent(0.5) == "50\u{A0}%")
        #expect(fa.percent(0.5) == "۵۰٪")
    }

    @Test func datesUseTheLocaleCalendar() {
        #expect(en.date(day: day) == "Oct 4, 2024")
        #expect(ru.monthName(day: day) == "окт.")
        #expect(fa.monthName(day: day) == "مهر")          // 4 Oct 2024 = 13 Mehr 1403
        #expect(fa.year(day: day) == "۱۴۰۳")
        #expect(en.month(ChartDate.monthIndex(year: 2024, month: 10)) == "Oct 2024")
    }

    @Test func persianMonthStartsAreNotGregorian() {
        let from = ChartDate.day(year: 2024, month: 3, day: 1), to = ChartDate.day(year: 2024, month: 6, day: 1)
        let starts = fa.monthStarts(from: from, to: to).map { ChartDate.civil($0.day) }
        #expect(starts.first.map { $0.month == 3 && $0.day == 20 } == true)   // 1 Farvardin 1403
        #expect(en.monthStarts(from: from, to: to).map { ChartDate.civil($0.day).day } == [1, 1, 1, 1])
    }

    /// A month start's year and month, taken from the month index, are those of the calendar's day.
    @Test func monthStartsCarryTheirCalendarMonth() {
        var seed: UInt64 = 22
        for _ in 0..<300 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let from = Int(seed >> 40) % 120_000 - 40_000, to = from + Int(seed >> 20) % 900
            for locale in [en, fa] {
                for start in locale.monthStarts(from: from, to: to) {
                    let c = locale.calendarMonth(day: start.day)
                    #expect(start.year == c.year && start.month == c.month, "\(start)")
                }
            }
        }
    }

    @Test func rightToLeftOnlyForRTLLanguages() {
        #expect(fa.isRightToLeft && !en.isRightToLeft && !ru.isRightToLeft)
        let chart = Charts.monthlyRevenue(ChartFixtures.revenue, context: ChartFixtures.fa)
        #expect(chart.svg.contains("direction=\"ltr\""), "anchors are physical; the root pins direction")
        #expect(chart.svg.contains("\u{202B}"), "Persian labels are embedded right to left")
    }

    @Test func dayArithmeticRoundTrips() {
        for d in [-1000, 0, 19_000, 20_000, 60_000] { let c = ChartDate.civil(d); #expect(ChartDate.day(year: c.year, month: c.month, day: c.day) == d) }
        #expect(ChartDate.day(year: 1970, month: 1, day: 1) == 0)
        #expect(ChartDate.firstDay(ofMonth: ChartDate.monthIndex(year: 2024, month: 2)) == ChartDate.day(year: 2024, month: 2, day: 1))
    }
}
