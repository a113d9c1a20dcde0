@testable import BoomerangKit
import Foundation
import Testing

/// The compiled renderer on single features; each case also checks swift-mustache agrees.
@Suite struct MustacheRendererTests {
    /// Renders with ours, expects `expected`, and expects swift-mustache to print the same.
    func check(_ template: String, _ context: [String: Any], partials: [String: String] = [:], _ expected: String,
               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let ours = try MustacheReference.compiled(template, context, partials: partials)
        #expect(ours == expected, sourceLocation: sourceLocation)
        #expect(MustacheReference.reference(template, context, partials: partials) == ours, "swift-mustache differs", sourceLocation: sourceLocation)
    }

    @Test func escapesTheFiveHTMLCharacters() throws {
        let x = "<a href=\"x\">'Tom' & Jerry</a>"
        try check("{{x}}|{{{x}}}|{{& x}}", ["x": x],
                  "&lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/a&gt;|\(x)|\(x)")
    }

    /// swift-mustache escapes by Character, so "<" + U+0338 or a quote + U+0301 (one Character
    /// each) pass unescaped, and a quote ends the attribute. We escape by byte: the one place
    /// where these tests expect other bytes than the reference, and check that it still differs.
    @Test func escapingWorksOnBytesNotCharacters() throws {
        let x = "a <\u{338} b \"\u{301} onmouseover=alert(1) ü<ö & ☃"
        let template = "<p title=\"{{x}}\">{{x}}</p>"
        let ours = try MustacheReference.compiled(template, ["x": x])
        let escaped = "a &lt;\u{338} b &quot;\u{301} onmouseover=alert(1) ü&lt;ö &amp; ☃"
        // Bytes, not Strings: String == treats "<" + U+0338 and "≮" as equal.
        #expect(Array(ours.utf8) == Array("<p title=\"\(escaped)\">\(escaped)</p>".utf8))
        #expect(Array(try #require(MustacheReference.reference(template, ["x": x], partials: [:])).utf8) != Array(ours.utf8))
    }

    /// A value that starts a URL attribute is checked as a URL: a scheme other than http, https,
    /// mailto and tel becomes "#". Values later in the URL (after `mailto:`) are attribute text.
    @Test func urlAttributesAllowOnlySafeSchemes() throws {
        let template = "<a href=\"{{u}}\">1</a><img SRC='{{u}}'><a href=\"mailto:{{u}}\">2</a><a title=\"{{u}}\">3</a>"
        let ours = try MustacheReference.compiled(template, ["u": "Java\tScript:alert(1)"])
        #expect(ours == "<a href=\"#\">1</a><img SRC='#'><a href=\"mailto:Java\tScript:alert(1)\">2</a><a title=\"Java\tScript:alert(1)\">3</a>")
        let safe = try MustacheReference.compiled(template, ["u": "../customers/C1.html?a=1&b=\"2\""])
        let e = "../customers/C1.html?a=1&amp;b=&quot;2&quot;"
        #expect(safe == "<a href=\"\(e)\">1</a><img SRC='\(e)'><a href=\"mailto:\(e)\">2</a><a title=\"\(e)\">3</a>")
        // Triple mustaches stay raw: they are for markup the handbook made itself.
        #expect(try MustacheReference.compiled("<a href=\"{{{u}}}\">", ["u": "javascript:x"]) == "<a href=\"javascript:x\">")
    }

    @Test func numbersAndBooleansPrintAsSwiftDoes() throws {
        try check("{{i}} {{d}} {{w}} {{b}} {{n}}", ["i": 42, "d": 1.5, "w": 2.0, "b": true, "n": -7], "42 1.5 2.0 true -7")
    }

    @Test func dottedNamesAndTheContextStack() throws {
        let context: [String: Any] = [
            "name": "outer", "a": ["b": ["c": "deep"]] as [String: Any],
            "items": [["name": "one"], ["other": "x"]] as [[String: Any]],
        ]
        try check("{{a.b.c}} {{#a}}{{b.c}} {{name}}{{/a}} {{#items}}[{{name}}]{{/items}} {{a.x.c}}.", context,
                  "deep deep outer [one][outer] .")
        // A leading dot looks only at the current context.
        try check("{{#items}}[{{.name}}]{{/items}}", context, "[one][]")
        try check("{{#list}}{{.}},{{/list}}", ["list": ["a", "b"] as [Any]], "a,b,")
    }

    @Test func falsyValuesSkipSectionsAndShowInvertedOnes() throws {
        let context: [String: Any] = ["f": false, "empty": [Any](), "null": NSNull(), "blank": EmptyText(),
                                      "t": true, "s": "", "zero": 0, "list": [1, 2] as [Any]]
        for name in ["f", "empty", "null", "blank", "missing"] {
            try check("{{#\(name)}}yes{{/\(name)}}{{^\(name)}}no{{/\(name)}}", context, "no")
        }
        // An empty string and 0 are values: the section renders (inside them).
        for name in ["t", "s", "zero"] {
            try check("{{#\(name)}}yes{{/\(name)}}{{^\(name)}}no{{/\(name)}}", context, "yes")
        }
        try check("{{#list}}<{{.}}>{{/list}}", context, "<1><2>")
        try check("{{null}}|{{blank}}|{{missing}}|{{s}}", context, "|||")
    }

