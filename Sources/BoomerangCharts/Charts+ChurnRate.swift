import Foundation

extension Charts {
    /// The usual yearly churn of good companies (domain.md: 9-11 % a year).
    public static let referenceYearlyChurn: ClosedRange<Double> = 0.09...0.11

    /// Monthly churn rate (fractions, 0.01 = 1 %) as a line, over the monthly equivalent of the
    /// 9-11 % a year reference band: 1 - (1 - yearly)^(1/12). The caption gives the analysis's own
    /// `yearly` churn (the last 12 months compounded) and the `monthly` rate that compounds to it,
    /// so it says what the front page says.
    public static func churnRate(_ values: [MonthValue], yearly: Double, monthly: Double,
                                 context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s["churn.title"]
        let points = values.filter { $0.value.isFinite }.sorted { ($0.month, $0.value) < ($1.month, $1.value) }
        guard let first = points.first, let last = points.last else { return ChartFrame.noData(kind: "churn", context: context, title: title) }
        let bandLow = 1 - pow(1 - referenceYearlyChurn.lowerBound, 1.0 / 12)
        let bandHigh = 1 - pow(1 - referenceYearlyChurn.upperBound, 1.0 / 12)
        let summary = s.format("churn.summary", ["year": loc.percent(yearly, fractionDigits: 1),
                                                 "mean": loc.percent(monthly, fractionDigits: 1), "months": loc.count(min(12, points.count)),
                                                 "last": loc.percent(last.value, fractionDigits: 1),
                                                 "low": loc.percent(bandLow, fractionDigits: 1), "high": loc.percent(bandHigh, fractionDigits: 1)])
        let months = Array(first.month...last.month)
        let legend = [LegendItem(swatch: .line(ChartPalette.vermillion, dash: nil), label: s["churn.rate"]),
                      LegendItem(swatch: .fill(ChartPalette.band), label: s["churn.band"])]
        let ticks = NiceTicks(lo: min(0, points.map(\.value).min()!), hi: max(bandHigh, points.map(\.value).max()!), includeZero: true)
        let format = percentAxisFormat(ticks, locale: loc)
        return ChartFrame.render(kind: "churn", context: context, title: title, summary: summary, height: 260, legend: legend) { c, top in
            let area = PlotArea(left: ChartFrame.margin + labelRoom(ticks, format), top: top + 10,
                                right: c.width - ChartFrame.margin, bottom: 260 - 34)
            let y = LinearScale(lo: ticks.lo, hi: ticks.hi, from: area.bottom, to: area.top)
            c.rect(area.left, y(bandHigh), area.width, y(bandLow) - y(bandHigh), fill: ChartPalette.band)
            c.valueAxis(ticks, scale: y, area: area, title: nil, format: format)
            let band = area.width / Double(months.count)
            func cx(_ month: Int) -> Double { area.left + band * (Double(month - first.month) + 0.5) }
            // A missing month breaks the line instead of being drawn as zero.
            var segment: [(Double, Double)] = []
            var previous: Int?
            for p in points {
                if let prev = previous, p.month != prev + 1 { c.polyline(segment, stroke: ChartPalette.vermillion); segment = [] }
                segment.append((cx(p.month), y(p.value)))
                previous = p.month
            }
            c.polyline(segment, stroke: ChartPalette.vermillion)
            if points.count <= 36 { for p in points { c.circle(cx(p.month), y(p.value), 2.5, fill: ChartPalette.vermillion) } }
            c.monthBandAxis(months: months, area: area, locale: loc)
        }
    }
}
