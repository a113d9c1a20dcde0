extension Charts {
    /// Revenue per month for the `months` months ending at `endMonth` (default: the latest month in
    /// the data). Months without purchases get no bar and a hollow marker on the baseline; months
    /// before `since` (a customer's first purchase) get neither and are not counted as without
    /// purchases: the customer was not buying from us yet.
    public static func monthlyRevenue(_ values: [MonthValue], endMonth: Int? = nil, months count: Int = 24, since: Int? = nil,
                                      context: ChartContext = ChartContext()) -> SVGChart {
        monthBars(values, endMonth: endMonth, count: count, since: since, kind: "revenue", colour: ChartPalette.blue, context: context)
    }

    /// Revenue from won-back customers per month, drawn like the monthly revenue.
    public static func wonBackRevenue(_ values: [MonthValue], endMonth: Int? = nil, months count: Int = 24,
                                      context: ChartContext = ChartContext()) -> SVGChart {
        monthBars(values, endMonth: endMonth, count: count, since: nil, kind: "wonback", colour: ChartPalette.bluishGreen, context: context)
    }

    static func monthBars(_ values: [MonthValue], endMonth: Int?, count: Int, since: Int?, kind: String, colour: String,
                          context: ChartContext) -> SVGChart {
        let s = context.strings, loc = context.locale
        let count = max(1, count)
        let title = s.format("\(kind).title", ["months": loc.count(count)])
        let finite = values.filter { $0.value.isFinite }
        guard let end = endMonth ?? finite.map(\.month).max() else { return ChartFrame.noData(kind: kind, context: context, title: title) }
        let months = Array((end - count + 1)...end)
        var byMonth: [Int: Double] = [:]
        for v in finite where months.contains(v.month) { byMonth[v.month, default: 0] += v.value }
        guard !byMonth.isEmpty else { return ChartFrame.noData(kind: kind, context: context, title: title) }

        let series = months.map { byMonth[$0] ?? 0 }
        let empty = months.indices.filter { byMonth[months[$0]] == nil && months[$0] >= (since ?? Int.min) }
        let total = series.reduce(0, +)
        let bestIndex = series.indices.max { (series[$0], -$0) < (series[$1], -$1) }!
        let summary = s.format("\(kind).summary", ["total": loc.money(total), "months": loc.count(count),
                                                   "empty": loc.count(empty.count),
                                                   "best": loc.month(months[bestIndex]), "bestValue": loc.money(series[bestIndex])])
        let ticks = NiceTicks(lo: series.min()!, hi: series.max()!, includeZero: true)
        let format = axisFormat(ticks, locale: loc)
        return ChartFrame.render(kind: kind, context: context, title: title, summary: summary, height: 280) { c, top in
            let area = PlotArea(left: ChartFrame.margin + labelRoom(ticks, format), top: top + 18,
                                right: c.width - ChartFrame.margin, bottom: 280 - 34)
            let y = LinearScale(lo: ticks.lo, hi: ticks.hi, from: area.bottom, to: area.top)
            c.valueAxis(ticks, scale: y, area: area, title: s.format("\(kind).axis", ["currency": loc.currencySymbol]), format: format)
            let band = area.width / Double(months.count)
            let barWidth = max(1, band * 0.72)
            // Bars first, then the hollow markers of empty months (which no bar reaches), then the zero
            // line again over the bars' feet.
            for (i, month) in months.enumerated() {
                guard let v = byMonth[month] else { continue }
                let cx = area.left + band * (Double(i) + 0.5)
                let y0 = y(0), y1 = y(v)
                c.rect(cx - barWidth / 2, min(y0, y1), barWidth, max(abs(y1 - y0), v == 0 ? 0 : 1), fill: v < 0 ? ChartPalette.vermillion : colour)
            }
            c.markers(empty.map { (area.left + band * (Double($0) + 0.5), y(0)) }, name: "empty", radius: min(3, band / 3),
                      fill: ChartPalette.background, stroke: ChartPalette.axis)
            c.line(area.left, y(0), area.right, y(0), stroke: ChartPalette.axis)
            c.monthBandAxis(months: months, area: PlotArea(left: area.left, top: area.top, right: area.right,
                                                           bottom: max(area.bottom, y(ticks.lo))), locale: loc)
        }
    }
}
