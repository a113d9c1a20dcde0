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
    var writer = SVGWriter(capacity: 4096)
    /// The open run of marks (see MarkStyle) and what it holds so far.
    /// (Used by ChartCanvas+Runs.swift only.)
    var run: MarkStyle?
    var pending = SVGWriter(capacity: 1024)
    var pendingCount = 0
    /// Where each text's y (circle's cy) goes in `pending`, in tenths: written only at the end, so a
    /// group whose marks share it can move them there once (a translate) instead.
    var pendingY: [(offset: Int, y: Int)] = []
    /// Whether a mark of the open run has its own transform (which a translate would move).
    var pendingTransform = false
    /// The current point and the start of the current subpath, in tenths, for relative path commands.
    var pen = (x: 0, y: 0), subpathStart = (x: 0, y: 0)
    /// The last path command letter that may repeat implicitly (0: none), and whether the last number
    /// written had a decimal point (nil: a command letter came after it).
    var pathCommand: UInt8 = 0
    var numberHasPoint: Bool?

    init(width: Double, height: Double, rtl: Bool, id: String, seriesColours: [String] = ChartPalette.series) {
        self.width = width; self.height = height; self.rtl = rtl; self.id = id; self.seriesColours = seriesColours
    }

    func x(_ v: Double) -> Double { rtl ? width - v : v }

    // Attribute order is fixed and numbers go straight into the buffer, for stable bytes at low cost:
    // the per-customer charts draw thousands of marks per build.

    mutating func rect(_ x0: Double, _ y0: Double, _ w: Double, _ h: Double, fill: String,
                       stroke: String? = nil, opacity: Double? = nil, dash: String? = nil) {
        guard w > 0, h > 0 else { return }   // as SVG draws no rect of zero width or height
        begin(MarkStyle(kind: .path, fill: fill, stroke: stroke, dash: dash, opacity: opacity))
        let left = rtl ? width - x0 - w : x0
        moveTo(left, y0); lineTo(left + w, y0); lineTo(left + w, y0 + h); lineTo(left, y0 + h); closePath()
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String,
                       width w: Double = 1, dash: String? = nil) {
        begin(MarkStyle(kind: .path, stroke: stroke, strokeWidth: w, dash: dash))
        moveTo(x(x1), y1); lineTo(x(x2), y2)
    }

    /// A line through the points; with `dots`, a dot of that radius on every point, drawn by one
    /// `<marker>` at the line's vertices instead of a mark per point.
    mutating func polyline(_ points: [(Double, Double)], stroke: String, width w: Double = 2, dash: String? = nil,
                           dots: Double? = nil) {
        guard let first = points.first else { return }
        let marker = dots.map { defineMarker("dot", radius: $0, fill: stroke, stroke: nil) }
        begin(MarkStyle(kind: .path, stroke: stroke, strokeWidth: w, dash: dash, fillNone: true, roundJoin: true, marker: marker))
        moveTo(x(first.0), first.1)
        for p in points.dropFirst() { lineTo(x(p.0), p.1) }
    }

    /// The same circle at every point, as one `<marker>` at the vertices of an unstroked path
    /// through them: a few bytes a point instead of a `<circle>` each. The path has one subpath
    /// (renderers differ on markers where a subpath ends), so points should be in drawing order.
    mutating func markers(_ points: [(Double, Double)], name: String, radius: Double, fill: String, stroke: String?) {
        guard let first = points.first else { return }
        let marker = defineMarker(name, radius: radius, fill: fill, stroke: stroke)
        begin(MarkStyle(kind: .path, fillNone: true, marker: marker))
        moveTo(x(first.0), first.1)
        for p in points.dropFirst() { lineTo(x(p.0), p.1) }
        flush()
    }

    /// Writes a `<marker>` drawing a circle, returns its id (the chart's id and `name`).
    private mutating func defineMarker(_ name: String, radius: Double, fill: String, stroke: String?) -> String {
        flush()
        let id = id + "-" + name
        // A box a pixel wider than the circle and its outline, so the antialiased edge is not clipped.
        let box = 2 * radius + (stroke == nil ? 1 : 2)
        writer.put("<marker"); writer.attr("id", id); writer.put(" markerUnits=\"userSpaceOnUse\"")
        writer.attr("markerWidth", box); writer.attr("markerHeight", box); writer.attr("refX", box / 2); writer.attr("refY", box / 2)
        writer.put("><circle"); writer.attr("cx", box / 2); writer.attr("cy", box / 2); writer.attr("r", radius)
        writer.attr("fill", fill)
        if let stroke { writer.attr("stroke", stroke) }
        writer.put("/></marker>\n")
        return id
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, opacity: Double? = nil) {
        guard points.count > 2 else { return }
        begin(MarkStyle(kind: .path, fill: fill, opacity: opacity))
        shape(points)
    }

    /// A filled circle without outline is a dot: a zero-length subpath with round caps, so a series of
    /// them is one path; outlined or translucent circles are `<circle>` elements sharing a group.
    mutating func circle(_ cx: Double, _ cy: Double, _ r: Double, fill: String, stroke: String? = nil,
                         opacity: Double? = nil) {
        guard stroke != nil || opacity != nil else {
            begin(MarkStyle(kind: .path, stroke: fill, strokeWidth: 2 * max(0, r), roundCap: true))
            moveTo(x(cx), cy); dot()
            return
        }
        begin(MarkStyle(kind: .circle, fill: fill, stroke: stroke, opacity: opacity))
        pending.put("<circle"); pending.attr("cx", x(cx)); markY(cy); pending.attr("r", max(0, r)); pending.put("/>")
        pendingCount += 1
    }

    /// A diamond marker (used for events so they differ from purchases by shape, not only colour).
    mutating func diamond(_ cx: Double, _ cy: Double, _ r: Double, fill: String) {
        polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill: fill)
    }

    /// A triangle marker pointing up (complaints on the timeline).
    mutating func triangle(_ cx: Double, _ cy: Double, fill: String) {
        polygon([(cx, cy - 6), (cx + 6, cy + 5), (cx - 6, cy + 5)], fill: fill)
    }

    /// `ownFill`: a colour the text carries itself, so texts of several colours but otherwise alike
    /// (a timeline's reference-line labels) still share one group.
    mutating func text(_ string: String, _ x0: Double, _ y0: Double, anchor: Anchor = .start,
                       size: Double = 11, bold: Bool = false, fill: String = ChartPalette.ink,
                       rotate: Double? = nil, halo: Bool = false, ownFill: String? = nil) {
        openText(x0, y0, anchor: anchor, size: size, bold: bold, fill: fill, rotate: rotate, halo: halo, ownFill: ownFill)
        if rtl && Self.hasRightToLeftLetter(string) {
            pending.put("\u{202B}"); pending.putEscaped(string); pending.put("\u{202C}")
        } else {
            pending.putEscaped(string)
        }
        closeText()
    }

    /// A month name from the locale's table, written as the escaped bytes it holds.
    mutating func text(_ name: MonthNames.Name, _ x0: Double, _ y0: Double, anchor: Anchor, fill: String) {
        openText(x0, y0, anchor: anchor, size: 11, bold: false, fill: fill, rotate: nil, halo: false)
        let embed = rtl && name.rightToLeft
        if embed { pending.put("\u{202B}") }
        pending.raw(name.escaped)
        if embed { pending.put("\u{202C}") }
        closeText()
    }

    /// A text mark up to its content: its run, position and rotation.
    private mutating func openText(_ x0: Double, _ y0: Double, anchor: Anchor, size: Double, bold: Bool, fill: String,
                                   rotate: Double?, halo: Bool, ownFill: String? = nil) {
        let physical: Anchor = rtl ? (anchor == .start ? .end : anchor == .end ? .start : .middle) : anchor
        // A white outline (halo) keeps annotations legible where they cross lines or marks.
        begin(MarkStyle(kind: .text, fill: fill == ChartPalette.ink ? nil : fill, anchor: physical, size: size, bold: bold, halo: halo))
        let px = x(x0)
        pending.put("<text"); pending.attr("x", px); markY(y0)
        if let rotate {
            pendingTransform = true
            pending.put(" transform=\"rotate("); pending.num(rtl ? -rotate : rotate); pending.put(" ")
            pending.num(px); pending.put(" "); pending.num(y0); pending.put(")\"")
        }
        if let ownFill, ownFill != ChartPalette.ink { pending.attr("fill", ownFill) }
        pending.put(">")
    }

    private mutating func closeText() {
        pending.put("</text>")
        pendingCount += 1
    }

    /// Writes what is still open and the end of the document; returns the document.
    mutating func finish() -> String {
        flush()
        writer.put("</svg>\n")
        return writer.out
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
        flush()
        writer.open("defs")
        writer.raw("\n")
        for index in 1..<count {
            let pattern = ChartPalette.Pattern(rawValue: index % ChartPalette.Pattern.allCases.count) ?? .solid
            guard pattern != .solid else { continue }
            writer.open("pattern", [("id", "\(id)-p\(index)"), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse")])
            writer.empty("rect", [("width", "6"), ("height", "6"), ("fill", colour(index))])
            switch pattern {
            case .hatch: writer.empty("path", [("d", "M0 6L6 0M-1 1L1 -1M5 7L7 5"), ("stroke", ChartPalette.background), ("stroke-width", "1.2")])
            case .dots: writer.empty("circle", [("cx", "3"), ("cy", "3"), ("r", "1.2"), ("fill", ChartPalette.background)])
            case .cross: writer.empty("path", [("d", "M0 3H6M3 0V6"), ("stroke", ChartPalette.background)])
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
}

/// Rough text width for layout (no font metrics available): average glyph ~0.58 em.
func textWidth(_ s: String, size: Double = 11) -> Double { Double(s.count) * size * 0.58 }

/// Shortens a label to `maxChars` characters with an ellipsis.
func truncated(_ s: String, _ maxChars: Int) -> String {
    s.count <= maxChars ? s : String(s.prefix(max(1, maxChars - 1))) + "…"
}
