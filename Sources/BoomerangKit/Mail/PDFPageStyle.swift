/// The printed dossier's page box: paper size, margins, and a footer with the customer's name
/// and "page / pages", as CSS `@page` margin boxes that Chromium prints with
/// `--print-to-pdf` (no DevTools session needed). Added to the page only when printing a PDF:
/// a browser's own print dialog keeps the reader's paper and footer settings.
public struct PDFPageStyle: Sendable, Equatable {
    public var paper: PaperSize
    /// Shown at the start of the footer: the customer's name.
    public var footer: String
    public var rightToLeft: Bool
    /// The CSS counter style for page numbers (`persian` on a page with Persian digits).
    public var counterStyle: String

    public init(paper: PaperSize, footer: String, rightToLeft: Bool = false, counterStyle: String = "decimal") {
        self.paper = paper
        self.footer = footer
        self.rightToLeft = rightToLeft
        self.counterStyle = counterStyle
    }

    /// The `<style>` element. Margin boxes are physical (left, right): on a right-to-left page
    /// the name goes right, where the reader starts.
    public var styleElement: String {
        let (start, end) = rightToLeft ? ("right", "left") : ("left", "right")
        let box = "font: 9pt system-ui, \"Noto Sans\", sans-serif; color: #5b6573;"
        return """
            <style>
            @page {
              size: \(paper.css);
              margin: 14mm 14mm 16mm;
              @bottom-\(start) { content: \(Self.cssString(footer)); \(box) }
              @bottom-\(end) { content: counter(page, \(counterStyle)) " / " counter(pages, \(counterStyle)); \(box) }
            }
            </style>
            """
    }

    /// A CSS string literal holding `text`: letters, digits and spaces as they are, anything
    /// else (quotes, backslashes, `<`, line breaks, direction controls) as a hex escape, so a
    /// name can neither end the string nor the `<style>` element.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for u in text.unicodeScalars {
            switch u.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .nonspacingMark, .spacingMark:
                out.unicodeScalars.append(u)
            default:
                out += u == " " ? " " : "\\" + String(u.value, radix: 16) + " "
            }
        }
        return out + "\""
    }

    /// Puts the style just before `</head>` (after the page's own stylesheet, so it wins).
    func apply(to html: String) -> String {
        guard let head = html.range(of: "</head>") else { return styleElement + html }
        return html.replacingCharacters(in: head.lowerBound..<head.lowerBound, with: styleElement + "\n")
    }
}
