import Testing
@testable import BoomerangCharts

@Suite struct SVGWriterTests {
    @Test func escapesEveryMarkupCharacter() {
        #expect(SVG.escape(#"a & b < c > d " e ' f"#) == "a &amp; b &lt; c &gt; d &quot; e &apos; f")
    }

    @Test func dropsCharactersXMLForbids() {
        #expect(SVG.escape("a\u{0}b\u{7}c\u{FFFF}") == "abc")
        #expect(SVG.escape("line\nbreak") == "line break")
    }

    @Test func numbersHaveAtMostOneDecimalAndNoNegativeZero() {
        #expect(SVG.num(1) == "1")
        #expect(SVG.num(1.5) == "1.5")
        #expect(SVG.num(1.234) == "1.2")
        #expect(SVG.num(1.96) == "2")
        #expect(SVG.num(-0.04) == "0")
        #expect(SVG.num(-12.07) == "-12.1")
        #expect(SVG.num(.nan) == "0")
        #expect(SVG.num(.infinity) == "0")
    }

    @Test func userTextCannotBreakOutOfTheDocument() {
        let chart = Charts.reasonsPareto([ReasonBar(label: "</text><script>alert(1)</script>", customers: 3, lostRevenue: 10)])
        #expect(!chart.svg.contains("<script>"))
        #expect(SVGChecks.problems(chart) == [])
    }

    @Test func idPrefixKeepsIdsValidAndSeparate() {
        let context = ChartContext(idPrefix: "cust 42/\"x\"")
        let chart = Charts.monthlyRevenue([MonthValue(month: 24_300, value: 5)], context: context)
        #expect(chart.svg.contains(#"id="cust42x-revenue-t""#))
        let digits = Charts.monthlyRevenue([MonthValue(month: 24_300, value: 5)], context: ChartContext(idPrefix: "42"))
        #expect(digits.svg.contains(#"id="c42-revenue-t""#))
    }
}

@Suite struct NiceTicksTests {
    @Test func roundSteps() {
        #expect(NiceTicks(lo: 0, hi: 87).values == [0, 20, 40, 60, 80, 100])
        #expect(NiceTicks(lo: 0, hi: 1).values.count == 6)
        #expect(NiceTicks(lo: -4_000, hi: 6_000, includeZero: true).values.contains(0))
        #expect(NiceTicks(lo: 0, hi: 2e12).step == 5e11)
    }

    @Test func degenerateDomainsStillSpan() {
        for (lo, hi) in [(0.0, 0.0), (5.0, 5.0), (-3.0, -3.0), (Double.nan, 1.0), (1.0, Double.infinity)] {
            let t = NiceTicks(lo: lo, hi: hi)
            #expect(t.hi > t.lo && t.values.allSatisfy(\.isFinite), "\(lo)...\(hi)")
        }
    }

    @Test func monthLabelsThinAt600px() {
        #expect(ChartCanvas.monthStep(pixelsPerMonth: 22, labelWidth: 20, months: 12) == 2)
        #expect(ChartCanvas.monthStep(pixelsPerMonth: 40, labelWidth: 20, months: 6) == 1)
        #expect(ChartCanvas.monthStep(pixelsPerMonth: 3, labelWidth: 20, months: 60) == 12)
    }

    @Test func longAxesGetAtMostSixLabels() {
        // Room for a label every month, but 22 months would make 22 labels: every fourth month instead,
        // and past three years only the years.
        #expect(ChartCanvas.monthStep(pixelsPerMonth: 40, labelWidth: 20, months: 8) == 2)
        #expect(ChartCanvas.monthStep(pixelsPerMonth: 40, labelWidth: 20, months: 22) == 4)
        #expect(ChartCanvas.monthStep(pixelsPerMonth: 40, labelWidth: 20, months: 36) == 6)
        #expect(ChartCanvas.monthStep(pixelsPerMonth: 40, labelWidth: 20, months: 40) == 12)
        #expect(ChartCanvas.monthStep(pixelsPerMonth: 40, labelWidth: 20, months: 97) == 24)
    }
}

@Suite struct ChartStringsTests {
    @Test func fillsPlaceholdersAndKeepsUnknownOnes() {
        let strings = ChartStrings(["x": "{a} and {b} of {c", "y": "{{a}}"])
        #expect(strings.format("x", ["a": "1", "b": "{a}"]) == "1 and {a} of {c")
        #expect(strings.format("y", ["a": "v"]) == "{{a}}")   // "{a" is not a known name, so it stays
        #expect(strings.format("revenue.axis", ["currency": "RUB"]) == "Revenue, RUB")
        #expect(strings["no.such.key"] == "no.such.key")
    }
}
