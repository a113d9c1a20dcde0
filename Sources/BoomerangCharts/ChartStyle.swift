/// The presentation every chart shares, as CSS classes, so a page with several charts states it once.
/// A chart inlined in an HTML page takes these rules from the page's stylesheet
/// (templates/assets/style.css holds them verbatim; a test checks); a standalone chart (a file, or
/// what is rasterized for email) carries them in its own `<style>`.
public enum ChartStyle {
    /// The rules, one per line. Classes are used on the root and on groups, so an element's own
    /// presentation attribute (a series colour) always wins over them, and for the styles every
    /// dossier's timeline draws (MarkStyle.named) on marks that then carry no presentation of their own.
    public static let css = """
        .bc{background:#fff;font-family:Noto Sans,DejaVu Sans,Vazirmatn,Arial,Helvetica,sans-serif;font-size:11px}
        .bc .bt{font-size:14px;font-weight:bold}
        .bc .ba{fill:#5A5A5A}
        .bc .bg{stroke:#E2E2E2}
        .bc .bx{stroke:#5A5A5A}
        .bc .bh{stroke:#fff;stroke-width:3px;paint-order:stroke}
        .bc .bn{stroke:#1F1F1F;stroke-width:1.5px}
        .bc .be{stroke:#009E73;stroke-width:1.5px;stroke-dasharray:5 3}
        .bc .bl{stroke:#D55E00;stroke-width:1.5px;stroke-dasharray:2 2}
        .bc .bp{fill:#0072B2;fill-opacity:.55;stroke:#0072B2}

        """

    /// `svg` (a chart as written for a page) with the SVG namespace an XML document needs, its
    /// language (which a page states for it), the rules in a `<style>` after its `<desc>`, and its
    /// white background as a rectangle (SVG renderers paint no CSS background on the root), so it
    /// draws the same with no page around it. Title and description are escaped, so the first
    /// `</desc>` is the element's end.
    static func standalone(_ svg: String, width: Int, height: Int, language: String) -> String {
        guard svg.hasPrefix("<svg "), let end = svg.range(of: "</desc>\n") else { return svg }
        let background = "<rect width=\"\(width)\" height=\"\(height)\" fill=\"\(ChartPalette.background)\"/>\n"
        var root = SVGWriter()
        root.put("<svg xmlns=\"http://www.w3.org/2000/svg\""); root.attr("lang", language)
        return root.out + String(svg[svg.index(svg.startIndex, offsetBy: 4)..<end.upperBound])
            + "<style>\n" + css + "</style>\n" + background + String(svg[end.upperBound...])
    }
}
