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

    static let status = StackedMonths(
        months: (0..<18).map { month(2024, 1) + $0 },
        series: [("Active", (0..<18).map { Double(90 - $0 * 2 + ($0 % 4)) }),
                 ("At risk", (0..<18).map { Double(12 + ($0 * 5) % 9) }),
                 ("Lost", (0..<18).map { Double(8 + $0 * 2) })])

    static let churn: [MonthValue] = (0..<24).compactMap { i in
        i == 9 ? nil : MonthValue(month: month(2023, 7) + i, value: 0.004 + Double((i * 37) % 13) / 1000)
    }

    /// The fixture's last 12 months compounded, and the monthly rate that compounds to it.
    static var churnYear: Double { 1 - churn.suffix(12).reduce(1) { $0 * (1 - $1.value) } }
    static var churnMonth: Double { 1 - pow(1 - churnYear, 1.0 / 12) }

    static let reasons: [ReasonBar] = [
        ReasonBar(label: "Price too high", customers: 14, lostRevenue: 2_450_000),
        ReasonBar(label: "Slow delivery", customers: 9, lostRevenue: 1_310_000),
        ReasonBar(label: "Rude staff", customers: 4, lostRevenue: 380_000),
        ReasonBar(label: "Moved away", customers: 3, lostRevenue: 120_000),
        ReasonBar(label: "Competitor poached the buyer", customers: 3, lostRevenue: 900_000),
        ReasonBar(label: "Quality dropped", customers: 2, lostRevenue: 75_000),
        ReasonBar(label: "Bankruptcy", customers: 1, lostRevenue: 40_000),
    ]

    static let managers: [ManagerBar] = [
        ManagerBar(name: "Pavel Sokolov", customers: 160, lost: 22), ManagerBar(name: "Irina Volkova", customers: 140, lost: 9),
        ManagerBar(name: "Ana Popescu", customers: 120, lost: 18), ManagerBar(name: "Reza Karimi", customers: 150, lost: 6),
        ManagerBar(name: "Olga Smirnova-Kuznetsova", customers: 90, lost: 15), ManagerBar(name: "Mihai Ionescu", customers: 100, lost: 11),
    ]

    static let abcxyz: [ABCXYZCell] = [
        ("A", "X", 24, 9_800_000.0), ("A", "Y", 15, 4_100_000), ("A", "Z", 6, 1_200_000),
        ("B", "X", 40, 2_900_000), ("B", "Y", 55, 2_600_000), ("B", "Z", 31, 900_000),
        ("C", "X", 60, 450_000), ("C", "Y", 140, 700_000), ("C", "Z", 229, 380_000),
    ].map { ABCXYZCell(abc: $0.0, xyz: $0.1, customers: $0.2, revenue: $0.3) }

    static let rfm: [RFMCell] = (1...5).flatMap { r in
        (1...5).compactMap { f in
            (r + f) % 7 == 0 ? nil : RFMCell(recency: r, frequency: f, customers: (r * 7 + f * 11) % 40 + 1, meanMonetary: Double(f * 18_000 + r * 2_500))
        }
    }

    static let clv: [Double] = (0..<300).map { i in
        let u = Double((i * 7_919) % 1_000) / 1_000
        return -20_000 + 900_000 * u * u * u + Double(i % 7) * 3_000
    }

    static let cohorts: [CohortRow] = (0..<14).map { i in
        let size = 20 + (i * 13) % 30
        let months = 14 - i
        return CohortRow(month: month(2024, 5) + i, size: size,
                         retention: (0..<months).map { k in k == 0 ? 1 : 0.62 * pow(0.9, Double(k)) + Double((i + k) % 5) / 100 })
    }

    static let wonBack: [MonthValue] = (0..<24).compactMap { i in
        i % 3 == 1 ? nil : MonthValue(month: month(2023, 7) + i, value: Double((i * 4_111) % 25_000 + 2_000))
    }

    /// The CDNOW sample's report card (lifetimes' figures, ModelCheckTests): mean holdout
    /// purchases by calibration repeat purchases 0 ... 7+.
    static let repeatMeans: [RepeatMeans] = {
        let actual: [Double] = [0.2367, 0.6970, 1.3925, 1.56, 2.5323, 2.9474, 3.8621, 6.3594]
        let predicted: [Double] = [0.1852, 0.5514, 1.0490, 1.4929, 2.1043, 2.5636, 3.3608, 5.8485]
        return actual.indices.map { RepeatMeans(repeatPurchases: $0, actual: actual[$0], predicted: predicted[$0]) }
    }()

    /// 78 weeks of cumulative repeat purchases, the model fitted on the first 39.
    static let trackingStart = ChartDate.day(year: 1997, month: 1, day: 7)
    static let tracking: [TrackingPoint] = (0..<78).map { w in
        let t = Double(w + 1)
        let bump: Double = w % 3 == 0 ? 12 : 0
        let actual: Double = 60 * t - 0.35 * t * t + bump
        let predicted: Double = 58 * t - 0.36 * t * t
        return TrackingPoint(day: trackingStart + 7 * w, actual: actual.rounded(), predicted: predicted)
    }
}

import Foundation
