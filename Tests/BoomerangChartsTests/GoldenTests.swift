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
        GoldenCase(name: "palive-fa") { Charts.pAlive(ChartFixtures.pAlive, context: ChartFixtures.fa) },
        GoldenCase(name: "status-en") { Charts.customersByStatus(ChartFixtures.status, context: ChartFixtures.en) },
        GoldenCase(name: "status-ru") {
            Charts.customersByStatus(StackedMonths(months: ChartFixtures.status.months,
                                                   series: zip(["Активные", "Под угрозой", "Потеряны"], ChartFixtures.status.series).map { ($0, $1.values) }),
                                     context: ChartFixtures.ru)
        },
        GoldenCase(name: "churn-en") { Charts.churnRate(ChartFixtures.churn, yearly: ChartFixtures.churnYear, monthly: ChartFixtures.churnMonth, context: ChartFixtures.en) },
        GoldenCase(name: "churn-ro") { Charts.churnRate(ChartFixtures.churn, yearly: ChartFixtures.churnYear, monthly: ChartFixtures.churnMonth, context: ChartFixtures.ro) },
        GoldenCase(name: "pareto-en") { Charts.reasonsPareto(ChartFixtures.reasons, context: ChartFixtures.en) },
        GoldenCase(name: "pareto-fa") { Charts.reasonsPareto(ChartFixtures.reasons, context: ChartFixtures.fa) },
        GoldenCase(name: "managers-en") { Charts.managerLostShare(ChartFixtures.managers, context: ChartFixtures.en) },
        GoldenCase(name: "managers-ru") { Charts.managerLostShare(ChartFixtures.managers, context: ChartFixtures.ru) },
        GoldenCase(name: "abcxyz-en") { Charts.abcXYZMatrix(ChartFixtures.abcxyz, context: ChartFixtures.en) },
        GoldenCase(name: "abcxyz-fa") { Charts.abcXYZMatrix(ChartFixtures.abcxyz, context: ChartFixtures.fa) },
        GoldenCase(name: "rfm-en") { Charts.rfmHeatMap(ChartFixtures.rfm, context: ChartFixtures.en) },
        GoldenCase(name: "clv-en") { Charts.clvDistribution(ChartFixtures.clv, context: ChartFixtures.en) },
        GoldenCase(name: "clv-ru") { Charts.clvDistribution(ChartFixtures.clv, context: ChartFixtures.ru) },
        GoldenCase(name: "cohort-en") { Charts.cohortRetention(ChartFixtures.cohorts, context: ChartFixtures.en) },
        GoldenCase(name: "cohort-fa") { Charts.cohortRetention(ChartFixtures.cohorts, context: ChartFixtures.fa) },
        GoldenCase(name: "wonback-en") { Charts.wonBackRevenue(ChartFixtures.wonBack, context: ChartFixtures.en) },
        GoldenCase(name: "repeatmeans-en") { Charts.repeatMeans(ChartFixtures.repeatMeans, weeks: 39, context: ChartFixtures.en) },
        GoldenCase(name: "repeatmeans-fa") { Charts.repeatMeans(ChartFixtures.repeatMeans, weeks: 39, context: ChartFixtures.fa) },
        GoldenCase(name: "tracking-en") {
            Charts.modelTracking(ChartFixtures.tracking, calibrationEnd: ChartFixtures.trackingStart + 7 * 38, context: ChartFixtures.en)
        },
        GoldenCase(name: "tracking-ru") {
            Charts.modelTracking(ChartFixtures.tracking, calibrationEnd: ChartFixtures.trackingStart + 7 * 38, context: ChartFixtures.ru)
        },
        // Awkward inputs, kept as files too so the renderer check sees them.
        GoldenCase(name: "edge-status-empty-en") { Kind.status.render(.empty) },
        GoldenCase(name: "edge-timeline-one-fa") { Kind.timeline.render(.one, context: ChartFixtures.fa) },
        GoldenCase(name: "edge-palive-one-en") { Kind.palive.render(.one) },
        GoldenCase(name: "edge-churn-identical-en") { Kind.churn.render(.identical) },
        GoldenCase(name: "edge-revenue-negative-en") { Kind.revenue.render(.negative) },
        GoldenCase(name: "edge-clv-huge-en") { Kind.clv.render(.huge) },
        GoldenCase(name: "edge-pareto-huge-ru") { Kind.pareto.render(.huge, context: ChartFixtures.ru) },
        GoldenCase(name: "edge-rfm-negative-en") { Kind.rfm.render(.negative) },
    ]
}

@Suite struct GoldenTests {
    @Test(arguments: GoldenCase.all)
    func matchesExpectedFile(_ c: GoldenCase) throws {
        let chart = c.render()
        #expect(SVGChecks.problems(chart) == [])
        #expect(c.render().svg == chart.svg, "rendering twice gave different bytes")
        #expect(!chart.svg.contains("<style"), "a chart for a page takes its shared style from the page")
        // The files are the standalone form, so that any SVG viewer (and the pixel test) draws them as
        // a page does; the inline form is the same bytes without the <style> element.
        let svg = chart.standaloneSVG
        if ExpectedFiles.recording {
            try ExpectedFiles.record(c.name, svg)
            return
        }
        let expected = try #require(ExpectedFiles.expected(c.name), "no Expected/\(c.name).svg; run with BOOMERANG_RECORD=1")
        if svg != expected {
            let got = svg.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record("""
                output differs from Expected/\(c.name).svg at line \(line + 1)
                  expected: \(line < want.count ? want[line] : "<end>")
                  actual:   \(line < got.count ? got[line] : "<end>")
                (look at the chart, then rerun with BOOMERANG_RECORD=1 if the change is wanted)
                """)
        }
    }
}
