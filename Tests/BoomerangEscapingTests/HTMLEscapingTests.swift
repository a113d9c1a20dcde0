import Testing
@testable import BoomerangEscaping

@Suite struct HTMLEscapingTests {
    /// The bug this module fixes: a quote followed by a combining mark is one Character, and a
    /// Character-based escaper copied it into the attribute unescaped.
    @Test func quoteFollowedByCombiningMarkIsEscaped() {
        #expect(Escape.htmlAttribute("a@b.c\"\u{0301}/onmouseover=alert(1)//") == "a@b.c&quot;\u{0301}/onmouseover=alert(1)//")
    }

    @Test func everySyntaxCharacterIsEscapedWhateverFollowsIt() {
        let replacement = ["\"": "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;", "&": "&amp;"]
        for (c, r) in replacement {
            for j in HostileStrings.joiners {
                #expect(Escape.htmlText("a\(c)\(j)b") == "a\(r)\(j)b", "\(c) + U+\(String(j.unicodeScalars.first!.value, radix: 16))")
                #expect(Escape.htmlAttribute("\(c)\(j)") == "\(r)\(j)")
            }
        }
        for s in HostileStrings.joined {
            let e = Escape.htmlAttribute(s)
            #expect(!e.utf8.contains(0x22) && !e.utf8.contains(0x27) && !e.utf8.contains(0x3C) && !e.utf8.contains(0x3E), "\(e)")
        }
    }

    @Test func scriptsAndControls() {
        #expect(Escape.htmlText("</script>") == "&lt;/script&gt;")
        #expect(Escape.htmlText("a\rb\0c\u{2028}d") == "a&#13;b\u{FFFD}c\u{2028}d")
        #expect(Escape.htmlText("\u{202E}evil\u{202C}") == "\u{202E}evil\u{202C}")   // text, not markup: kept as written
        #expect(Escape.htmlText("plain – ünïcode") == "plain – ünïcode")
    }

    @Test func bytesAndStringAgree() {
        for s in HostileStrings.joined + HostileStrings.scripts {
            var out: [UInt8] = []
            var copy = s
            copy.withUTF8 { Escape.htmlText($0, into: &out) }
            #expect(String(decoding: out, as: UTF8.self) == Escape.htmlText(s))
        }
    }
}

@Suite struct URLEscapingTests {
    @Test func javascriptURLsBecomeHarmless() {
        for url in HostileStrings.javascriptURLs {
            #expect(Escape.urlAttribute(url) == "#", "\(url.debugDescription)")
            #expect(!Escape.isAllowedURL(url))
            #expect(Escape.markdownLinkDestination(url) == "#")
        }
    }

    @Test func allowedSchemesAndRelativePathsStay() {
        let allowed = ["https://example.com/a?b=1&c=2", "HTTP://x.y", "mailto:a@b.c", "tel:+1 555", "../customers/C1.html",
                       "customers/C1.html#orders", "#main", "?q=1", "/abs/path", "page.html", "ёлка/страница.html",
                       "javascript&#58;alert(1)", "1abc:x", "a/b:c"]
        for url in allowed { #expect(Escape.isAllowedURL(url), "\(url)") }
        #expect(Escape.urlAttribute("https://example.com/a?b=1&c=2\"x") == "https://example.com/a?b=1&amp;c=2&quot;x")
        // An entity-looking value stays literal text: the browser sees "javascript&#58;", a relative path.
        #expect(Escape.urlAttribute("javascript&#58;alert(1)") == "javascript&amp;#58;alert(1)")
    }
}
