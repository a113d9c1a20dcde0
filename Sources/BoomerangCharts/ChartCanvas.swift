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

    mutating func rect(_ x0: Double, _ y0: Double, _ w: Double, _ h: Double, fill: String,
                       stroke: String? = nil, opacity: Double? = nil) {
        let w = max(0, w), h = max(0, h)
        var a: [(String, String)] = [("x", SVG.num(rtl ? width - x0 - w : x0)), ("y", SVG.num(y0)),
                                     ("width", SVG.num(w)), ("height", SVG.num(h)), ("fill", fill)]
        if let stroke { a += [("stroke", stroke), ("stroke-width", "1")] }
        if let opacity { a.append(("fill-opacity", SVG.num(opacity))) }
        writer.empty("rect", a)
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String,
                       width w: Double = 1, dash: String? = nil) {
        var a: [(String, String)] = [("x1", SVG.num(x(x1))), ("y1", SVG.num(y1)), ("x2", SVG.num(x(x2))),
                                     ("y2", SVG.num(y2)), ("stroke", stroke), ("stroke-width", SVG.num(w))]
        if let dash { a.append(("stroke-dasharray", dash)) }
        writer.empty("line", a)
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, width w: Double = 2, dash: String? = nil) {
        guard !points.isEmpty else { return }
        var a: [(String, String)] = [("points", pointList(points)), ("fill", "none"), ("stroke", stroke),
                                     ("stroke-width", SVG.num(w)), ("stroke-linejoin", "round")]
        if let dash { a.append(("stroke-dasharray", dash)) }
        writer.empty("polyline", a)
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, opacity: Double? = nil) {
        guard points.count > 2 else { return }
        var a: [(String, String)] = [("points", pointList(points)), ("fill", fill)]
        if let opacity { a.append(("fill-opacity", SVG.num(opacity))) }
        writer.empty("polygon", a)
    }

    mutating func circle(_ cx: Double, _ cy: Double, _ r: Double, fill: String, stroke: String? = nil,
                         opacity: Double? = nil) {
        var a: [(String, String)] = [("cx", SVG.num(x(cx))), ("cy", SVG.num(cy)), ("r", SVG.num(max(0, r))), ("fill", fill)]
        if let opacity { a.append(("fill-opacity", SVG.num(opacity))) }
        if let stroke { a += [("stroke", stroke), ("stroke-width", "1")] }
        writer.empty("circle", a)
    }

    /// A diamond marker (used for events so they differ from purchases by shape, not only colour).
    mutating func diamond(_ cx: Double, _ cy: Double, _ r: Double, fill: String) {
        polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill: fill)
    }

    mutating func text(_ string: String, _ x0: Double, _ y0: Double, anchor: Anchor = .start,
                       size: Double = 11, bold: Bool = false, fill: String = ChartPalette.ink,
                       rotate: Double? = nil, halo: Bool = false) {
        let physical: Anchor = rtl ? (anchor == .start ? .end : anchor == .end ? .start : .middle) : anchor
        let px = x(x0)
        var a: [(String, String)] = [("x", SVG.num(px)), ("y", SVG.num(y0))]
        if physical != .start { a.append(("text-anchor", physical.rawValue)) }
        if size != 11 { a.append(("font-size", SVG.num(size))) }
        if bold { a.append(("font-weight", "bold")) }
        if fill != ChartPalette.ink { a.append(("fill", fill)) }
        // A white outline keeps annotations legible where they cross lines or marks.
        if halo { a += [("stroke", ChartPalette.background), ("stroke-width", "3"), ("style", "paint-order:stroke")] }
        if let rotate { a.append(("transform", "rotate(\(SVG.num(rtl ? -rotate : rotate)) \(SVG.num(px)) \(SVG.num(y0)))")) }
        writer.element("text", a, text: rtl && Self.hasRightToLeftLetter(string) ? "\u{202B}\(string)\u{202C}" : string)
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

    private func pointList(_ points: [(Double, Double)]) -> String {
        points.map { "\(SVG.num(x($0.0))),\(SVG.num($0.1))" }.joined(separator: " ")
    }
}

/// Rough text width for layout (no font metrics available): average glyph ~0.58 em.
func textWidth(_ s: String, size: Double = 11) -> Double { Double(s.count) * size * 0.58 }

/// Shortens a label to `maxChars` characters with an ellipsis.
func truncated(_ s: String, _ maxChars: Int) -> String {
    s.count <= maxChars ? s : String(s.prefix(max(1, maxChars - 1))) + "…"
}
