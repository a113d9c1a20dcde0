import Testing
@testable import BoomerangKit

@Suite struct MarkdownTests {
    @Test func gfmExtensions() {
        let html = Markdown.html("""
            | a | b |
            |---|---|
            | 1 | 2 |

            - [ ] todo
            - [x] done

            Visit www.example.com and ~~old~~ text.
            """, allowRawHTML: false)
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>1</td>"))
        #expect(html.contains("<input type=\"checkbox\" disabled=\"\" />"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" />"))
        #expect(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
        #expect(html.contains("<del>old</del>"))
    }

    @Test func rawHTMLFilteredUnlessAllowed() {
        let md = "<script>alert(1)</script>\n\nHi <b>there</b> [x](javascript:alert(1))\n"
        let safe = Markdown.html(md, allowRawHTML: false)
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("<b>"))
        #expect(!safe.contains("javascript:"))
        #expect(safe.contains("raw HTML omitted"))
        let raw = Markdown.html(md, allowRawHTML: true)
        #expect(raw.contains("<b>there</b>"))
        // The tag filter still defuses <script> when raw HTML is allowed.
        #expect(raw.contains("&lt;script>"))
    }

    @Test func parallelRenderingKeepsAutolinks() async {
        let results = await withTaskGroup(of: Bool.self) { group in
            for i in 0..<200 {
                group.addTask { Markdown.html("Item \(i): https://example.com/\(i)", allowRawHTML: false).contains("<a href=\"https://example.com/\(i)\">") }
            }
            var all: [Bool] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 200 && results.allSatisfy { $0 })
    }
}
