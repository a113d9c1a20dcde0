extension Charts {
    /// One customer's purchases on a time axis (circle area = amount), the expected next purchase,
    /// the lost threshold (shaded after it), today, and one lane each for churn, complaints, contacts.
    public static func purchaseTimeline(_ input: PurchaseTimelineInput, context: ChartContext = ChartContext()) -> SVGChart {
        let s = context.strings, loc = context.locale
        let title = s["timeline.title"]
        let purchases = input.purchases.filter { $0.amount.isFinite }.sorted { ($0.day, $0.amount) < ($1.day, $1.amount) }
        guard !purchases.isEmpty || !input.events.isEmpty else { return ChartFrame.noData(kind: "timeline", context: context, title: title) }

        let events = input.events.sorted { ($0.day, $0.kind.rawValue, $0.label) < ($1.day, $1.kind.rawValue, $1.label) }
        let kinds = TimelineEvent.Kind.allCases.filter { k in events.contains { $0.kind == k } }
        let allDays = purchases.map(\.day) + events.map(\.day) + [input.expectedNext, input.lostThreshold, input.asOf].compactMap { $0 }
        var lo = allDays.min()!, hi = allDays.max()!
        if hi - lo < 90 { let mid = (lo + hi) / 2; lo = mid - 45; hi = mid + 45 }
        let pad = max(7, (hi - lo) / 30)
        lo -= pad; hi += pad

        var summary = ""
        if let first = purchases.first, let last = purchases.last {
            summary = s.format("timeline.summary", ["count": loc.count(purchases.count), "first": loc.date(day: first.day),
                                                    "last": loc.date(day: last.day),
                                                    "total": loc.money(purchases.reduce(0) { $0 + $1.amount })])
        }
        if let next = input.expectedNext, let lost = input.lostThreshold {
            summary += (summary.isEmpty ? "" : " ") + s.format("timeline.summaryNext", ["next": loc.date(day: next), "lost": loc.date(day: lost)])
        }
        if summary.isEmpty { summary = title }

        // The reference lines carry their names on the plot, so the legend explains only the circles.
        let legend = [LegendItem(swatch: .dot(ChartPalette.blue), label: s["timeline.purchase"])]

        let laneLabels = [s["timeline.purchases"]] + kinds.map { s["timeline.\($0.rawValue)"] }
        let purchaseLane = 84.0, eventLane = 24.0
        let plotHeight = purchaseLane + eventLane * Double(kinds.count)
        // Room above the plot for one row of reference-line labels per line that can collide.
        let markCount = [input.expectedNext, input.lostThreshold, input.asOf].compactMap { $0 }.count
        let headRoom = 11 + 11 * Double(max(1, markCount))
        let height = Int(ChartFrame.plotTop(legend: legend, width: context.width) + headRoom + plotHeight + 34)
        return ChartFrame.render(kind: "timeline", context: context, title: title, summary: summary, height: height,
                                 legend: legend) { c, top in
            let labelRoom = min(140, (laneLabels.map { textWidth($0, size: 10) }.max() ?? 40) + 12)
            let area = PlotArea(left: ChartFrame.margin + labelRoom, top: top + headRoom, right: c.width - ChartFrame.margin,
                                bottom: top + headRoom + plotHeight)
            let x = LinearScale(lo: Double(lo), hi: Double(hi), from: area.left, to: area.right)

            if let lost = input.lostThreshold, Double(lost) < Double(hi) {
                let from = max(area.left, x(Double(lost)))
                c.rect(from, area.top, area.right - from, area.height, fill: ChartPalette.vermillion, opacity: 0.07)
            }
            c.timeAxis(from: lo, to: hi, scale: x, area: area, locale: loc)
            // Lane separators, then the lane labels left of the plot.
            for i in laneLabels.indices.dropFirst() {
                let laneTop = area.top + purchaseLane + eventLane * Double(i - 1)
                c.line(area.left, laneTop, area.right, laneTop, stroke: ChartPalette.grid)
            }
            for (i, label) in laneLabels.enumerated() {
                let laneMid = i == 0 ? area.top + purchaseLane / 2 : area.top + purchaseLane + eventLane * (Double(i) - 0.5)
                c.text(truncated(label, 22), area.left - 6, laneMid + 4, anchor: .end, size: 10, fill: ChartPalette.axis)
            }
            // Reference lines, labels staggered so close lines do not overprint each other.
            var marks: [(day: Int, label: String, colour: String, dash: String?)] = []
            if let d = input.expectedNext { marks.append((d, s["timeline.expectedNext"], ChartPalette.bluishGreen, "5 3")) }
            if let d = input.lostThreshold { marks.append((d, s["timeline.lostThreshold"], ChartPalette.vermillion, "2 2")) }
            if let d = input.asOf { marks.append((d, s["timeline.asOf"], ChartPalette.ink, nil)) }
            // Each label takes the lowest row where it does not touch an earlier one. Labels are drawn
            // after every line: a higher label's line runs down past the lower rows and would cross them.
            var rowEnds: [Double] = []
            var labels: [(text: String, x: Double, y: Double, colour: String)] = []
            for m in marks.sorted(by: { ($0.day, $0.label) < ($1.day, $1.label) }) {
                let px = x(Double(m.day))
                let w = textWidth(m.label, size: 10)
                let cx = min(max(px, area.left + w / 2), area.right - w / 2)
                let row = rowEnds.firstIndex { $0 + 4 <= cx - w / 2 } ?? rowEnds.count
                if row == rowEnds.count { rowEnds.append(0) }
                rowEnds[row] = cx + w / 2
                let labelY = area.top - 8 - Double(row) * 11
                c.line(px, labelY + 3, px, area.bottom, stroke: m.colour, width: 1.5, dash: m.dash)
                labels.append((m.label, cx, labelY, m.colour))
            }
            for l in labels { c.text(l.text, l.x, l.y, anchor: .middle, size: 10, halo: true, ownFill: l.colour) }
            // Purchases: area proportional to amount.
            // Many purchases: smaller circles, so the strip still shows rhythm rather than one blob.
            let largest = purchases.map { abs($0.amount) }.max() ?? 0
            let spacing = area.width / Double(max(1, purchases.count))
            let maxRadius = min(14, max(3, spacing * 1.2))
            let mid = area.top + purchaseLane / 2
            for p in purchases {
                let r = largest > 0 ? 1.5 + maxRadius * (abs(p.amount) / largest).squareRoot() : 4
                c.circle(x(Double(p.day)), mid, r, fill: p.amount < 0 ? ChartPalette.background : ChartPalette.blue,
                         stroke: ChartPalette.blue, opacity: p.amount < 0 ? nil : 0.55)
            }
            // Events: one lane per kind, shape differs per kind; labels shown where they fit. A lane's
            // markers go first and its labels after them (a label stops before the next marker).
            for (lane, kind) in kinds.enumerated() {
                let cy = area.top + purchaseLane + eventLane * (Double(lane) + 0.5)
                let lane = events.filter { $0.kind == kind }
                for e in lane {
                    let px = x(Double(e.day))
                    switch kind {
                    case .churn: c.diamond(px, cy, 6, fill: ChartPalette.vermillion)
                    case .complaint: c.triangle(px, cy, fill: ChartPalette.orange)
                    case .contact: c.rect(px - 4.5, cy - 4.5, 9, 9, fill: ChartPalette.bluishGreen)
                    }
                }
                for (n, e) in lane.enumerated() {
                    // The label runs up to the next marker in the lane, shortened to fit, or is left out.
                    let px = x(Double(e.day))
                    let limit = (n + 1 < lane.count ? x(Double(lane[n + 1].day)) - 9 : area.right) - (px + 9)
                    let chars = min(24, Int(limit / (10 * 0.58)))
                    if !e.label.isEmpty, chars >= 5 {
                        c.text(truncated(e.label, chars), px + 9, cy + 4, size: 10, halo: true)
                    }
                }
            }
        }
    }
}
