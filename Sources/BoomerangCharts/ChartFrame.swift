/// One legend entry: a swatch and its label.
struct LegendItem {
    enum Swatch { case fill(String), line(String, dash: String?), dot(String), diamond(String) }
    var swatch: Swatch
    var label: String
}

/// The rectangle the data is drawn in, in left-to-right coordinates.
struct PlotArea {
    var left: Double, top: Double, right: Double, bottom: Double
    var width: Double { max(1, right - left) }
    var height: Double { max(1, bottom - top) }
}

/// The parts every chart shares: root element, `<title>`, `<desc>`, background, visible title, legend,
/// and the "no data" variant.
enum ChartFrame {
    static let margin = 16.0

    static func render(kind: String, context: ChartContext, title: String, summary: String, height: Int,
                       legend: [LegendItem] = [], patterns: Int = 0, colours: [String] = ChartPalette.series,
                       draw: (inout ChartCanvas, _ top: Double) -> Void) -> SVGChart {
        let id = chartID(kind: kind, context: context)
        var canvas = ChartCanvas(width: Double(context.width), height: Double(height),
                                 rtl: context.locale.isRightToLeft, id: id, seriesColours: colours)
        canvas.definePatterns(count: patterns)
        canvas.text(title, margin, 20, size: 14, bold: true)
        let top = drawLegend(legend, on: &canvas, top: 30)
        draw(&canvas, top)
        return assemble(canvas, context: context, title: title, summary: summary, height: height)
    }

    /// A framed message instead of an empty or broken plot.
    static func noData(kind: String, context: ChartContext, title: String) -> SVGChart {
        let summary = context.strings.format("noDataSummary", ["title": title])
        let height = 160
        return render(kind: kind, context: context, title: title, summary: summary, height: height) { canvas, top in
            let w = Double(context.width) - 2 * margin
            canvas.writer.empty("rect", [("x", SVG.num(margin)), ("y", SVG.num(top + 4)), ("width", SVG.num(w)),
                                         ("height", SVG.num(Double(height) - top - 20)), ("fill", "#F7F7F7"),
                                         ("stroke", ChartPalette.grid), ("stroke-dasharray", "4 3")])
            canvas.text(context.strings["noData"], Double(context.width) / 2, (top + Double(height) - 16) / 2 + 4,
                        anchor: .middle, size: 13, fill: ChartPalette.axis)
        }
    }

    private static func assemble(_ canvas: ChartCanvas, context: ChartContext, title: String, summary: String,
                                 height: Int) -> SVGChart {
        let w = context.width
        var out = SVGWriter(capacity: canvas.writer.bytes.count + 1024)
        out.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(w) \(height)"),
                         ("width", "\(w)"), ("height", "\(height)"), ("role", "img"),
                         ("aria-labelledby", "\(canvas.id)-title \(canvas.id)-desc"), ("direction", "ltr"),
                         ("font-family", "Noto Sans, DejaVu Sans, Vazirmatn, Arial, Helvetica, sans-serif"),
                         ("font-size", "11"), ("lang", String(context.locale.identifier.map { $0 == "_" ? "-" : $0 }))])
        out.raw("\n")
        out.element("title", [("id", "\(canvas.id)-title")], text: title)
        out.element("desc", [("id", "\(canvas.id)-desc")], text: summary)
        out.empty("rect", [("width", "\(w)"), ("height", "\(height)"), ("fill", ChartPalette.background)])
        out.raw(canvas.writer)
        out.close("svg")
        return SVGChart(svg: out.out, title: title, summary: summary, width: w, height: height)
    }

    /// The y where the plot may start under the title and this legend, so a chart can size itself first.
    static func plotTop(legend: [LegendItem], width: Int) -> Double {
        var canvas = ChartCanvas(width: Double(width), height: 0, rtl: false, id: "")
        return drawLegend(legend, on: &canvas, top: 30)
    }

    /// Lays legend entries out in rows; returns the y where the plot may start.
    private static func drawLegend(_ items: [LegendItem], on canvas: inout ChartCanvas, top: Double) -> Double {
        guard !items.isEmpty else { return top + 8 }
        var x = margin, y = top + 10
        for item in items {
            let w = 16 + textWidth(item.label) + 14
            if x + w > canvas.width - margin, x > margin { x = margin; y += 16 }
            switch item.swatch {
            case .fill(let f): canvas.rect(x, y - 8, 12, 10, fill: f, stroke: ChartPalette.axis)
            case .line(let c, let dash): canvas.line(x, y - 3, x + 12, y - 3, stroke: c, width: 2.5, dash: dash)
            case .dot(let c): canvas.circle(x + 6, y - 3, 4.5, fill: c, stroke: c, opacity: 0.75)
            case .diamond(let c): canvas.diamond(x + 6, y - 3, 5, fill: c)
            }
            canvas.text(item.label, x + 16, y)
            x += w
        }
        return y + 14
    }

    static func chartID(kind: String, context: ChartContext) -> String { sanitize(context.idPrefix) + "-" + kind }

    /// Keeps ids to letters, digits, '-' and '_' so they are valid XML names.
    private static func sanitize(_ prefix: String) -> String {
        let kept = prefix.unicodeScalars.filter { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" }
        let s = String(String.UnicodeScalarView(kept))
        return s.isEmpty || !(s.first!.isLetter) ? "c" + s : s
    }
}
