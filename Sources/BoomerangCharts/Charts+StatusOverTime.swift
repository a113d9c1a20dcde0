extension Charts {
    /// Customers per status per month as stacked bars (series in the order given, bottom up).
    /// Series names come from the caller, already translated; pass them in the order active, at risk,
    /// lost, churned so they get the status colours (green, orange, vermillion, purple).
    public static func customersByStatus(_ data: StackedMonths, context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s["status.title"]
        let n = data.months.count
        let series = data.series.map { serie in
            (name: serie.name, values: (0..<n).map { i in i < serie.values.count && serie.values[i].isFinite ? max(0, serie.values[i]) : 0 })
        }
        let totals = (0..<n).map { i in series.reduce(0) { $0 + $1.values[i] } }
        guard n > 0, !series.isEmpty, totals.contains(where: { $0 > 0 }) else {
            return ChartFrame.noData(kind: "status", context: context, title: title)
        }
        let order = data.months.indices.sorted { data.months[$0] < data.months[$1] }
        let months = order.map { data.months[$0] }
        let lastIndex = order.last!
        let parts = series.indices.map { i -> String in
            let count = loc.number(series[i].values[lastIndex])
            guard let text = data.countTexts?[safe: i] else { return "\(series[i].name) \(count)" }
            return text.replacingOccurrences(of: "{0}", with: count)
        }
        let summary = s.format("status.summary", ["month": loc.month(data.months[lastIndex]), "parts": loc.list(parts)])
        let legend = series.indices.map { LegendItem(swatch: .fill(ChartCanvas.fillReference(series: $0, kind: "status", context: context, colours: ChartPalette.status)), label: series[$0].name) }
        let ticks = NiceTicks(lo: 0, hi: totals.max()!, includeZero: true)
        let format = axisFormat(ticks, locale: loc)
        return ChartFrame.render(kind: "status", context: context, title: title, summary: summary, height: 290,
                                 legend: legend, patterns: series.count, colours: ChartPalette.status) { c, top in
            let area = PlotArea(left: ChartFrame.margin + labelRoom(ticks, format), top: top + 10,
                                right: c.width - ChartFrame.margin, bottom: 290 - 34)
            let y = LinearScale(lo: ticks.lo, hi: ticks.hi, from: area.bottom, to: area.top)
            c.valueAxis(ticks, scale: y, area: area, title: nil, format: format)
            let band = area.width / Double(n)
            let w = max(1, band * 0.8)
            // Series by series, so each series is one path; within a month the order stays bottom up.
            var bases = [Double](repeating: 0, count: n)
            for (k, serie) in series.enumerated() {
                for (slot, i) in order.enumerated() where serie.values[i] > 0 {
                    let v = serie.values[i], base = bases[i]
                    let cx = area.left + band * (Double(slot) + 0.5)
                    c.rect(cx - w / 2, y(base + v), w, y(base) - y(base + v), fill: c.fill(series: k))
                    bases[i] += v
                }
            }
            c.line(area.left, area.bottom, area.right, area.bottom, stroke: ChartPalette.axis)
            c.monthBandAxis(months: months, area: area, locale: loc)
        }
    }
}

extension ChartCanvas {
    /// The fill a series will have in a chart of `kind`, for legends drawn before the canvas exists.
    static func fillReference(series index: Int, kind: String, context: ChartContext, colours: [String]) -> String {
        let probe = ChartCanvas(width: 0, height: 0, rtl: false, id: ChartFrame.chartID(kind: kind, context: context), seriesColours: colours)
        return probe.fill(series: index)
    }
}

extension Array {
    /// The element at `i`, or nil past the end.
    fileprivate subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
