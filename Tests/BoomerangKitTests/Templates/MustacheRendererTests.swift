@testable import BoomerangKit
import Foundation
import Testing

/// The compiled renderer on single features; where the typed semantics are Mustache's, each
/// case also checks that swift-mustache agrees.
@Suite struct MustacheRendererTests {
    /// Renders with ours, expects `expected`, and expects swift-mustache to print the same.
    func check(_ template: String, _ context: [String: Any], partials: [String: String] = [:], _ expected: String,
               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let ours = try MustacheReference.compiled(template, context, partials: partials)
        #expect(ours == expected, sourceLocation: sourceLocation)
        #expect(MustacheReference.reference(template, context, partials: partials) == ours, "swift-mustache differs", sourceLocation: sourceLocation)
    }

    /// Text from data is escaped whatever the tag; markup is inserted as it is whatever the tag.
    /// (swift-mustache, which knows no types, leaves triple mustaches raw.)
    @Test func textIsEscapedAndMarkupIsNot() throws {
        let x = "<a href=\"x\">'Tom' & Jerry</a>"
        let escaped = "&lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/a&gt;"
        try check("{{x}}", ["x": x], escaped)
        #expect(try MustacheReference.compiled("{{x}}|{{{x}}}|{{& x}}", ["x": x]) == "\(escaped)|\(escaped)|\(escaped)")
        #expect(try MustacheReference.compiled("{{m}}|{{{m}}}", ["m": x], markup: ["m"]) == "\(x)|\(x)")
    }

