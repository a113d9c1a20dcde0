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
        // The root element and its title and description go first, so the drawing needs no second copy.
        let description = writeHead(&canvas.writer, id: id, context: context, title: title, summary: summary, height: height)
        canvas.definePatterns(count: patterns)
        canvas.text(title, margin, 20, size: 14, bold: true)
        let top = drawLegend(legend, on: &canvas, top: 30)
        draw(&canvas, top)
        var chart = SVGChart(svg: canvas.finish(), title: title, summary: summary, width: context.width, height: height,
                             language: String(decoding: context.locale.identifier.utf8.map { $0 == 0x5F ? 0x2D : $0 }, as: UTF8.self))
        chart.descriptionBytes = description
        return chart
    }

    /// A framed message instead of an empty or broken plot.
    static func noData(kind: String, context: ChartContext, title: String) -> SVGChart {
        let summary = context.strings.format("noDataSummary", ["title": title])
        let height = 160
        return render(kind: kind, context: context, title: title, summary: summary, height: height) { canvas, top in
            let w = Double(context.width) - 2 * margin
            canvas.rect(margin, top + 4, w, Double(height) - top - 20, fill: "#F7F7F7", stroke: ChartPalette.grid, dash: "4 3")
            canvas.text(context.strings["noData"], Double(context.width) / 2, (top + Double(height) - 16) / 2 + 4,
                        anchor: .middle, size: 13, fill: ChartPalette.axis)
        }
    }

    /// Returns where the description is in the bytes written (SVGChart.descriptionBytes).
    private static func writeHead(_ out: inout SVGWriter, id: String, context: ChartContext, title: String,
                                  summary: String, height: Int) -> SVGChart.DescriptionBytes {
        let w = context.width, h = height
        // No xmlns: the HTML parser puts an inline <svg> in the SVG namespace; `standalone` adds it.
        out.put("<svg viewBox=\"0 0 "); out.putInt(w); out.put(" ")
        out.putInt(h); out.put("\" width=\""); out.putInt(w); out.put("\" height=\""); out.putInt(h)
        out.put("\" role=\"img\" aria-labelledby=\""); out.putEscaped(id); out.put("-t")
        let reference = out.count
        out.put(" "); out.putEscaped(id); out.put("-d")
        let referenceEnd = out.count
        // The font and the other shared presentation come from the class (ChartStyle). The plot is laid
        // out left to right in every language (ChartCanvas mirrors it itself): a right-to-left page
        // would turn every text-anchor around, so its charts say ltr; on other pages ltr is inherited.
        out.put("\" class=\"bc\"")
        if context.locale.isRightToLeft { out.put(" direction=\"ltr\"") }
        out.put(">\n<title id=\""); out.putEscaped(id); out.put("-t\">"); out.putEscaped(title)
        out.put("</title>\n")
        let element = out.count
        out.put("<desc id=\""); out.putEscaped(id); out.put("-d\">"); out.putEscaped(summary)
        // The white background is the root's CSS background (ChartStyle); standalone adds a rectangle.
        out.put("</desc>\n")
        return SVGChart.DescriptionBytes(reference: reference..<referenceEnd, element: element..<out.count)
    }

    /// The y where the plot may start under the title and this legend, so a chart can size itself first.
    static func plotTop(legend: [LegendItem], width: Int) -> Double {
        layoutLegend(legend, width: Double(width), top: 30) { _, _, _ in }
    }

    /// Draws the legend entries in rows, swatches first and then the labels (which do not overlap
    /// them) so the labels share one group; returns the y where the plot may start.
    private static func drawLegend(_ items: [LegendItem], on canvas: inout ChartCanvas, top: Double) -> Double {
        var labels: [(String, Double, Double)] = []
        let plotTop = layoutLegend(items, width: canvas.width, top: top) { item, x, y in
            switch item.swatch {
            case .fill(let f): canvas.rect(x, y - 8, 12, 10, fill: f, stroke: ChartPalette.axis)
            case .line(let c, let dash): canvas.line(x, y - 3, x + 12, y - 3, stroke: c, width: 2.5, dash: dash)
            case .dot(let c): canvas.circle(x + 6, y - 3, 4.5, fill: c, stroke: c, opacity: 0.75)
            case .diamond(let c): canvas.diamond(x + 6, y - 3, 5, fill: c)
            }
            labels.append((item.label, x + 16, y))
        }
        for (label, x, y) in labels { canvas.text(label, x, y) }
        return plotTop
    }

    /// Lays legend entries out in rows, calling `place` with each entry's position; returns the y where
    /// the plot may start.
    private static func layoutLegend(_ items: [LegendItem], width: Double, top: Double,
                                     place: (LegendItem, Double, Double) -> Void) -> Double {
        guard !items.isEmpty else { return top + 8 }
        var x = margin, y = top + 10
        for item in items {
            let w = 16 + textWidth(item.label) + 14
            if x + w > width - margin, x > margin { x = margin; y += 16 }
            place(item, x, y)
            x += w
        }
        return y + 14
    }

    static func chartID(kind: String, context: ChartContext) -> String { sanitize(context.idPrefix) + "-" + kind }

    /// Keeps ids to letters, digits, '-' and '_' so they are valid XML names.
    private static func sanitize(_ prefix: String) -> String {
        // Fast path: an ASCII prefix that starts with a letter and needs nothing removed ("c42").
        let u = prefix.utf8
        if let f = u.first, (0x41...0x5A).contains(f) || (0x61...0x7A).contains(f),
           u.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D || $0 == 0x5F }) {
            return prefix
        }
        let kept = prefix.unicodeScalars.filter { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" }
        let s = String(String.UnicodeScalarView(kept))
        return s.isEmpty || !(s.first!.isLetter) ? "c" + s : s
    }
}
