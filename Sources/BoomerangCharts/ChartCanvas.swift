/// Drawing primitives in left-to-right chart coordinates. For right-to-left locales every x is
/// mirrored and text anchors swap, so each chart is written once and reads right to left in fa.
/// Text anchors are physical: the root sets direction="ltr" (so a page's dir="rtl" cannot flip them)
/// and right-to-left strings are wrapped in RLE...PDF so their words still order right to left.
struct ChartCanvas {
    enum Anchor: String { case start, middle, end }

    let width: Double
    let height: Double
    let rtl: Bool
    /// Sanitised id prefix for this chart (unique per chart kind and caller prefix).
    let id: String
    /// Colours of series 0, 1, 2, ... (the status chart uses its own, meaningful order).
    var seriesColours = ChartPalette.series
    var writer = SVGWriter(capacity: 8192)

    func x(_ v: Double) -> Double { rtl ? width - v : v }

    // The primitives write their bytes directly (no attribute arrays, no number strings): the
    // per-customer charts draw thousands of them per build. Attribute order is fixed for stable bytes.

    mutating func rect(_ x0: Double, _ y0: Double, _ w: Double, _ h: Double, fill: String,
                       stroke: String? = nil, opacity: Double? = nil) {
        let w = max(0, w), h = max(0, h)
        writer.put("<rect")
        writer.attr("x", rtl ? width - x0 - w : x0); writer.attr("y", y0)
        writer.attr("width", w); writer.attr("height", h); writer.attr("fill", fill)
        if let stroke { writer.attr("stroke", stroke); writer.put(" stroke-width=\"1\"") }
        if let opacity { writer.attr("fill-opacity", opacity) }
        writer.put("/>\n")
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String,
                       width w: Double = 1, dash: String? = nil) {
        writer.put("<line")
        writer.attr("x1", x(x1)); writer.attr("y1", y1); writer.attr("x2", x(x2)); writer.attr("y2", y2)
        writer.attr("stroke", stroke); writer.attr("stroke-width", w)
        if let dash { writer.attr("stroke-dasharray", dash) }
        writer.put("/>\n")
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, width w: Double = 2, dash: String? = nil) {
        guard !points.isEmpty else { return }
        writer.put("<polyline points=\"")
        pointList(points)
        writer.put("\" fill=\"none\""); writer.attr("stroke", stroke); writer.attr("stroke-width", w)
        writer.put(" stroke-linejoin=\"round\"")
        if let dash { writer.attr("stroke-dasharray", dash) }
        writer.put("/>\n")
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, opacity: Double? = nil) {
        guard points.count > 2 else { return }
        writer.put("<polygon points=\"")
        pointList(points)
        polygonEnd(fill: fill, opacity: opacity)
    }

    /// The area under a curve: the curve's points closed down to `baseline` at both ends.
    mutating func area(_ points: [(Double, Double)], baseline: Double, fill: String, opacity: Double? = nil) {
        guard let first = points.first, let last = points.last else { return }
        writer.put("<polygon points=\"")
        point(first.0, baseline); writer.put(" ")
        pointList(points)
        writer.put(" "); point(last.0, baseline)
        polygonEnd(fill: fill, opacity: opacity)
    }

    private mutating func polygonEnd(fill: String, opacity: Double?) {
        writer.put("\""); writer.attr("fill", fill)
        if let opacity { writer.attr("fill-opacity", opacity) }
        writer.put("/>\n")
    }

    mutating func circle(_ cx: Double, _ cy: Double, _ r: Double, fill: String, stroke: String? = nil,
                         opacity: Double? = nil) {
        writer.put("<circle")
        writer.attr("cx", x(cx)); writer.attr("cy", cy); writer.attr("r", max(0, r)); writer.attr("fill", fill)
        if let opacity { writer.attr("fill-opacity", opacity) }
        if let stroke { writer.attr("stroke", stroke); writer.put(" stroke-width=\"1\"") }
        writer.put("/>\n")
    }

    /// A diamond marker (used for events so they differ from purchases by shape, not only colour).
    mutating func diamond(_ cx: Double, _ cy: Double, _ r: Double, fill: String) {
        writer.put("<polygon points=\"")
        point(cx, cy - r); writer.put(" "); point(cx + r, cy); writer.put(" ")
        point(cx, cy + r); writer.put(" "); point(cx - r, cy)
        polygonEnd(fill: fill, opacity: nil)
    }

