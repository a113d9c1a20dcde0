extension Charts {
    /// Distribution of customer lifetime values: a histogram over nice-number bins; bins below zero
    /// (customers who cost more than they bring) are drawn in vermillion.
    public static func clvDistribution(_ values: [Double], context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s["clv.title"]
        let data = values.filter(\.isFinite).sorted()
        guard let minimum = data.first, let maximum = data.last else { return ChartFrame.noData(kind: "clv", context: context, title: title) }
        let median = data.count % 2 == 1 ? data[data.count / 2] : (data[data.count / 2 - 1] + data[data.count / 2]) / 2
        let summary = s.format("clv.summary", ["count": loc.count(data.count), "median": loc.money(median),
                                               "min": loc.money(minimum), "max": loc.money(maximum)])
        // Bin edges are nice numbers; a value on the top edge goes into the last bin.
        let edges = NiceTicks(lo: minimum, hi: maximum, count: 12)
        let binCount = max(1, edges.values.count - 1)
        var counts = [Int](repeating: 0, count: binCount)
        for v in data { counts[min(binCount - 1, max(0, Int(((v - edges.lo) / edges.step).rounded(.down))))] += 1 }
        let ticks = NiceTicks(lo: 0, hi: Double(counts.max()!), includeZero: true)
        let countTicks = ticks.step < 1 ? NiceTicks(lo: 0, hi: max(1, Double(counts.max()!)), count: 2) : ticks
        let format = axisFormat(countTicks, locale: loc)
        let edgeFormat = axisFormat(edges, locale: loc)
        return ChartFrame.render(kind: "clv", context: context, title: title, summary: summary, height: 270) { c, top in
            let area = PlotArea(left: ChartFrame.margin + labelRoom(countTicks, format), top: top + 18,
                                right: c.width - ChartFrame.margin - 10, bottom: 270 - 36)
            let y = LinearScale(lo: 0, hi: countTicks.hi, from: area.bottom, to: area.top)
            let x = LinearScale(lo: edges.lo, hi: edges.hi, from: area.left, to: area.right)
            c.valueAxis(countTicks, scale: y, area: area, title: s["clv.customers"], format: format)
            for (i, n) in counts.enumerated() where n > 0 {
                let x0 = x(edges.values[i]), x1 = x(edges.values[i + 1])
                c.rect(x0 + 1, y(Double(n)), x1 - x0 - 2, area.bottom - y(Double(n)),
                       fill: edges.values[i + 1] <= 0 ? ChartPalette.vermillion : ChartPalette.blue)
            }
            c.line(area.left, area.bottom, area.right, area.bottom, stroke: ChartPalette.axis)
            // Edge labels, thinned so neighbours keep a gap.
            let labels = edges.values.map(edgeFormat)
            let widest = labels.map { textWidth($0) }.max() ?? 20
            let every = max(1, Int((widest + 8) / max(1, x(edges.step) - x(0)).rounded(.up)))
            for (i, v) in edges.values.enumerated() where i % every == 0 {
                c.line(x(v), area.bottom, x(v), area.bottom + 3, stroke: ChartPalette.axis)
            }
            for (i, v) in edges.values.enumerated() where i % every == 0 {
                c.text(labels[i], x(v), area.bottom + 14, anchor: .middle, fill: ChartPalette.axis)
            }
            c.text(s.format("clv.axis", ["currency": loc.currencySymbol]), area.right, area.bottom + 30, anchor: .end,
                   size: 10, fill: ChartPalette.axis)
        }
    }
}
