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
        let labelled = months.map { locale.calendarMonth(day: ChartDate.firstDay(ofMonth: $0)) }
        var widest = -Double.infinity
        for m in labelled { widest = max(widest, locale.monthNames[m.month].width) }
        let step = Self.monthStep(pixelsPerMonth: band, labelWidth: widest, months: Double(months.count))
        var ticks: [MonthTick] = []
        for (i, m) in labelled.enumerated() {
            guard Self.isTick(month: m.month, year: m.year, step: step) || (step > 1 && i == 0 && months.count <= step) else { continue }
            ticks.append(MonthTick(x: area.left + band * (Double(i) + 0.5), day: ChartDate.firstDay(ofMonth: months[i]),
                                   year: m.year, month: m.month))
        }
        for t in ticks { line(t.x, area.bottom, t.x, area.bottom + 3, stroke: ChartPalette.axis) }
        monthLabels(ticks, step: step, below: area.bottom, locale: locale)
    }

    /// Month names under the ticks, and the year under the first tick of each year: names first and
    /// years second, so each is one group. A year's text is looked up only where it is written.
    /// Ticks a year or more apart all fall on the year's first month: the year alone names them.
    private mutating func monthLabels(_ ticks: [MonthTick], step: Int, below bottom: Double, locale: ChartLocale) {
        if step >= 12 {
            for t in ticks { text(locale.year(day: t.day), t.x, bottom + 14, anchor: .middle, fill: ChartPalette.axis) }
            return
        }
        for t in ticks { text(locale.monthNames[t.month], t.x, bottom + 14, anchor: .middle, fill: ChartPalette.axis) }
        var lastYear: Int?
        for t in ticks where t.year != lastYear {
            text(locale.year(day: t.day), t.x, bottom + 26, anchor: .middle, size: 10, fill: ChartPalette.axis)
            lastYear = t.year
        }
    }

    /// Ticks at calendar month starts (the locale's calendar) along a day scale, thinned the same way.
    /// `baseline: false` when the value axis already drew its zero line along the bottom.
    mutating func timeAxis(from: Int, to: Int, scale: LinearScale, area: PlotArea, locale: ChartLocale, baseline: Bool = true) {
        let starts = locale.monthStarts(from: from, to: to)
        let pixelsPerMonth = abs(scale(30.44) - scale(0))
        var widest = 20.0
        if !starts.isEmpty {
            widest = -Double.infinity
            for start in starts.prefix(13) { widest = max(widest, locale.monthNames[start.month].width) }
        }
        let step = Self.monthStep(pixelsPerMonth: pixelsPerMonth, labelWidth: widest,
                                  months: Double(to - from) / 30.44)
        var ticks: [MonthTick] = []
        for start in starts {
            guard Self.isTick(month: start.month, year: start.year, step: step) else { continue }
            ticks.append(MonthTick(x: scale(Double(start.day)), day: start.day, year: start.year, month: start.month))
        }
        for t in ticks { line(t.x, area.top, t.x, area.bottom, stroke: ChartPalette.grid) }
        monthLabels(ticks, step: step, below: area.bottom, locale: locale)
        if baseline { line(area.left, area.bottom, area.right, area.bottom, stroke: ChartPalette.axis) }
    }

    /// Smallest step in months (1, 2, 3, 4, 6, 12, 24, 60) at which labels have room and an axis
    /// `months` long gets at most `maxTicks` of them: a reader places a date by the nearest few labels,
    /// and every label past that is ink (and bytes on every dossier) that tells nothing new.
    static func monthStep(pixelsPerMonth: Double, labelWidth: Double, months: Double) -> Int {
        for step in [1, 2, 3, 4, 6, 12, 24, 60]
        where Double(step) * pixelsPerMonth >= labelWidth + 8 && months / Double(step) <= maxTicks { return step }
        return 120
    }

    static let maxTicks = 6.0

    /// Whether a calendar month gets a tick at `step` months: every step-th month of the year, and
    /// for steps of years, January of every step-th year.
    static func isTick(month: Int, year: Int, step: Int) -> Bool {
        (month - 1) % min(step, 12) == 0 && (step <= 12 || year % (step / 12) == 0)
    }
}

/// A labelled tick under a plot: where it is, the day it marks, and that day's year and month in the
/// locale's calendar (numbers: the texts come from the locale where they are written).
struct MonthTick { var x: Double, day: Int, year: Int, month: Int }

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
