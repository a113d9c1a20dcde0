/// Axes, grid lines and tick labels shared by the charts.
extension ChartCanvas {
    /// Horizontal grid lines with value labels beside the plot, and an axis title above it.
    /// Lines first (the grid, then the zero line), then the labels beside the plot: nothing of them
    /// overlaps, so each kind is one element.
    mutating func valueAxis(_ ticks: NiceTicks, scale: LinearScale, area: PlotArea, title: String?,
                            onRight: Bool = false, grid: Bool = true, format: (Double) -> String) {
        if grid {
            for v in ticks.values where v != 0 { line(area.left, scale(v), area.right, scale(v), stroke: ChartPalette.grid) }
            if ticks.values.contains(0) { line(area.left, scale(0), area.right, scale(0), stroke: ChartPalette.axis) }
        }
        for v in ticks.values {
            let y = scale(v)
            if onRight { text(format(v), area.right + 5, y + 4, anchor: .start, fill: ChartPalette.axis) }
            else { text(format(v), area.left - 5, y + 4, anchor: .end, fill: ChartPalette.axis) }
        }
        if let title {
            text(title, onRight ? area.right : area.left, area.top - 8, anchor: onRight ? .end : .start,
                 size: 10, fill: ChartPalette.axis)
        }
    }

    /// Month labels under bands of equal width, thinned to every k-th calendar month when they would
    /// collide; the year is written under the first label of each year.
    mutating func monthBandAxis(months: [Int], area: PlotArea, locale: ChartLocale) {
        guard !months.isEmpty else { return }
        let band = area.width / Double(months.count)
        var widest = -Double.infinity
        for month in months { widest = max(widest, locale.labels(ChartDate.firstDay(ofMonth: month)).monthNameWidth) }
        let step = Self.monthStep(pixelsPerMonth: band, labelWidth: widest)
        var ticks: [(x: Double, labels: DayLabels)] = []
        for (i, monthIndex) in months.enumerated() {
            let labels = locale.labels(ChartDate.firstDay(ofMonth: monthIndex))
            guard (labels.calendarMonth - 1) % step == 0 || (step > 1 && i == 0 && months.count <= step) else { continue }
            ticks.append((area.left + band * (Double(i) + 0.5), labels))
        }
        for t in ticks { line(t.x, area.bottom, t.x, area.bottom + 3, stroke: ChartPalette.axis) }
        monthLabels(ticks, below: area.bottom)
    }

    /// Month names under the ticks, and the year under the first tick of each year: names first and
    /// years second, so each is one group.
    private mutating func monthLabels(_ ticks: [(x: Double, labels: DayLabels)], below bottom: Double) {
        for t in ticks { text(t.labels.monthName, t.x, bottom + 14, anchor: .middle, fill: ChartPalette.axis) }
        var lastYear = ""
        for t in ticks {
            if t.labels.year != lastYear { text(t.labels.year, t.x, bottom + 26, anchor: .middle, size: 10, fill: ChartPalette.axis) }
            lastYear = t.labels.year
        }
    }

    /// Ticks at calendar month starts (the locale's calendar) along a day scale, thinned the same way.
    mutating func timeAxis(from: Int, to: Int, scale: LinearScale, area: PlotArea, locale: ChartLocale) {
        let starts = locale.monthStarts(from: from, to: to)
        let pixelsPerMonth = abs(scale(30.44) - scale(0))
        var widest = 20.0
        if !starts.isEmpty {
            widest = -Double.infinity
            for start in starts.prefix(13) { widest = max(widest, locale.labels(start.day).monthNameWidth) }
        }
        let step = Self.monthStep(pixelsPerMonth: pixelsPerMonth, labelWidth: widest)
        var ticks: [(x: Double, labels: DayLabels)] = []
        for start in starts {   // labels are looked up for drawn ticks only
            guard (start.month - 1) % min(step, 12) == 0, step <= 12 || start.year % (step / 12) == 0 else { continue }
            ticks.append((scale(Double(start.day)), locale.labels(start.day)))
        }
        for t in ticks { line(t.x, area.top, t.x, area.bottom, stroke: ChartPalette.grid) }
        monthLabels(ticks, below: area.bottom)
        line(area.left, area.bottom, area.right, area.bottom, stroke: ChartPalette.axis)
    }

    /// Smallest step in months (1, 2, 3, 4, 6, 12, 24, 60) at which labels have room.
    static func monthStep(pixelsPerMonth: Double, labelWidth: Double) -> Int {
        for step in [1, 2, 3, 4, 6, 12, 24, 60] where Double(step) * pixelsPerMonth >= labelWidth + 8 { return step }
        return 120
    }
}

/// Value label format for an axis: compact (1.2M) for large values, else enough decimals for the step.
func axisFormat(_ ticks: NiceTicks, locale: ChartLocale) -> (Double) -> String {
    let largest = ticks.values.map(abs).max() ?? 0
    if largest >= 10_000 { return { locale.compact($0) } }
    let digits = ticks.fractionDigits
    return { locale.number($0, fractionDigits: digits) }
}

/// Percent labels for an axis over fractions (0.25 -> 25%).
func percentAxisFormat(_ ticks: NiceTicks, locale: ChartLocale) -> (Double) -> String {
    let digits = max(0, ticks.fractionDigits - 2)
    return { locale.percent($0, fractionDigits: digits) }
}

/// Room the value labels need beside the plot.
func labelRoom(_ ticks: NiceTicks, _ format: (Double) -> String) -> Double {
    (ticks.values.map { textWidth(format($0)) }.max() ?? 20) + 10
}
