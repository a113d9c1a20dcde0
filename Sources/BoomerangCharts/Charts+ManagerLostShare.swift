extension Charts {
    /// Lost share (lost / all customers) per account manager as horizontal bars, highest first,
    /// with "share (lost of customers)" at each bar's end and the overall share as a dashed line.
    public static func managerLostShare(_ managers: [ManagerBar], context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s["managers.title"]
        let rows = managers.filter { $0.customers > 0 }.sorted { ($1.share, $0.name) < ($0.share, $1.name) }
        guard let worst = rows.first else { return ChartFrame.noData(kind: "managers", context: context, title: title) }
        let overall = Double(rows.reduce(0) { $0 + $1.lost }) / Double(rows.reduce(0) { $0 + $1.customers })
        let summary = s.format("managers.summary", ["name": worst.name, "share": loc.percent(worst.share),
                                                    "lost": loc.count(worst.lost), "customers": loc.count(worst.customers),
                                                    "overall": loc.percent(overall)])
        let rowHeight = 24.0
        let top = ChartFrame.plotTop(legend: [], width: context.width) + 16
        let height = Int(top + rowHeight * Double(rows.count) + 30)
        let ticks = NiceTicks(lo: 0, hi: max(0.05, min(1, worst.share)), count: 5)
        let format = percentAxisFormat(ticks, locale: loc)
        let names = rows.map { truncated($0.name, 24) }
        let endLabels = rows.map { "\(loc.percent($0.share)) (\(loc.count($0.lost))/\(loc.count($0.customers)))" }
        return ChartFrame.render(kind: "managers", context: context, title: title, summary: summary, height: height) { c, top in
            let nameRoom = min(170, (names.map { textWidth($0) }.max() ?? 40) + 10)
            let endRoom = (endLabels.map { textWidth($0, size: 10) }.max() ?? 40) + 8
            let area = PlotArea(left: ChartFrame.margin + nameRoom, top: top + 16, right: c.width - ChartFrame.margin - endRoom,
                                bottom: top + 16 + rowHeight * Double(rows.count))
            let x = LinearScale(lo: 0, hi: ticks.hi, from: area.left, to: area.right)
            // Grid, then tick labels, names, bars and end labels, each kind one element (none overlaps another).
            for v in ticks.values where v != 0 { c.line(x(v), area.top, x(v), area.bottom, stroke: ChartPalette.grid) }
            if ticks.values.contains(0) { c.line(x(0), area.top, x(0), area.bottom, stroke: ChartPalette.axis) }
            for v in ticks.values { c.text(format(v), x(v), area.bottom + 14, anchor: .middle, fill: ChartPalette.axis) }
            let rowY = rows.indices.map { area.top + rowHeight * Double($0) }
            for i in rows.indices { c.text(names[i], area.left - 6, rowY[i] + rowHeight / 2 + 4, anchor: .end) }
            let ends = rows.map { x(min($0.share, ticks.hi)) }
            for i in rows.indices { c.rect(area.left, rowY[i] + 4, ends[i] - area.left, rowHeight - 8, fill: ChartPalette.vermillion) }
            for i in rows.indices { c.text(endLabels[i], ends[i] + 4, rowY[i] + rowHeight / 2 + 4, size: 10, fill: ChartPalette.axis) }
            c.line(x(overall), area.top - 6, x(overall), area.bottom, stroke: ChartPalette.ink, width: 1.2, dash: "4 3")
            c.text(loc.percent(overall), x(overall), area.top - 8, anchor: .middle, size: 10, halo: true)
        }
    }
}
