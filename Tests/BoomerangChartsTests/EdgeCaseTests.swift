import Foundation
import Testing
@testable import BoomerangCharts

/// The awkward inputs every chart kind must survive: nothing, one point, all values equal,
/// huge values and negative values.
enum Shape: String, CaseIterable, Sendable { case empty, one, identical, huge, negative }

enum Kind: String, CaseIterable, Sendable {
    case timeline, revenue, palive, status, churn, pareto, managers, abcxyz, rfm, clv, cohort, wonback, repeatmeans, tracking

    /// Values for a shape: which numbers the data is built from.
    static func values(_ shape: Shape) -> [Double] {
        switch shape {
        case .empty: []
        case .one: [1_234]
        case .identical: [500, 500, 500, 500]
        case .huge: [1e12, 3e11, 7.5e11, 2e12]
        case .negative: [-4_000, 2_500, -800, 6_000]
        }
    }

    func render(_ shape: Shape, context: ChartContext = ChartFixtures.en) -> SVGChart {
        let values = Kind.values(shape)
        let base = ChartDate.day(year: 2024, month: 3, day: 1)
        let month0 = ChartDate.monthIndex(year: 2024, month: 3)
        let months = values.indices.map { month0 + $0 * 2 }
        switch self {
        case .timeline:
            return Charts.purchaseTimeline(PurchaseTimelineInput(purchases: values.enumerated().map { DayAmount(day: base + $0.offset * 40, amount: $0.element) }),
                                           context: context)
        case .revenue: return Charts.monthlyRevenue(zip(months, values).map { MonthValue(month: $0, value: $1) }, context: context)
        case .wonback: return Charts.wonBackRevenue(zip(months, values).map { MonthValue(month: $0, value: $1) }, context: context)
        case .palive:
            return Charts.pAlive(values.enumerated().map { DayValue(day: base + $0.offset * 30, value: $0.element / (values.map(abs).max() ?? 1)) }, context: context)
        case .status:
            return Charts.customersByStatus(StackedMonths(months: months, series: [("Active", values), ("Lost", values.map { $0 / 2 })]), context: context)
        case .churn: return Charts.churnRate(zip(months, values).map { MonthValue(month: $0, value: $1 / 100_000) },
                                             yearly: 0.1, monthly: 1 - pow(0.9, 1.0 / 12), context: context)
        case .pareto:
            return Charts.reasonsPareto(values.enumerated().map { ReasonBar(label: "Reason \($0.offset)", customers: Int(min(abs($0.element), 1e9)), lostRevenue: $0.element) }, context: context)
        case .managers:
            return Charts.managerLostShare(values.enumerated().map { ManagerBar(name: "M\($0.offset)", customers: Int(min(abs($0.element), 1e9)) + 1, lost: Int(min(abs($0.element), 1e9)) / 3) }, context: context)
        case .abcxyz:
            return Charts.abcXYZMatrix(values.enumerated().map { ABCXYZCell(abc: ["A", "B", "C"][$0.offset % 3], xyz: ["X", "Y", "Z"][$0.offset / 2 % 3],
                                                                            customers: Int(min(abs($0.element), 1e9)), revenue: $0.element) }, context: context)
        case .rfm:
            return Charts.rfmHeatMap(values.enumerated().map { RFMCell(recency: $0.offset % 5 + 1, frequency: $0.offset / 2 + 1,
                                                                       customers: Int(min(abs($0.element), 1e9)), meanMonetary: $0.element) }, context: context)
        case .clv: return Charts.clvDistribution(values, context: context)
        case .repeatmeans:
            return Charts.repeatMeans(values.enumerated().map { RepeatMeans(repeatPurchases: $0.offset, actual: $0.element, predicted: $0.element * 0.9) },
                                      weeks: 26, context: context)
        case .tracking:
            return Charts.modelTracking(values.enumerated().map { TrackingPoint(day: base + $0.offset * 7, actual: $0.element, predicted: $0.element * 1.1) },
                                        calibrationEnd: base + 10, context: context)
        case .cohort:
            return Charts.cohortRetention(values.indices.map { CohortRow(month: months[$0], size: 10, retention: values.map { $0 / (values.map(abs).max() ?? 1) }) },
                                          context: context)
        }
    }
}

@Suite struct EdgeCaseTests {
    static let cases = Kind.allCases.flatMap { kind in Shape.allCases.map { (kind, $0) } }

    @Test(arguments: cases)
    func everyKindSurvivesEveryShape(_ kind: Kind, _ shape: Shape) {
        for context in [ChartFixtures.en, ChartFixtures.fa] {
            let chart = kind.render(shape, context: context)
            #expect(SVGChecks.problems(chart) == [], "\(kind) \(shape) \(context.locale.identifier)")
            #expect(kind.render(shape, context: context).svg == chart.svg, "not deterministic")
            #expect(!chart.svg.contains("e+") && !chart.svg.contains("e-0"), "scientific notation in \(kind) \(shape)")
        }
    }

    @Test(arguments: Kind.allCases)
    func noDataShowsTheMessage(_ kind: Kind) {
        let chart = kind.render(.empty)
        #expect(chart.svg.contains(ChartStrings.english["noData"]!))
        #expect(chart.summary.hasSuffix("no data yet."))
    }

    @Test(arguments: Kind.allCases)
    func onePointIsDrawn(_ kind: Kind) {
        let chart = kind.render(.one)
        #expect(!chart.svg.contains(ChartStrings.english["noData"]!), "\(kind) with one point fell back to no data")
    }

    @Test func identicalValuesStillGiveAnAxisWithSpan() {
        let ticks = NiceTicks(lo: 500, hi: 500)
        #expect(ticks.lo < 500 && ticks.hi > 500)
        let zero = NiceTicks(lo: 0, hi: 0)
        #expect(zero.values == [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1] || zero.hi == 1)
        let chart = Kind.revenue.render(.identical)
        #expect(chart.svg.contains(">500<"), "the axis should carry the value 500")
    }

    @Test func hugeValuesAreAbbreviated() {
        let chart = Kind.revenue.render(.huge)
        #expect(chart.svg.contains(">2T<") || chart.svg.contains(">1.5T<"), "expected trillion-abbreviated ticks")
        #expect(ChartLocale().compact(1e12) == "1T")
        #expect(ChartLocale(identifier: "ru_RU").compact(1.2e6) == "1,2\u{A0}млн")
    }

    @Test func negativeValuesGoBelowTheBaseline() {
        let revenue = Kind.revenue.render(.negative)
        #expect(revenue.svg.contains(ChartPalette.vermillion), "negative months drawn in vermillion")
        #expect(revenue.svg.contains(">-4,000<") || revenue.svg.contains(">-5,000<") || revenue.svg.contains(">-4K<"))
        let clv = Kind.clv.render(.negative)
        #expect(clv.svg.contains(ChartPalette.vermillion), "negative CLV bins drawn in vermillion")
    }
}
