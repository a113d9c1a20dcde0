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
            for v in ticks.values {
                c.line(x(v), area.top, x(v), area.bottom, stroke: v == 0 ? ChartPalette.axis : ChartPalette.grid)
                c.text(format(v), x(v), area.bottom + 14, anchor: .middle, fill: ChartPalette.axis)
            }
            for (i, row) in rows.enumerated() {
                let y0 = area.top + rowHeight * Double(i)
                c.text(names[i], area.left - 6, y0 + rowHeight / 2 + 4, anchor: .end)
                let end = x(min(row.share, ticks.hi))
                c.rect(area.left, y0 + 4, end - area.left, rowHeight - 8, fill: ChartPalette.vermillion)
                c.text(endLabels[i], end + 4, y0 + rowHeight / 2 + 4, size: 10, fill: ChartPalette.axis)
            }
            c.line(x(overall), area.top - 6, x(overall), area.bottom, stroke: ChartPalette.ink, width: 1.2, dash: "4 3")
            c.text(loc.percent(overall), x(overall), area.top - 8, anchor: .middle, size: 10, halo: true)
        }
    }
}
