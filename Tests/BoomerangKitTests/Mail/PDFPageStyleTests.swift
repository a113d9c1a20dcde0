@testable import BoomerangKit
import Testing

/// The printed dossier's page: paper by locale, and a footer no customer name can break out of.
@Suite struct PDFPageStyleTests {
    @Test(arguments: [("en_US", PaperSize.letter), ("en-CA", .letter), ("fr_CA", .letter), ("es_US@calendar=gregorian", .letter),
                      ("en_GB", .a4), ("ru_RU", .a4), ("ro_RO", .a4), ("fa_IR@numbers=latn", .a4), ("sr_Latn_RS", .a4),
                      ("zh_Hans_US", .letter), ("en", .a4), ("", .a4)])
    func paperFollowsTheRegion(locale: String, paper: PaperSize) {
        #expect(PaperSize.forLocale(locale) == paper)
    }

    @Test func footerNameIsOneCSSString() {
        #expect(PDFPageStyle.cssString("ООО «Новый Квартал»") == "\"ООО \\ab Новый Квартал\\bb \"")
        #expect(PDFPageStyle.cssString("A\"B\\C</style>\n") == "\"A\\22 B\\5c C\\3c \\2f style\\3e \\a \"")
        #expect(PDFPageStyle.cssString("شرکت\u{200C}نو") == "\"شرکت\\200c نو\"")
    }

    @Test func styleSitsBeforeTheHeadsEndAndMirrorsForRightToLeft() {
        let ltr = PDFPageStyle(paper: .a4, footer: "Acme").apply(to: "<html><head><title>x</title></head><body></body></html>")
        #expect(ltr.contains("size: A4;") && ltr.contains("@bottom-left { content: \"Acme\";"))
        #expect(ltr.contains("</style>\n</head>"))
        let rtl = PDFPageStyle(paper: .letter, footer: "Acme", rightToLeft: true, counterStyle: "persian").styleElement
        #expect(rtl.contains("size: letter;") && rtl.contains("@bottom-right { content: \"Acme\";"))
        #expect(rtl.contains("@bottom-left { content: counter(page, persian) \" / \" counter(pages, persian);"))
    }
}
