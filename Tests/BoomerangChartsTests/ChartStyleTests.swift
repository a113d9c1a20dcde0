import Foundation
import Testing
@testable import BoomerangCharts

@Suite struct ChartStyleTests {
    /// Inline charts get their shared style from the page: the shipped stylesheet must hold every rule.
    @Test func pageStylesheetHoldsTheChartRules() throws {
        let stylesheet = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../templates/assets/style.css").standardizedFileURL
        let css = try String(contentsOf: stylesheet, encoding: .utf8)
        for rule in ChartStyle.css.split(separator: "\n") {
            #expect(css.contains(rule + "\n"), "templates/assets/style.css lacks \(rule)")
        }
    }

    @Test func standaloneCarriesTheRulesAfterTheDescription() {
        let chart = Charts.monthlyRevenue([MonthValue(month: 24_300, value: 5)])
        let standalone = chart.standaloneSVG
        let added = "<style>\n" + ChartStyle.css + "</style>\n<rect width=\"600\" height=\"\(chart.height)\" fill=\"#fff\"/>\n"
        #expect(standalone.contains("</desc>\n" + added))
        #expect(standalone.replacingOccurrences(of: added, with: "") == chart.svg)
    }

    @Test func runsOfOneStyleShareAnElement() {
        let chart = Charts.monthlyRevenue((0..<24).map { MonthValue(month: 24_300 + $0, value: Double(100 + $0)) })
        // 24 bars: one path; grid lines: one path with the grid class; y labels: one group.
        #expect(chart.svg.components(separatedBy: "fill=\"#0072B2\"").count - 1 == 1)
        #expect(chart.svg.components(separatedBy: "class=\"bg\"").count - 1 == 1)
        #expect(!chart.svg.contains("<rect x="))
        #expect(!chart.svg.contains("stroke-width=\"1\""))
    }
}
