/// One rendered chart: the SVG document plus the texts a page or an email needs around it.
public struct SVGChart: Sendable, Equatable {
    /// The SVG document for an HTML page whose stylesheet holds `ChartStyle.css`
    /// (templates/assets/style.css): no external references, no scripts, no `<style>` of its own.
    public var svg: String
    /// The chart's title, as in `<title>`.
    public var title: String
    /// One-line text summary of what the chart shows, as in `<desc>`; usable as email alt text.
    public var summary: String
    public var width: Int
    public var height: Int
    /// The language of its texts (BCP 47, e.g. en-US). The page form leaves it to the page around
    /// it, which is in the handbook's language too; the standalone form states it.
    public var language: String

    public init(svg: String, title: String, summary: String, width: Int, height: Int, language: String) {
        self.svg = svg; self.title = title; self.summary = summary; self.width = width; self.height = height
        self.language = language
    }

    /// The page form for a page that states `summary` beside the chart (as its `<figcaption>`, or
    /// in the facts listed right above it): without `<desc>`, named by its title alone, so a
    /// screen reader hears the summary once and the page carries it once. Title and description
    /// are escaped, so the first `</desc>` is the element's end.
    public var svgWithoutDescription: String {
        guard let open = svg.range(of: "\n<desc id=\""), let close = svg.range(of: "</desc>\n", range: open.upperBound..<svg.endIndex),
              let idEnd = svg.range(of: "\">", range: open.upperBound..<close.lowerBound) else { return svg }
        let descID = svg[open.upperBound..<idEnd.lowerBound]
        let root = svg[..<open.lowerBound].replacingOccurrences(of: " \(descID)\"", with: "\"")
        return root + "\n" + svg[close.upperBound...]
    }

    /// The same document made self-contained (the shared rules in its own `<style>`), for a file of
    /// its own or a rasterizer: the same picture with no page around it.
    public var standaloneSVG: String { ChartStyle.standalone(svg, width: width, height: height, language: language) }
}

/// Namespace of the chart builders (one `Charts+Kind.swift` file per chart).
public enum Charts {}
