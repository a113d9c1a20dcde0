extension Charts {
    /// The model's probability that the customer is still active, as of each date (0-100 %).
    public static func pAlive(_ points: [DayValue], context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s["palive.title"]
        let pts = points.filter { $0.value.isFinite }.map { DayValue(day: $0.day, value: min(max($0.value, 0), 1)) }
            .sorted { ($0.day, $0.value) < ($1.day, $1.value) }
        guard let first = pts.first, let last = pts.last else { return ChartFrame.noData(kind: "palive", context: context, title: title) }
        let summary = s.format("palive.summary", ["first": loc.percent(first.value), "from": loc.date(day: first.day),
                                                  "last": loc.percent(last.value), "to": loc.date(day: last.day)])
        var lo = first.day, hi = last.day
        if hi - lo < 90 { let mid = (lo + hi) / 2; lo = mid - 45; hi = mid + 45 }
        // 0, 50 and 100 %: the reader asks "likely or not", and finer lines only add ink.
        let ticks = NiceTicks(lo: 0, hi: 1, count: 3)
        let format = percentAxisFormat(ticks, locale: loc)
        return ChartFrame.render(kind: "palive", context: context, title: title, summary: summary, height: 240) { c, top in
            let area = PlotArea(left: ChartFrame.margin + labelRoom(ticks, format), top: top + 10,
                                right: c.width - ChartFrame.margin - 8, bottom: 240 - 34)
            let x = LinearScale(lo: Double(lo), hi: Double(hi), from: area.left, to: area.right)
            let y = LinearScale(lo: 0, hi: 1, from: area.bottom, to: area.top)
            c.valueAxis(ticks, scale: y, area: area, title: nil, format: format)
            c.timeAxis(from: lo, to: hi, scale: x, area: area, locale: loc, baseline: false)
            let xy = pts.map { (x(Double($0.day)), y($0.value)) }
            c.polyline(xy, stroke: ChartPalette.blue, width: 2, dots: pts.count <= 36 ? 2.5 : nil)
        }
    }
}
