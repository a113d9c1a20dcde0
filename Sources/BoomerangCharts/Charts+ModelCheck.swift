/// The model's report card: its forecast for the holdout weeks beside what customers did.
extension Charts {
    /// Fader, Hardie and Lee's conditional-expectation figure: mean purchases per customer in the
    /// holdout, made (solid) and predicted (dashed), by repeat purchases before it; the last group
    /// is "that many or more" (`pooledFrom`).
    public static func repeatMeans(_ groups: [RepeatMeans], weeks: Int, pooledFrom: Int = 7,
                                   context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s.format("repeat.title", ["weeks": loc.count(weeks)])
        let data = groups.filter { $0.actual.isFinite && $0.predicted.isFinite }.sorted { $0.repeatPurchases < $1.repeatPurchases }
        guard !data.isEmpty else { return ChartFrame.noData(kind: "repeat", context: context, title: title) }
        func label(_ k: Int) -> String { k >= pooledFrom ? loc.count(pooledFrom) + "+" : loc.count(k) }
        let worst = data.max { abs($0.predicted - $0.actual) < abs($1.predicted - $1.actual) }!
        let summary = s.format("repeat.summary", ["weeks": loc.count(weeks), "group": label(worst.repeatPurchases),
                                                  "actual": loc.number(worst.actual, fractionDigits: 2),
                                                  "predicted": loc.number(worst.predicted, fractionDigits: 2)])
        let legend = [LegendItem(swatch: .line(ChartPalette.blue, dash: nil), label: s["repeat.actual"]),
                      LegendItem(swatch: .line(ChartPalette.vermillion, dash: "5 3"), label: s["repeat.predicted"])]
        let values = data.flatMap { [$0.actual, $0.predicted] }
        let ticks = NiceTicks(lo: min(0, values.min()!), hi: max(values.max()!, 0.1), includeZero: true)
        let format = axisFormat(ticks, locale: loc)
        return ChartFrame.render(kind: "repeat", context: context, title: title, summary: summary, height: 270, legend: legend) { c, top in
            let area = PlotArea(left: ChartFrame.margin + labelRoom(ticks, format), top: top + 18,
                                right: c.width - ChartFrame.margin, bottom: 270 - 36)
            let y = LinearScale(lo: ticks.lo, hi: ticks.hi, from: area.bottom, to: area.top)
            c.valueAxis(ticks, scale: y, area: area, title: s["repeat.axis"], format: format)
            let band = area.width / Double(data.count)
            let xs = data.indices.map { area.left + band * (Double($0) + 0.5) }
            c.polyline(zip(xs, data).map { ($0, y($1.actual)) }, stroke: ChartPalette.blue)
            c.polyline(zip(xs, data).map { ($0, y($1.predicted)) }, stroke: ChartPalette.vermillion, dash: "5 3")
            // Markers of a kind together (one path each); a predicted diamond stays over an actual dot.
            for (x, g) in zip(xs, data) { c.circle(x, y(g.actual), 3, fill: ChartPalette.blue) }
            for (x, g) in zip(xs, data) { c.diamond(x, y(g.predicted), 3.5, fill: ChartPalette.vermillion) }
            for (x, g) in zip(xs, data) { c.text(label(g.repeatPurchases), x, area.bottom + 14, anchor: .middle, fill: ChartPalette.axis) }
            c.line(area.left, area.bottom, area.right, area.bottom, stroke: ChartPalette.axis)
            c.text(s["repeat.groups"], area.right, area.bottom + 30, anchor: .end, size: 10, fill: ChartPalette.axis)
        }
    }

    /// Cumulative repeat purchases week by week, made (solid) and predicted (dashed) by the model
    /// fitted up to `calibrationEnd`, which a vertical line marks: left of it the model saw the
    /// purchases, right of it it forecast them.
    public static func modelTracking(_ points: [TrackingPoint], calibrationEnd: Int, context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s["tracking.title"]
        let pts = points.filter { $0.actual.isFinite && $0.predicted.isFinite }.sorted { $0.day < $1.day }
        guard let first = pts.first, let last = pts.last else { return ChartFrame.noData(kind: "tracking", context: context, title: title) }
        var lo = first.day, hi = last.day
        if hi - lo < 90 { let mid = (lo + hi) / 2; lo = mid - 45; hi = mid + 45 }
        let summary = s.format("tracking.summary", ["actual": loc.count(Int(last.actual.rounded())), "to": loc.date(day: last.day),
                                                    "predicted": loc.count(Int(last.predicted.rounded())),
                                                    "calibration": loc.date(day: calibrationEnd)])
        let legend = [LegendItem(swatch: .line(ChartPalette.blue, dash: nil), label: s["tracking.actual"]),
                      LegendItem(swatch: .line(ChartPalette.vermillion, dash: "5 3"), label: s["tracking.predicted"])]
        let values = pts.flatMap { [$0.actual, $0.predicted] }
        let ticks = NiceTicks(lo: min(0, values.min()!), hi: max(1, values.max()!), includeZero: true)
        let format = axisFormat(ticks, locale: loc)
        return ChartFrame.render(kind: "tracking", context: context, title: title, summary: summary, height: 280, legend: legend) { c, top in
            let area = PlotArea(left: ChartFrame.margin + labelRoom(ticks, format), top: top + 18,
                                right: c.width - ChartFrame.margin - 8, bottom: 280 - 34)
            let x = LinearScale(lo: Double(lo), hi: Double(hi), from: area.left, to: area.right)
            let y = LinearScale(lo: ticks.lo, hi: ticks.hi, from: area.bottom, to: area.top)
            c.valueAxis(ticks, scale: y, area: area, title: s["tracking.axis"], format: format)
            c.timeAxis(from: lo, to: hi, scale: x, area: area, locale: loc, baseline: ticks.lo != 0)
            if calibrationEnd > lo && calibrationEnd < hi {
                let cx = x(Double(calibrationEnd))
                c.line(cx, area.top, cx, area.bottom, stroke: ChartPalette.axis, dash: "2 2")
                c.text(s["tracking.forecast"], cx + 4, area.top + 10, anchor: .start, size: 10, fill: ChartPalette.axis)
            }
            c.polyline(pts.map { (x(Double($0.day)), y($0.actual)) }, stroke: ChartPalette.blue)
            c.polyline(pts.map { (x(Double($0.day)), y($0.predicted)) }, stroke: ChartPalette.vermillion, dash: "5 3")
        }
    }
}
