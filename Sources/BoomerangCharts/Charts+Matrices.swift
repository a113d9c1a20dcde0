/// One line of text in a heat-map cell, drawn after every cell so texts of one style share a group.
struct CellText {
    var text: String, x: Double, y: Double, size: Double, bold: Bool, fill: String
}

extension ChartCanvas {
    /// One heat-map cell: ramp fill by `t` (0...1) with a thin white gap; returns its centred lines of
    /// text, dropped from the bottom up when the cell is too small for them.
    mutating func heatCell(_ x0: Double, _ y0: Double, _ w: Double, _ h: Double, t: Double?, lines: [String],
                           size: Double = 11) -> [CellText] {
        rect(x0 + 1, y0 + 1, w - 2, h - 2, fill: t.map(ChartPalette.ramp) ?? "#F7F7F7",
             stroke: t == nil ? ChartPalette.grid : nil)
        let ink = t.map(ChartPalette.textOnRamp) ?? ChartPalette.axis
        let fitting = lines.prefix(max(0, Int((h - 4) / (size + 3)))).filter { textWidth($0, size: size) <= w - 4 }
        let startY = y0 + h / 2 - Double(fitting.count - 1) * (size + 2) / 2 + size * 0.35
        return fitting.enumerated().map { i, line in
            CellText(text: line, x: x0 + w / 2, y: startY + Double(i) * (size + 2), size: i == 0 ? size : size - 1,
                     bold: i == 0, fill: ink)
        }
    }

    /// The cells' texts, grouped by style (they sit in separate cells, so their order does not matter).
    mutating func cellTexts(_ texts: [CellText]) {
        let styles = texts.map { "\($0.fill) \($0.size) \($0.bold)" }
        for style in styles.uniqued() {
            for (t, s) in zip(texts, styles) where s == style {
                text(t.text, t.x, t.y, anchor: .middle, size: t.size, bold: t.bold, fill: t.fill)
            }
        }
    }
}

extension Array where Element: Hashable {
    /// The distinct elements in order of first appearance.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension Charts {
    /// The 3 x 3 ABC (revenue share) x XYZ (steadiness) matrix: customers and revenue per cell,
    /// shaded by revenue. Rows A, B, C top to bottom; columns X, Y, Z.
    public static func abcXYZMatrix(_ cells: [ABCXYZCell], context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s["abcxyz.title"]
        let rows = ["A", "B", "C"], columns = ["X", "Y", "Z"]
        var grid: [String: (customers: Int, revenue: Double)] = [:]
        for cell in cells where rows.contains(cell.abc.uppercased()) && columns.contains(cell.xyz.uppercased()) {
            let key = cell.abc.uppercased() + cell.xyz.uppercased()
            grid[key, default: (0, 0)].customers += cell.customers
            grid[key, default: (0, 0)].revenue += cell.revenue.isFinite ? cell.revenue : 0
        }
        let count = grid.values.reduce(0) { $0 + $1.customers }
        guard count > 0 else { return ChartFrame.noData(kind: "abcxyz", context: context, title: title) }
        let revenue = grid.values.reduce(0) { $0 + $1.revenue }
        let ax = grid["AX"] ?? (0, 0)
        let summary = s.format("abcxyz.summary", ["count": loc.count(count), "revenue": loc.money(revenue),
                                                  "axCount": loc.count(ax.customers), "axRevenue": loc.money(ax.revenue)])
        let maxRevenue = grid.values.map { max(0, $0.revenue) }.max() ?? 0
        let top = ChartFrame.plotTop(legend: [], width: context.width) + 22
        let cellHeight = 62.0
        let height = Int(top + cellHeight * 3 + 30)
        return ChartFrame.render(kind: "abcxyz", context: context, title: title, summary: summary, height: height) { c, top in
            let area = PlotArea(left: ChartFrame.margin + 40, top: top + 22, right: c.width - ChartFrame.margin, bottom: top + 22 + cellHeight * 3)
            let w = area.width / 3
            c.text(s["abcxyz.xyz"], area.left + area.width / 2, top + 2, anchor: .middle, size: 10, fill: ChartPalette.axis)
            c.text(s["abcxyz.abc"], ChartFrame.margin, area.bottom + 20, size: 10, fill: ChartPalette.axis)
            for (j, column) in columns.enumerated() {
                c.text(column, area.left + w * (Double(j) + 0.5), area.top - 6, anchor: .middle, size: 13, bold: true)
            }
            // Cells first, then the row letters and the cells' texts (none overlaps another).
            var texts: [CellText] = []
            for (i, row) in rows.enumerated() {
                let y0 = area.top + cellHeight * Double(i)
                for (j, column) in columns.enumerated() {
                    let value = grid[row + column]
                    let t = value.map { maxRevenue > 0 ? 0.08 + 0.92 * max(0, $0.revenue) / maxRevenue : 0.08 }
                    let lines = value.map { ["\(row)\(column): \(loc.count($0.customers))", loc.compactMoney($0.revenue),
                                             revenue != 0 ? loc.percent($0.revenue / revenue) : ""] } ?? ["\(row)\(column): \(loc.count(0))"]
                    texts += c.heatCell(area.left + w * Double(j), y0, w, cellHeight, t: t, lines: lines.filter { !$0.isEmpty })
                }
            }
            for (i, row) in rows.enumerated() {
                c.text(row, area.left - 14, area.top + cellHeight * (Double(i) + 0.5) + 5, anchor: .middle, size: 13, bold: true)
            }
            c.cellTexts(texts)
        }
    }

