import Foundation
import Testing
@testable import BoomerangCharts

/// `svgWithoutDescription` cuts the `<desc>` by the byte ranges the frame noted while writing; the
/// simple version, a text search for the element and its id, is the reference it must equal.
@Suite struct DescriptionCutTests {
    /// The reference: find `<desc id="...">` and its end, drop it and the id from aria-labelledby.
    static func reference(_ svg: String) -> String {
        guard let open = svg.range(of: "\n<desc id=\""), let close = svg.range(of: "</desc>\n", range: open.upperBound..<svg.endIndex),
              let idEnd = svg.range(of: "\">", range: open.upperBound..<close.lowerBound) else { return svg }
        let descID = svg[open.upperBound..<idEnd.lowerBound]
        let root = svg[..<open.lowerBound].replacingOccurrences(of: " \(descID)\"", with: "\"")
        return root + "\n" + svg[close.upperBound...]
    }

    @Test(arguments: GoldenCase.all)
    func everyGoldenChartEqualsTheReference(_ c: GoldenCase) {
        let chart = c.render()
        let cut = chart.svgWithoutDescription
        #expect(cut == Self.reference(chart.svg))
        #expect(!cut.contains("<desc") && cut.contains("<title"))
    }

    /// Titles, summaries and id prefixes with markup characters, non-ASCII letters and
    /// right-to-left text, in every length: escaped text moves the ranges, never breaks them.
    @Test func hostileTextsEqualTheReference() {
        let texts = ["", "a", "<desc id=\"x\">", "</desc>\n", "R&D \"quoted\" 'single'", "Ещё заказ ✓", "شرکت «دماوند»",
                     String(repeating: "é", count: 300), "\u{202B}mixed\u{202C} -d\" x"]
        var checked = 0
        for (i, title) in texts.enumerated() {
            for (j, summary) in texts.enumerated() {
                let strings = ChartStrings(["revenue.title": title, "revenue.summary": summary])
                let context = ChartContext(locale: (i + j) % 2 == 0 ? ChartLocale() : ChartFixtures.fa.locale, strings: strings,
                                           idPrefix: "p\(i)-\(texts[j].prefix(3))")
                let chart = Charts.monthlyRevenue(ChartFixtures.revenue, context: context)
                #expect(chart.svgWithoutDescription == Self.reference(chart.svg), "title \(i), summary \(j)")
                checked += 1
            }
        }
        #expect(checked == texts.count * texts.count)
    }

    /// A chart made without the frame (no ranges noted) is returned as it is.
    @Test func aChartWithoutRangesIsLeftWhole() {
        let chart = SVGChart(svg: "<svg viewBox=\"0 0 1 1\"></svg>\n", title: "t", summary: "s", width: 1, height: 1, language: "en")
        #expect(chart.svgWithoutDescription == chart.svg)
    }
}
