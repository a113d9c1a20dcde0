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

        var legend = [LegendItem(swatch: .dot(ChartPalette.blue), label: s["timeline.purchase"])]
        if input.expectedNext != nil { legend.append(LegendItem(swatch: .line(ChartPalette.bluishGreen, dash: "5 3"), label: s["timeline.expectedNext"])) }
        if input.lostThreshold != nil { legend.append(LegendItem(swatch: .line(ChartPalette.vermillion, dash: "2 2"), label: s["timeline.lostThreshold"])) }

        let laneLabels = [s["timeline.purchases"]] + kinds.map { s["timeline.\($0.rawValue)"] }
        let purchaseLane = 84.0, eventLane = 24.0
        let plotHeight = purchaseLane + eventLane * Double(kinds.count)
        let height = Int(ChartFrame.plotTop(legend: legend, width: context.width) + 22 + plotHeight + 34)
        return ChartFrame.render(kind: "timeline", context: context, title: title, summary: summary, height: height,
                                 legend: legend) { c, top in
            let labelRoom = min(140, (laneLabels.map { textWidth($0, size: 10) }.max() ?? 40) + 12)
            let area = PlotArea(left: ChartFrame.margin + labelRoom, top: top + 22, right: c.width - ChartFrame.margin,
                                bottom: top + 22 + plotHeight)
            let x = LinearScale(lo: Double(lo), hi: Double(hi), from: area.left, to: area.right)

            if let lost = input.lostThreshold, Double(lost) < Double(hi) {
                let from = max(area.left, x(Double(lost)))
                c.rect(from, area.top, area.right - from, area.height, fill: ChartPalette.vermillion, opacity: 0.07)
            }
            c.timeAxis(from: lo, to: hi, scale: x, area: area, locale: loc)
            // Lane separators and labels.
            for (i, label) in laneLabels.enumerated() {
                let laneTop = i == 0 ? area.top : area.top + purchaseLane + eventLane * Double(i - 1)
                let laneMid = i == 0 ? area.top + purchaseLane / 2 : laneTop + eventLane / 2
                if i > 0 { c.line(area.left, laneTop, area.right, laneTop, stroke: ChartPalette.grid) }
                c.text(truncated(label, 22), area.left - 6, laneMid + 4, anchor: .end, size: 10, fill: ChartPalette.axis)
            }
            // Reference lines, labels staggered so close lines do not overprint each other.
            var marks: [(day: Int, label: String, colour: String, dash: String?)] = []
            if let d = input.expectedNext { marks.append((d, s["timeline.expectedNext"], ChartPalette.bluishGreen, "5 3")) }
            if let d = input.lostThreshold { marks.append((d, s["timeline.lostThreshold"], ChartPalette.vermillion, "2 2")) }
            if let d = input.asOf { marks.append((d, s["timeline.asOf"], ChartPalette.ink, nil)) }
            var lastEnd = -Double.infinity, row = 0
            for m in marks.sorted(by: { ($0.day, $0.label) < ($1.day, $1.label) }) {
                let px = x(Double(m.day))
                c.line(px, area.top - 4, px, area.bottom, stroke: m.colour, width: 1.5, dash: m.dash)
                let w = textWidth(m.label, size: 10)
                row = px - w / 2 < lastEnd + 4 ? (row + 1) % 2 : 0
                c.text(m.label, min(max(px, area.left + w / 2), area.right - w / 2), area.top - 8 - Double(row) * 11,
                       anchor: .middle, size: 10, fill: m.colour, halo: true)
                lastEnd = px + w / 2
            }
            // Purchases: area proportional to amount.
            let largest = purchases.map { abs($0.amount) }.max() ?? 0
            let mid = area.top + purchaseLane / 2
            for p in purchases {
                let r = largest > 0 ? 2.5 + 14 * (abs(p.amount) / largest).squareRoot() : 4
                c.circle(x(Double(p.day)), mid, r, fill: p.amount < 0 ? ChartPalette.background : ChartPalette.blue,
                         stroke: ChartPalette.blue, opacity: p.amount < 0 ? nil : 0.55)
            }
            // Events: one lane per kind, shape differs per kind; labels shown where they fit.
            for (lane, kind) in kinds.enumerated() {
                let cy = area.top + purchaseLane + eventLane * (Double(lane) + 0.5)
                var freeFrom = -Double.infinity
                for e in events where e.kind == kind {
                    let px = x(Double(e.day))
                    switch kind {
                    case .churn: c.diamond(px, cy, 6, fill: ChartPalette.vermillion)
                    case .complaint: c.polygon([(px, cy - 6), (px + 6, cy + 5), (px - 6, cy + 5)], fill: ChartPalette.orange)
                    case .contact: c.rect(px - 4.5, cy - 4.5, 9, 9, fill: ChartPalette.bluishGreen)
                    }
                    let label = truncated(e.label, 24)
                    let w = textWidth(label, size: 10)
                    if !label.isEmpty, px + 9 > freeFrom, px + 9 + w <= area.right {
                        c.text(label, px + 9, cy + 4, size: 10, halo: true)
                        freeFrom = px + 9 + w + 6
                    }
                }
            }
        }
    }
}
