/// The presentation every chart shares, as CSS classes, so a page with several charts states it once.
/// A chart inlined in an HTML page takes these rules from the page's stylesheet
/// (templates/assets/style.css holds them verbatim; a test checks); a standalone chart (a file, or
/// what is rasterized for email) carries them in its own `<style>`.
public enum ChartStyle {
    /// The rules, one per line. Classes are used on the root and on groups only, so an element's own
    /// presentation attribute (a series colour) always wins over them.
    public static let css = """
        .bc{font-family:Noto Sans,DejaVu Sans,Vazirmatn,Arial,Helvetica,sans-serif;font-size:11px}
        .bc .bt{font-size:14px;font-weight:bold}
        .bc .ba{fill:#5A5A5A}
        .bc .bg{stroke:#E2E2E2}
        .bc .bx{stroke:#5A5A5A}
        .bc .bh{stroke:#fff;stroke-width:3px;paint-order:stroke}

        """

    /// `svg` (a chart as written for a page) with the rules in a `<style>` after its `<desc>`, so it
    /// draws the same with no stylesheet around it. Title and description are escaped, so the first
    /// `</desc>` is the element's end.
    static func standalone(_ svg: String) -> String {
        guard let end = svg.range(of: "</desc>\n") else { return svg }
        return String(svg[..<end.upperBound]) + "<style>\n" + css + "</style>\n" + String(svg[end.upperBound...])
    }

    /// Class of the root element.
    static let root = "bc"
}
