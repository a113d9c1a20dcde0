@testable import BoomerangCharts

/// Fixed inputs for the golden files: small, hand-shaped data with the features each chart must show.
enum ChartFixtures {
    static let asOf = ChartDate.day(year: 2025, month: 6, day: 30)
    static let en = ChartContext()
    static let ru = ChartContext(locale: ChartLocale(identifier: "ru_RU", currencyCode: "RUB"), strings: russian)
    static let ro = ChartContext(locale: ChartLocale(identifier: "ro_RO", currencyCode: "RON"))
    static let fa = ChartContext(locale: ChartLocale(identifier: "fa_IR", currencyCode: "IRR"), strings: persian)

    /// A few translated strings, as the site would pass them.
    static let russian = ChartStrings([
        "timeline.title": "История покупок", "timeline.purchases": "Покупки", "timeline.purchase": "Покупка (площадь = сумма)",
        "timeline.expectedNext": "Ожидаемая покупка", "timeline.lostThreshold": "Потерян после", "timeline.asOf": "Сегодня",
        "timeline.churn": "Уход", "timeline.complaint": "Жалобы", "timeline.contact": "Контакты",
        "revenue.title": "Выручка по месяцам, последние {months} мес.", "revenue.axis": "Выручка, {currency}",
        "revenue.summary": "{total} за {months} мес., из них без покупок: {empty}; лучший месяц {best} ({bestValue}).",
        "status.title": "Клиенты по статусу", "status.summary": "{month}: {parts}.",
    ])
    static let persian = ChartStrings([
        "timeline.title": "تاریخچهٔ خرید", "timeline.purchases": "خریدها", "timeline.purchase": "خرید (مساحت = مبلغ)",
        "timeline.expectedNext": "خرید بعدی", "timeline.lostThreshold": "از دست رفته پس از", "timeline.asOf": "امروز",
        "timeline.churn": "ترک", "timeline.complaint": "شکایت", "timeline.contact": "تماس",
        "revenue.title": "درآمد ماهانه، {months} ماه اخیر", "revenue.axis": "درآمد، {currency}",
        "revenue.summary": "{total} در {months} ماه؛ {empty} ماه بدون خرید؛ بهترین ماه {best} ({bestValue}).",
        "status.title": "مشتریان بر اساس وضعیت", "status.summary": "{month}: {parts}.",
    ])

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Int { ChartDate.day(year: y, month: m, day: d) }
    static func month(_ y: Int, _ m: Int) -> Int { ChartDate.monthIndex(year: y, month: m) }

    /// A wholesale customer who bought monthly, complained, was contacted and stopped in spring.
    static let timeline = PurchaseTimelineInput(
        purchases: [(2023, 7, 3, 41_000.0), (2023, 8, 2, 38_500), (2023, 9, 5, 52_000), (2023, 10, 4, 12_000),
                    (2023, 11, 6, 47_300), (2023, 12, 4, 61_000), (2024, 1, 15, 39_900), (2024, 2, 5, 44_000),
                    (2024, 3, 4, 120_000), (2024, 4, 8, 43_000), (2024, 6, 3, 45_500), (2024, 7, 1, 40_000),
                    (2024, 8, 5, 8_000), (2024, 9, 2, 46_000), (2024, 10, 7, 51_000), (2024, 11, 4, 39_000),
                    (2025, 1, 13, 22_000)].map { DayAmount(day: day($0.0, $0.1, $0.2), amount: $0.3) },
        expectedNext: day(2025, 2, 12), lostThreshold: day(2025, 4, 13),
        events: [TimelineEvent(day: day(2024, 5, 6), kind: .complaint, label: "Late delivery"),
                 TimelineEvent(day: day(2024, 12, 9), kind: .complaint, label: "Wrong invoice & <VAT>"),
                 TimelineEvent(day: day(2024, 5, 20), kind: .contact, label: "Visit"),
                 TimelineEvent(day: day(2025, 3, 3), kind: .contact, label: "Call"),
                 TimelineEvent(day: day(2025, 5, 19), kind: .churn, label: "Price; service")],
        asOf: asOf)

    /// 24 months of revenue ending June 2025, with four empty months.
    static let revenue: [MonthValue] = (0..<24).compactMap { i in
        let m = month(2023, 7) + i
        if [4, 10, 11, 22].contains(i) { return nil }
        return MonthValue(month: m, value: Double(30_000 + (i * 7_919) % 41_000))
    }

    static let pAlive: [DayValue] = (0..<24).map { i in
        let d = ChartDate.firstDay(ofMonth: month(2023, 7) + i)
        let v = i < 18 ? 0.97 - Double(i % 3) * 0.02 : 0.9 * pow(0.72, Double(i - 17))
        return DayValue(day: d, value: v)
    }
}

import Foundation