    /// A triangle marker pointing up (complaints on the timeline).
    mutating func triangle(_ cx: Double, _ cy: Double, fill: String) {
        writer.put("<polygon points=\"")
        point(cx, cy - 6); writer.put(" "); point(cx + 6, cy + 5); writer.put(" "); point(cx - 6, cy + 5)
        polygonEnd(fill: fill, opacity: nil)
    }

    mutating func text(_ string: String, _ x0: Double, _ y0: Double, anchor: Anchor = .start,
                       size: Double = 11, bold: Bool = false, fill: String = ChartPalette.ink,
                       rotate: Double? = nil, halo: Bool = false) {
        let physical: Anchor = rtl ? (anchor == .start ? .end : anchor == .end ? .start : .middle) : anchor
        let px = x(x0)
        writer.put("<text"); writer.attr("x", px); writer.attr("y", y0)
        switch physical {
        case .start: break
        case .middle: writer.put(" text-anchor=\"middle\"")
        case .end: writer.put(" text-anchor=\"end\"")
        }
        if size != 11 { writer.attr("font-size", size) }
        if bold { writer.put(" font-weight=\"bold\"") }
        if fill != ChartPalette.ink { writer.attr("fill", fill) }
        // A white outline keeps annotations legible where they cross lines or marks.
        if halo { writer.attr("stroke", ChartPalette.background); writer.put(" stroke-width=\"3\" style=\"paint-order:stroke\"") }
        if let rotate {
            writer.put(" transform=\"rotate("); writer.num(rtl ? -rotate : rotate); writer.put(" ")
            writer.num(px); writer.put(" "); writer.num(y0); writer.put(")\"")
        }
        writer.put(">")
        if rtl && Self.hasRightToLeftLetter(string) {
            writer.put("\u{202B}"); writer.putEscaped(string); writer.put("\u{202C}")
        } else {
            writer.putEscaped(string)
        }
        writer.put("</text>\n")
    }

    /// Fill for series `index`: its colour, overlaid with a pattern from the third series on.
    func fill(series index: Int) -> String {
        let pattern = ChartPalette.Pattern(rawValue: index % ChartPalette.Pattern.allCases.count) ?? .solid
        return pattern == .solid ? colour(index) : "url(#\(id)-p\(index))"
    }

    func colour(_ index: Int) -> String { seriesColours[index % seriesColours.count] }

    /// `<defs>` with the patterns for series 0..<count (solid series need none).
    mutating func definePatterns(count: Int) {
        guard count > 1 else { return }
        writer.open("defs")
        writer.raw("\n")
        for index in 1..<count {
            let pattern = ChartPalette.Pattern(rawValue: index % ChartPalette.Pattern.allCases.count) ?? .solid
            guard pattern != .solid else { continue }
            writer.open("pattern", [("id", "\(id)-p\(index)"), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse")])
            writer.empty("rect", [("width", "6"), ("height", "6"), ("fill", colour(index))])
            switch pattern {
            case .hatch: writer.empty("path", [("d", "M0 6L6 0M-1 1L1 -1M5 7L7 5"), ("stroke", "#FFFFFF"), ("stroke-width", "1.2")])
            case .dots: writer.empty("circle", [("cx", "3"), ("cy", "3"), ("r", "1.2"), ("fill", "#FFFFFF")])
            case .cross: writer.empty("path", [("d", "M0 3H6M3 0V6"), ("stroke", "#FFFFFF"), ("stroke-width", "1")])
            case .solid: break
            }
            writer.close("pattern")
        }
        writer.close("defs")
    }

    /// True when the text holds a Hebrew/Arabic-script letter: only such text needs right-to-left embedding;
    /// Latin names and bare numbers keep their own order.
    static func hasRightToLeftLetter(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x0590...0x08FF).contains($0.value) && !(0x0660...0x0669).contains($0.value)
            && !(0x06F0...0x06F9).contains($0.value) || (0xFB1D...0xFEFC).contains($0.value) }
    }

    /// "x,y x,y ..." with x mirrored for right-to-left.
    private mutating func pointList(_ points: [(Double, Double)]) {
        for (i, p) in points.enumerated() {
            if i > 0 { writer.put(" ") }
            point(p.0, p.1)
        }
    }

    private mutating func point(_ px: Double, _ py: Double) {
        writer.num(x(px)); writer.put(","); writer.num(py)
    }
}

/// Rough text width for layout (no font metrics available): average glyph ~0.58 em.
func textWidth(_ s: String, size: Double = 11) -> Double { Double(s.count) * size * 0.58 }

/// Shortens a label to `maxChars` characters with an ellipsis.
func truncated(_ s: String, _ maxChars: Int) -> String {
    s.count <= maxChars ? s : String(s.prefix(max(1, maxChars - 1))) + "…"
}