    /// RFM heat map: recency score across (1 ... `scores`, most recent at the far end), frequency score
    /// up; each cell shows its customers and their mean monetary value, shaded by customers.
    public static func rfmHeatMap(_ cells: [RFMCell], scores: Int = 5, context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s["rfm.title"]
        let n = max(2, min(10, scores))
        var grid: [Int: RFMCell] = [:]
        for cell in cells where (1...n).contains(cell.recency) && (1...n).contains(cell.frequency) && cell.customers > 0 {
            let key = cell.recency * 100 + cell.frequency
            if let old = grid[key] {   // duplicates merge, weighting the means by customers
                let total = old.customers + cell.customers
                let mean = (old.meanMonetary * Double(old.customers) + (cell.meanMonetary.isFinite ? cell.meanMonetary : 0) * Double(cell.customers)) / Double(total)
                grid[key] = RFMCell(recency: cell.recency, frequency: cell.frequency, customers: total, meanMonetary: mean)
            } else {
                grid[key] = RFMCell(recency: cell.recency, frequency: cell.frequency, customers: cell.customers,
                                    meanMonetary: cell.meanMonetary.isFinite ? cell.meanMonetary : 0)
            }
        }
        guard let largest = grid.values.max(by: { ($0.customers, $1.recency, $1.frequency) < ($1.customers, $0.recency, $0.frequency) }) else {
            return ChartFrame.noData(kind: "rfm", context: context, title: title)
        }
        let count = grid.values.reduce(0) { $0 + $1.customers }
        let summary = s.format("rfm.summary", ["count": loc.count(count), "r": loc.count(largest.recency),
                                               "f": loc.count(largest.frequency), "cellCount": loc.count(largest.customers)])
        let cellHeight = n <= 5 ? 44.0 : 30.0
        let top = ChartFrame.plotTop(legend: [], width: context.width) + 10
        let height = Int(top + 10 + cellHeight * Double(n) + 42)
        return ChartFrame.render(kind: "rfm", context: context, title: title, summary: summary, height: height) { c, top in
            let area = PlotArea(left: ChartFrame.margin + 34, top: top + 10, right: c.width - ChartFrame.margin,
                                bottom: top + 10 + cellHeight * Double(n))
            let w = area.width / Double(n)
            c.text(s["rfm.frequency"], ChartFrame.margin, area.top - 2, size: 10, fill: ChartPalette.axis, rotate: nil)
            // Cells first, then the scores and the cells' texts (none overlaps another).
            var texts: [CellText] = []
            for f in 1...n {
                let y0 = area.bottom - cellHeight * Double(f)
                for r in 1...n {
                    let cell = grid[r * 100 + f]
                    let t = cell.map { 0.08 + 0.92 * Double($0.customers) / Double(largest.customers) }
                    let lines = cell.map { [loc.count($0.customers), "\(s["rfm.mean"]) \(loc.compact($0.meanMonetary))"] } ?? []
                    texts += c.heatCell(area.left + w * Double(r - 1), y0, w, cellHeight, t: t, lines: lines)
                }
            }
            for f in 1...n {
                c.text(loc.count(f), area.left - 10, area.bottom - cellHeight * (Double(f) - 0.5) + 4, anchor: .end, bold: true)
            }
            c.cellTexts(texts)
            for r in 1...n { c.text(loc.count(r), area.left + w * (Double(r) - 0.5), area.bottom + 14, anchor: .middle, bold: true) }
            c.text(s["rfm.recency"], area.left + area.width / 2, area.bottom + 30, anchor: .middle, size: 10, fill: ChartPalette.axis)
        }
    }
}