    @Test func anEmptyValueHidesTheOuterOne() throws {
        let context: [String: Any] = ["note": "outer", "row": ["note": EmptyText()] as [String: Any]]
        try check("{{#row}}[{{note}}]{{#note}}x{{/note}}{{/row}}", context, "[]")
    }

    @Test func standaloneTagsTakeTheirLineWithThem() throws {
        let template = "a\n  {{#s}}\n  b\n  {{/s}}\n{{! note }}\n  {{^s}}  \nno\n{{/s}}\nc {{#s}}d{{/s}} e\n"
        try check(template, ["s": true], "a\n  b\nc d e\n")
        try check("{{#s}}\r\nx\r\n{{/s}}\r\n", ["s": true], "x\r\n")
        try check("  {{#s}}x{{/s}}  \n", ["s": true], "  x  \n")
        try check("{{#s}}\n{{/s}}", ["s": true], "")
    }

    @Test func standalonePartialsIndentTheirLines() throws {
        let partials = ["p": "one\n{{x}}\n\n  {{>q}}\nend", "q": "q1\nq2\n"]
        try check("begin\n  {{>p}}\nafter\n", ["x": "X"], partials: partials,
                  "begin\n  one\n  X\n  \n    q1\n    q2\n  endafter\n")
        // Inline partials are not indented.
        try check("> {{>q}}|", [:], partials: partials, "> q1\nq2\n|")
        // swift-mustache indents per rendering of a block: a list item does not indent
        // the next item's first line.
        try check("  {{>r}}\n", ["items": ["a", "b"] as [Any]], partials: ["r": "{{#items}}\n- {{.}}\n{{/items}}\n"],
                  "  - a\n- b\n")
    }

    @Test func setDelimiterAndTextPragma() throws {
        try check("{{=<% %>=}}<% x %> {{x}} <%={{ }}=%>{{x}}", ["x": "1"], "1 {{x}} 1")
        try check("{{% CONTENT_TYPE: TEXT}}\n{{x}} {{>p}}", ["x": "<b>"], partials: ["p": "{{x}}"], "<b> &lt;b&gt;")
    }

    @Test func syntaxErrorsSayWhereAndWhat() throws {
        func error(_ text: String) -> (Int, Int, String)? {
            do { _ = try MustacheCompiler.compile(text); return nil } catch {
                let (line, column) = error.position(in: text)
                return (line, column, error.message)
            }
        }
        let unclosed = try #require(error("<p>\n  {{#items}}\n{{x}}\n"))
        #expect(unclosed.0 == 2 && unclosed.1 == 3)
        #expect(unclosed.2 == "section 'items' is opened but never closed (expected {{/items}})")
        let mismatched = try #require(error("{{#a}}\n{{#b}}x{{/a}}{{/b}}"))
        #expect(mismatched.0 == 2 && mismatched.1 == 8)
        #expect(mismatched.2 == "{{/a}} does not match the open section 'b' (opened at line 2, column 1)")
        let stray = try #require(error("x {{/a}}"))
        #expect(stray.2 == "{{/a}} closes a section that was never opened")
        let tag = try #require(error("é {{name\nmore"))
        #expect(tag.0 == 1 && tag.1 == 3 && tag.2.contains("not closed"))
        #expect(try #require(error("{{x")).2.contains("not closed"))
        #expect(try #require(error("{{{x}}")).2.contains("not closed"))
        #expect(try #require(error("{{! x")).2.contains("comment is not closed"))
        #expect(try #require(error("{{upper(x)}}")).2.contains("not supported"))
        #expect(try #require(error("{{% CONTENT_TYPE: PDF}}")).2.contains("unknown content type"))
    }

    /// Random templates from a small grammar, rendered both ways with a seeded generator.
    @Test func randomTemplatesMatchSwiftMustache() throws {
        var rng = SeededRandom(state: 20261201)
        let pieces = ["{{#a}}", "{{/a}}", "{{^a}}", "{{#list}}", "{{/list}}", "{{^list}}", "{{#b}}", "{{/b}}",
                      "{{x}}", "{{{y}}}", "{{.}}", "{{! c }}", "{{>p}}", "{{>q}}", "\n", "\n", "\r\n", "  ", "\t", "text", " & ",
                      "{{n}}", "{{none}}", "{{#empty}}", "{{/empty}}", "{{^empty}}", "{{a.x}}"]
        let partials = ["p": "P{{x}}\n  {{>q}}\n", "q": "{{#list}}\nq{{.}}\n{{/list}}\n"]
        let contexts: [[String: Any]] = [
            ["a": ["x": "<ax>"] as [String: Any], "list": ["1", "2"] as [Any], "b": true, "x": "<x>", "y": "'y'", "n": 3,
             "empty": [Any]()],
            ["a": false, "list": [["x": "in"]] as [[String: Any]], "b": EmptyText(), "x": "", "n": 2.5, "empty": NSNull()],
        ]
        var compared = 0
        for _ in 0..<400 {
            var template = ""
            for _ in 0..<Int.random(in: 1...14, using: &rng) { template += pieces.randomElement(using: &rng)! }
            for context in contexts {
                guard let expected = MustacheReference.reference(template, context, partials: partials) else { continue }
                let ours = try? MustacheReference.compiled(template, context, partials: partials)
                #expect(ours == expected, "template: \(template.debugDescription)")
                compared += 1
            }
        }
        #expect(compared > 100)
    }
}
