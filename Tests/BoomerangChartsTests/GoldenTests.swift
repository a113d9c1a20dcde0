import Foundation
import Testing
@testable import BoomerangCharts

/// One chart rendered from fixed data and compared with Expected/<name>.svg.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let render: @Sendable () -> SVGChart
    var testDescription: String { name }

    static let all: [GoldenCase] = [
        GoldenCase(name: "timeline-en") { Charts.purchaseTimeline(ChartFixtures.timeline, context: ChartFixtures.en) },
        GoldenCase(name: "timeline-ru") { Charts.purchaseTimeline(ChartFixtures.timeline, context: ChartFixtures.ru) },
        GoldenCase(name: "timeline-fa") { Charts.purchaseTimeline(ChartFixtures.timeline, context: ChartFixtures.fa) },
        GoldenCase(name: "revenue-en") { Charts.monthlyRevenue(ChartFixtures.revenue, context: ChartFixtures.en) },
        GoldenCase(name: "revenue-ru") { Charts.monthlyRevenue(ChartFixtures.revenue, context: ChartFixtures.ru) },
        GoldenCase(name: "revenue-fa") { Charts.monthlyRevenue(ChartFixtures.revenue, context: ChartFixtures.fa) },
        GoldenCase(name: "palive-en") { Charts.pAlive(ChartFixtures.pAlive, context: ChartFixtures.en) },
    ]
}

@Suite struct GoldenTests {
    @Test(arguments: GoldenCase.all)
    func matchesExpectedFile(_ c: GoldenCase) throws {
        let chart = c.render()
        #expect(SVGChecks.problems(chart) == [])
        #expect(c.render().svg == chart.svg, "rendering twice gave different bytes")
        if ExpectedFiles.recording {
            try ExpectedFiles.record(c.name, chart.svg)
            return
        }
        let expected = try #require(ExpectedFiles.expected(c.name), "no Expected/\(c.name).svg; run with BOOMERANG_RECORD=1")
        #expect(chart.svg == expected, "output differs from Expected/\(c.name).svg")
    }
}
