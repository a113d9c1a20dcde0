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
        // The namespace an XML document needs and the language, which the page around the inline
        // form supplies.
        let root = "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"en-US\""
        #expect(standalone.hasPrefix(root + " viewBox="))
        #expect(!chart.svg.contains(" lang="))
        #expect(standalone.replacingOccurrences(of: added, with: "").replacingOccurrences(of: root, with: "<svg") == chart.svg)
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

@Suite struct PathDataTests {
    /// ".5" for 0.5, no space before a minus sign or before ".2" after "0.5", a repeated command
    /// left out, absolute where that is shorter; librsvg reads it (ChartPixelTests).
    @Test func pathDataIsAsTightAsItsGrammarAllows() {
        var c = ChartCanvas(width: 100, height: 100, rtl: false, id: "t")
        c.polyline([(10, 10), (10.5, 10.2), (11, 10.4), (20, 5)], stroke: "#000")
        #expect(c.finish().hasPrefix(##"<path d="M10 10l.5.2.5.2L20 5" fill="none" stroke="#000" stroke-width="2""##))
    }

    @Test func runsOfMarksOfOneStyleAreOnePathAndTranslucentOnesStaySeparate() {
        var c = ChartCanvas(width: 100, height: 100, rtl: true, id: "t")
        c.rect(10, 10, 5, 5, fill: "#111111")
        c.rect(20, 10, 5, 5, fill: "#111111")
        c.rect(30, 10, 5, 5, fill: "#111111", opacity: 0.5)
        c.rect(40, 10, 5, 5, fill: "#111111", opacity: 0.5)
        let svg = c.finish()
        // Mirrored for right to left: the first rect spans x 85...90; on a tie the absolute command wins.
        #expect(svg.hasPrefix(##"<path d="M85 10h5v5H85zM75 10h5v5H75z" fill="#111111"/>"##))
        #expect(svg.components(separatedBy: "fill-opacity=\"0.5\"").count - 1 == 2)
    }
}
