/// One rendered chart: the SVG document plus the texts a page or an email needs around it.
public struct SVGChart: Sendable, Equatable {
    /// The SVG document for an HTML page whose stylesheet holds `ChartStyle.css`
    /// (templates/assets/style.css): no external references, no scripts, no `<style>` of its own.
    public private(set) var svg: String
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

    /// Where the `<desc>` and the root's reference to it are in `svg`'s UTF-8 bytes (set by the
    /// chart frame; empty for a chart made elsewhere).
    public struct DescriptionBytes: Sendable, Equatable {
        /// " <id>-d" in the root's aria-labelledby.
        var reference: Range<Int> = 0..<0
        /// The `<desc>` element and its line break.
        var element: Range<Int> = 0..<0
    }
    /// Set once by the frame that wrote `svg` (which is why `svg` cannot be changed afterwards).
    public internal(set) var descriptionBytes = DescriptionBytes()

    /// The page form for a page that states `summary` beside the chart (as its `<figcaption>`, or
    /// in the facts listed right above it): without `<desc>`, named by its title alone, so a
    /// screen reader hears the summary once and the page carries it once. Cut by the byte
    /// ranges the frame noted while writing (a text search here was 8 % of a build's CPU).
    public var svgWithoutDescription: String {
        let d = descriptionBytes
        guard !d.element.isEmpty, d.reference.upperBound <= d.element.lowerBound else { return svg }
        return svg.utf8.withContiguousStorageIfAvailable { b -> String in
            guard d.element.upperBound <= b.count else { return svg }
            var out: [UInt8] = []
            out.reserveCapacity(b.count - d.reference.count - d.element.count)
            out += b[..<d.reference.lowerBound]
            out += b[d.reference.upperBound..<d.element.lowerBound]
            out += b[d.element.upperBound...]
            return String(decoding: out, as: UTF8.self)
        } ?? svg
    }

    /// The same document made self-contained (the shared rules in its own `<style>`), for a file of
    /// its own or a rasterizer: the same picture with no page around it.
    public var standaloneSVG: String { ChartStyle.standalone(svg, width: width, height: height, language: language) }
}

/// Namespace of the chart builders (one `Charts+Kind.swift` file per chart).
public enum Charts {}
