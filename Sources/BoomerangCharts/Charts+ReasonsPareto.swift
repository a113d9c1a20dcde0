extension Charts {
    /// Churn reasons as a Pareto chart: bars of customers per reason (most common first), the lost
    /// yearly revenue over each bar, and the cumulative share of departures as a line (right axis).
    /// More than `maxBars` reasons: the rest are summed into one "Other" bar at the end.
    public static func reasonsPareto(_ reasons: [ReasonBar], maxBars: Int = 10, context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s["pareto.title"]
        var bars = reasons.filter { $0.customers > 0 }
            .map { ReasonBar(label: $0.label, customers: $0.customers, lostRevenue: $0.lostRevenue.isFinite ? $0.lostRevenue : 0) }
            .sorted { ($1.customers, $1.lostRevenue, $0.label) < ($0.customers, $0.lostRevenue, $1.label) }
        guard !bars.isEmpty else { return ChartFrame.noData(kind: "pareto", context: context, title: title) }
        if bars.count > max(2, maxBars) {
            let rest = bars[(max(2, maxBars) - 1)...]
            bars = Array(bars.prefix(max(2, maxBars) - 1)) + [ReasonBar(label: s["pareto.other"], customers: rest.reduce(0) { $0 + $1.customers },
                                                                        lostRevenue: rest.reduce(0) { $0 + $1.lostRevenue })]
        }
        let total = Double(bars.reduce(0) { $0 + $1.customers })
        var running = 0.0
        let cumulative = bars.map { running += Double($0.customers); return running / total }
        let topN = min(3, bars.count)
        let summary = s.format("pareto.summary", ["top": bars[0].label, "count": loc.count(bars[0].customers),
                                                  "revenue": loc.money(bars[0].lostRevenue), "n": loc.count(topN),
                                                  "share": loc.percent(cumulative[topN - 1])])
        let legend = [LegendItem(swatch: .fill(ChartPalette.blue), label: s["pareto.count"]),
                      LegendItem(swatch: .line(ChartPalette.orange, dash: nil), label: s["pareto.cumulative"])]
        let ticks = NiceTicks(lo: 0, hi: Double(bars[0].customers), includeZero: true)
        let format = axisFormat(ticks, locale: loc)
        let shareTicks = NiceTicks(lo: 0, hi: 1, count: 5)
        let shareFormat = percentAxisFormat(shareTicks, locale: loc)
        // Category labels: upright when they fit under their bar, else rotated and shortened.
        let labels = bars.map { truncated($0.label, 22) }
        let plotWidthGuess = Double(context.width) - 100
        let band = plotWidthGuess / Double(bars.count)
        let rotate = labels.contains { textWidth($0) > band - 4 }
        // Rotated by 40 degrees a label reaches sin(40) ~ 0.65 of its width down and cos(40) ~ 0.77 back.
        let labelDepth = rotate ? (labels.map { textWidth($0) }.max() ?? 0) * 0.65 + 18 : 20
        let top = ChartFrame.plotTop(legend: legend, width: context.width) + 26
        let height = Int(top + 170 + labelDepth + 6)
        return ChartFrame.render(kind: "pareto", context: context, title: title, summary: summary, height: height, legend: legend) { c, top in
            let firstReach = rotate ? textWidth(labels[0]) * 0.77 - band / 2 + 4 : 0
            let area = PlotArea(left: max(ChartFrame.margin + labelRoom(ticks, format), firstReach), top: top + 26,
                                right: c.width - ChartFrame.margin - labelRoom(shareTicks, shareFormat), bottom: top + 26 + 170)
            let y = LinearScale(lo: ticks.lo, hi: ticks.hi, from: area.bottom, to: area.top)
            let y2 = LinearScale(lo: 0, hi: 1, from: area.bottom, to: area.top)
            c.valueAxis(ticks, scale: y, area: area, title: s["pareto.count"], format: format)
            c.valueAxis(shareTicks, scale: y2, area: area, title: s["pareto.cumulative"], onRight: true, grid: false, format: shareFormat)
            let band = area.width / Double(bars.count)
            let w = band * 0.7
            // Bars, then the money on them, then the category labels: each kind one element. A money
            // label stays within its own band, so no bar drawn after it could have covered it.
            let centres = bars.indices.map { area.left + band * (Double($0) + 0.5) }
            for (i, bar) in bars.enumerated() {
                c.rect(centres[i] - w / 2, y(Double(bar.customers)), w, area.bottom - y(Double(bar.customers)), fill: ChartPalette.blue)
            }
            for (i, bar) in bars.enumerated() {
                // Lost revenue inside the bar's top when it is tall enough, else just above it.
                let money = loc.compactMoney(bar.lostRevenue)
                let barTop = y(Double(bar.customers))
                if textWidth(money, size: 9) <= w - 2, area.bottom - barTop >= 18 {
                    c.text(money, centres[i], barTop + 12, anchor: .middle, size: 9, fill: ChartPalette.background)
                } else if textWidth(money, size: 9) <= band - 2 {
                    c.text(money, centres[i], barTop - 4, anchor: .middle, size: 9, fill: ChartPalette.axis, halo: true)
                }
            }
            for (i, label) in labels.enumerated() {
                if rotate {
                    c.text(label, centres[i] + 3, area.bottom + 12, anchor: .end, size: 11, rotate: -40)
                } else {
                    c.text(label, centres[i], area.bottom + 14, anchor: .middle)
                }
            }
            let points = cumulative.enumerated().map { (area.left + band * (Double($0.offset) + 0.5), y2($0.element)) }
            c.polyline(points, stroke: ChartPalette.orange, width: 2)
            for p in points { c.circle(p.0, p.1, 3, fill: ChartPalette.orange, stroke: ChartPalette.background) }
            c.line(area.left, area.bottom, area.right, area.bottom, stroke: ChartPalette.axis)
        }
    }
}
