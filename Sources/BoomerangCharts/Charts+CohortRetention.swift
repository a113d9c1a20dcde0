extension Charts {
    /// Cohort retention heat map: one row per first-purchase month (latest `maxCohorts`), one column per
    /// month since (0 ... `maxMonths`), shaded by the share still buying; shares written where they fit.
    public static func cohortRetention(_ cohorts: [CohortRow], maxCohorts: Int = 18, maxMonths: Int = 12,
                                       context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s["cohort.title"]
        let rows = Array(cohorts.filter { $0.size > 0 && !$0.retention.isEmpty }.sorted { $0.month < $1.month }.suffix(max(1, maxCohorts)))
        guard !rows.isEmpty else { return ChartFrame.noData(kind: "cohort", context: context, title: title) }
        let columns = min(max(1, maxMonths) + 1, rows.map(\.retention.count).max()!)
        let k = min(3, columns - 1)
        let atK = rows.compactMap { $0.retention.count > k && $0.retention[k].isFinite ? $0.retention[k] : nil }
        let share = atK.isEmpty ? 0 : atK.reduce(0, +) / Double(atK.count)
        let summary = s.format("cohort.summary", ["cohorts": loc.count(rows.count), "share": loc.percent(share), "k": loc.count(k)])
        let rowHeight = rows.count > 12 ? 16.0 : 20.0
        let height = Int(ChartFrame.plotTop(legend: [], width: context.width) + 24 + rowHeight * Double(rows.count) + 12)
        let rowLabels = rows.map { "\(loc.month($0.month)) · \(loc.count($0.size))" }
        return ChartFrame.render(kind: "cohort", context: context, title: title, summary: summary, height: height) { c, top in
            let labelWidth = (rowLabels.map { textWidth($0, size: 10) }.max() ?? 60) + 8
            let area = PlotArea(left: ChartFrame.margin + labelWidth, top: top + 24, right: c.width - ChartFrame.margin,
                                bottom: top + 24 + rowHeight * Double(rows.count))
            let w = area.width / Double(columns)
            c.text(s["cohort.cohort"], ChartFrame.margin, area.top - 6, size: 10, fill: ChartPalette.axis)
            c.text(s["cohort.monthsSince"], area.left + area.width / 2, top + 6, anchor: .middle, size: 10, fill: ChartPalette.axis)
            for j in 0..<columns {
                c.text(loc.count(j), area.left + w * (Double(j) + 0.5), area.top - 6, anchor: .middle, fill: ChartPalette.axis)
            }
            // Row labels, then the cells, then their texts grouped by colour (none overlaps another).
            for i in rows.indices {
                c.text(rowLabels[i], area.left - 6, area.top + rowHeight * (Double(i) + 0.5) + 4, anchor: .end, size: 10)
            }
            var texts: [CellText] = []
            for (i, row) in rows.enumerated() {
                let y0 = area.top + rowHeight * Double(i)
                for j in 0..<min(columns, row.retention.count) where row.retention[j].isFinite {
                    let v = min(max(row.retention[j], 0), 1)
                    texts += c.heatCell(area.left + w * Double(j), y0, w, rowHeight, t: v, lines: [loc.percent(v)], size: 9)
                }
            }
            c.cellTexts(texts)
        }
    }
}
