/// What consecutive marks of a chart share. The canvas writes a run of marks with equal styles as
/// one element: lines, bars and markers as one `<path>`, texts and circles as one `<g>` carrying the
/// attributes once. Styles every chart uses are written as a class (ChartStyle.css).
struct MarkStyle: Equatable {
    enum Kind: Equatable { case path, text, circle }
    var kind: Kind
    var fill: String? = nil
    var stroke: String? = nil
    var strokeWidth = 1.0
    var dash: String? = nil
    var opacity: Double? = nil
    /// An open path (polyline) that must not be filled.
    var fillNone = false
    var roundJoin = false
    /// Dots drawn as zero-length subpaths with round caps: a filled circle of the stroke's width.
    var roundCap = false
    /// The id of a `<marker>` drawn at every vertex of the path (a line's data points).
    var marker: String? = nil
    var anchor: ChartCanvas.Anchor = .start
    var size = 11.0
    var bold = false
    var halo = false

    /// Translucent shapes stay separate paths: in one path, overlapping shapes would be painted once.
    /// Texts and circles keep their own elements in a group, so they always share it.
    var merges: Bool { kind != .path || opacity == nil }

    /// The element name for a run of one mark.
    var tag: StaticString { kind == .text ? "<text" : "<circle" }

    /// ` class=".." fill=".." ...` in a fixed order; defaults are left out. Written piece by piece,
    /// with no strings or arrays made: it runs once per run of marks, dozens of times per chart.
    func write(to w: inout SVGWriter) {
        if let named = named {
            w.put(" class=\""); w.put(named); w.put("\"")
            return
        }
        let title = kind == .text && size == 14 && bold && fill == nil
        let axisText = kind == .text && fill == ChartPalette.axis
        let line = sharedLine
        var classes = 0
        func add(_ name: StaticString, _ w: inout SVGWriter) {
            w.put(classes == 0 ? " class=\"" : " "); w.put(name); classes += 1
        }
        if title { add("bt", &w) }
        if axisText { add("ba", &w) }
        if halo { add("bh", &w) }
        if line == ChartPalette.grid { add("bg", &w) } else if line == ChartPalette.axis { add("bx", &w) }
        if classes > 0 { w.put("\"") }
        if fillNone { w.put(" fill=\"none\"") } else if let fill, !axisText { w.attr("fill", fill) }
        if let opacity { w.attr2("fill-opacity", opacity) }
        if let stroke, line == nil { w.attr("stroke", stroke) }
        if strokeWidth != 1, kind != .text { w.attr("stroke-width", strokeWidth) }
        if let dash { w.attr("stroke-dasharray", dash) }
        if roundJoin { w.put(" stroke-linejoin=\"round\"") }
        if roundCap { w.put(" stroke-linecap=\"round\"") }
        // The `marker` shorthand sets start, mid and end; it is a property, not an attribute.
        if let marker { w.put(" style=\"marker:url(#"); w.putEscaped(marker); w.put(")\"") }
        switch anchor {
        case .start: break
        case .middle: w.put(" text-anchor=\"middle\"")
        case .end: w.put(" text-anchor=\"end\"")
        }
        if size != 11, !title { w.attr("font-size", size) }
        if bold, !title { w.put(" font-weight=\"bold\"") }
    }

    /// The class of a style every dossier's timeline draws (ChartStyle.css), which then carries
    /// it whole: its reference lines (today, expected next, lost after) and its purchases.
    private var named: StaticString? {
        switch kind {
        case .path:
            guard fill == nil, !fillNone, strokeWidth == 1.5, opacity == nil, !roundCap, !roundJoin, marker == nil else { return nil }
            switch (stroke, dash) {
            case (ChartPalette.ink?, nil): return "bn"
            case (ChartPalette.bluishGreen?, "5 3"?): return "be"
            case (ChartPalette.vermillion?, "2 2"?): return "bl"
            default: return nil
            }
        case .circle:
            return fill == ChartPalette.blue && stroke == ChartPalette.blue && opacity == 0.55 ? "bp" : nil
        case .text:
            return nil
        }
    }

    /// The stroke of a plain one-pixel line path (grid or axis), which a class carries.
    private var sharedLine: String? {
        guard kind == .path, fill == nil, !fillNone, strokeWidth == 1, dash == nil, !roundCap,
              let stroke, stroke == ChartPalette.grid || stroke == ChartPalette.axis else { return nil }
        return stroke
    }
}
