import Foundation

/// One customer's dossier outside the site: the same page as output/customers/<id>.html,
/// made standalone (stylesheet inlined), and its Markdown copy.
extension DossierSource {
    /// The site's file stem for customer `c` (customers/<stem>.html).
    public func stem(_ c: Int) -> String { site.customerStems[c] }

    /// The dossier page with the stylesheet inlined, so it opens anywhere (and prints to PDF).
    public func standaloneHTML(_ c: Int) -> String {
        let renderer = PageRenderer(site: site, assets: [:])
        let page = PlannedPage(path: "customers/\(stem(c)).html", kind: .dossier(c))
        let html = String(decoding: renderer.render(page), as: UTF8.self)
        return Self.inlineStylesheet(html, css: stylesheet)
    }

    /// How customer `c`'s dossier prints to PDF: `paper`, or the locale's (Letter in the US and
    /// Canada, A4 elsewhere); the customer's name and page numbers in the footer, page numbers
    /// in the digits the handbook's figures use.
    public func pdfPageStyle(_ c: Int, paper: PaperSize? = nil) -> PDFPageStyle {
        let one = site.format.integer(1)
        let counter = one == "\u{06F1}" ? "persian" : one == "\u{0661}" ? "arabic-indic" : "decimal"
        return PDFPageStyle(paper: paper ?? PaperSize.forLocale(site.model.config.locale),
                            footer: site.model.customers[c].name, rightToLeft: site.dir == "rtl", counterStyle: counter)
    }

    /// The Markdown copy (customers/<stem>.md).
    public func markdown(_ c: Int) -> String {
        let renderer = PageRenderer(site: site, assets: [:])
        let page = PlannedPage(path: "customers/\(stem(c)).md", kind: .dossierMarkdown(c))
        return String(decoding: renderer.render(page), as: UTF8.self)
    }

    /// Replaces `<link rel="stylesheet" href="...">` with a `<style>` holding `css`.
    static func inlineStylesheet(_ html: String, css: String) -> String {
        guard let start = html.range(of: "<link rel=\"stylesheet\""),
              let end = html[start.upperBound...].range(of: ">") else { return html }
        // "</style" in any case inside the CSS would end the element early.
        let safe = css.replacingOccurrences(of: "</style", with: "<\\/style", options: .caseInsensitive)
        return html.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "<style>\n\(safe)</style>")
    }
}