    /// The output decides how text is escaped: HTML, Markdown, or not at all in plain text.
    @Test func outputKindsEscapeTextTheirOwnWay() throws {
        let context: [String: Any] = ["x": "*a* <b> & [c](d)", "m": "**kept**"]
        let template = "{{x}}|{{{x}}}|{{m}}"
        #expect(try MustacheReference.compiled(template, context, markup: ["m"], output: .markdown)
                == "\\*a\\* \\<b\\> \\& \\[c\\](d)|\\*a\\* \\<b\\> \\& \\[c\\](d)|**kept**")
        #expect(try MustacheReference.compiled(template, context, markup: ["m"], output: .text) == "*a* <b> & [c](d)|*a* <b> & [c](d)|**kept**")
    }

    /// swift-mustache escapes by Character, so "<" + U+0338 or a quote + U+0301 (one Character
    /// each) pass unescaped, and a quote ends the attribute. We escape by byte.
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
    /// mailto and tel becomes "#", with double or triple mustaches. Values later in the URL
    /// (after `mailto:`) are attribute text.
    @Test func urlAttributesAllowOnlySafeSchemes() throws {
        let template = "<a href=\"{{u}}\">1</a><img SRC='{{u}}'><a href=\"mailto:{{u}}\">2</a><a title=\"{{u}}\">3</a>"
        let ours = try MustacheReference.compiled(template, ["u": "Java\tScript:alert(1)"])
        #expect(ours == "<a href=\"#\">1</a><img SRC='#'><a href=\"mailto:Java\tScript:alert(1)\">2</a><a title=\"Java\tScript:alert(1)\">3</a>")
        let safe = try MustacheReference.compiled(template, ["u": "../customers/C1.html?a=1&b=\"2\""])
        let e = "../customers/C1.html?a=1&amp;b=&quot;2&quot;"
        #expect(safe == "<a href=\"\(e)\">1</a><img SRC='\(e)'><a href=\"mailto:\(e)\">2</a><a title=\"\(e)\">3</a>")
        #expect(try MustacheReference.compiled("<a href=\"{{{u}}}\">", ["u": "javascript:x"]) == "<a href=\"#\">")
    }

    @Test func flagsPrintAsSwiftDoes() throws {
        try check("{{b}} {{c}}", ["b": true, "c": false], "true false")
    }

    @Test func dottedNamesAndTheContextStack() throws {
        let context: [String: Any] = [
            "name": "outer", "a": ["b": ["c": "deep"]] as [String: Any],
            "items": [["name": "one"], ["other": "x"]] as [[String: Any]],
        ]
        try check("{{a.b.c}} {{#a}}{{b.c}} {{name}}{{/a}} {{#items}}[{{other}}]{{/items}}.", context, "deep deep outer [][x].")
        // A leading dot looks only at the current context.
        try check("{{#items}}[{{.name}}]{{/items}}", context, "[one][]")
        try check("{{#name}}<{{.}}>{{/name}}", context, "<outer>")
    }

    /// An item's empty text hides the outer value of the same name, and skips its section.
    @Test func anEmptyValueHidesTheOuterOne() throws {
        let context: [String: Any] = ["note": "outer", "row": ["note": ""] as [String: Any]]
        #expect(try MustacheReference.compiled("{{#row}}[{{note}}]{{#note}}x{{/note}}{{/row}}", context) == "[]")
    }

    @Test func emptyValuesSkipSectionsAndShowInvertedOnes() throws {
        let context: [String: Any] = ["f": false, "empty": [[String: Any]](), "s": "", "t": true, "x": "y", "list": [["v": "1"], ["v": "2"]]]
        for name in ["f", "empty", "s"] {
            #expect(try MustacheReference.compiled("{{#\(name)}}yes{{/\(name)}}{{^\(name)}}no{{/\(name)}}", context) == "no")
        }
        for name in ["t", "x", "list"] {
            #expect(try MustacheReference.compiled("{{#\(name)}}yes{{/\(name)}}{{^\(name)}}no{{/\(name)}}", context).hasPrefix("yes"))
        }
        try check("{{#list}}<{{v}}>{{/list}}{{#has_list}}!{{/has_list}}{{^has_empty}}?{{/has_empty}}", context.merging(["has_list": true, "has_empty": false]) { $1 }, "<1><2>!?")
        #expect(try MustacheReference.compiled("{{#has_list}}!{{/has_list}}{{^has_empty}}?{{/has_empty}}", context) == "!?")
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
        try check("> {{>q}}|", ["x": ""], partials: partials, "> q1\nq2\n|")
        // swift-mustache indents per rendering of a block: a list item does not indent
        // the next item's first line.
        try check("  {{>r}}\n", ["items": [["v": "a"], ["v": "b"]]], partials: ["r": "{{#items}}\n- {{v}}\n{{/items}}\n"],
                  "  - a\n- b\n")
    }

    /// Set delimiters as Mustache has them; the TEXT pragma no longer unescapes data (only the
    /// strings file's texts, which belong to the templates).
    @Test func setDelimiterAndTextPragma() throws {
        try check("{{=<% %>=}}<% x %> {{x}} <%={{ }}=%>{{x}}", ["x": "1"], "1 {{x}} 1")
        let strings = ["k": "<i>"]
        #expect(try MustacheReference.compiled("{{% CONTENT_TYPE: TEXT}}\n{{x}} {{t.k}} {{>p}}", ["x": "<b>"], partials: ["p": "{{t.k}}"], strings: strings)
                == "&lt;b&gt; <i> &lt;i&gt;")
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

    /// Random templates from a small grammar, rendered both ways with a seeded generator; the
    /// names are all known, so every template binds.
    @Test func randomTemplatesMatchSwiftMustache() throws {
        var rng = SeededRandom(state: 20261201)
        let pieces = ["{{#a}}", "{{/a}}", "{{^a}}", "{{#list}}", "{{/list}}", "{{^list}}", "{{#b}}", "{{/b}}",
                      "{{x}}", "{{! c }}", "{{>p}}", "{{>q}}", "\n", "\n", "\r\n", "  ", "\t", "text", " & ",
                      "{{n}}", "{{#empty}}", "{{/empty}}", "{{^empty}}", "{{a.x}}", "{{#x}}[{{.}}]{{/x}}"]
        let partials = ["p": "P{{x}}\n  {{>q}}\n", "q": "{{#list}}\nq{{x}}\n{{/list}}\n"]
        let contexts: [[String: Any]] = [
            ["a": ["x": "<ax>"] as [String: Any], "list": [["x": "1"], ["x": "2"]], "b": true, "x": "<x>", "n": "3",
             "empty": [[String: Any]]()],
            ["a": ["x": "a2"] as [String: Any], "list": [["x": "in"]], "b": false, "x": "x2", "n": "2.5", "empty": [[String: Any]]()],
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
