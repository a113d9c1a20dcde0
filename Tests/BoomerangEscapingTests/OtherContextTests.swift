import Testing
import Foundation
@testable import BoomerangEscaping

@Suite struct XMLEscapingTests {
    @Test func syntaxCharactersWhateverFollowsThem() {
        let replacement = ["\"": "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;", "&": "&amp;"]
        for (c, r) in replacement {
            for j in HostileStrings.joiners { #expect(Escape.xml("\(c)\(j)") == "\(r)\(j)") }
        }
    }

    @Test func forbiddenCharactersAreDroppedAndBreaksBecomeSpaces() {
        #expect(Escape.xml("a\u{01}b\u{FFFE}c\u{FFFF}d\te\nf\rg") == "abcd e f g")
        #expect(Escape.xml("\u{EFBF}\u{FFFD}ï") == "\u{EFBF}\u{FFFD}ï")   // other EF.. sequences stay
        #expect(Escape.xml("</script>") == "&lt;/script&gt;")
    }
}

@Suite struct JavaScriptEscapingTests {
    @Test func nothingCanEndTheStringOrTheScript() {
        #expect(Escape.javaScriptString("</script>") == "\\u003c/script\\u003e")
        #expect(Escape.javaScriptString("a\u{2028}b\u{2029}c") == "a\\u2028b\\u2029c")
        #expect(Escape.javaScriptString("\"\\\n\r\t\u{01}&") == "\\\"\\\\\\n\\r\\t\\u0001\\u0026")
        for j in HostileStrings.joiners {
            #expect(Escape.javaScriptString("\"\(j)") == "\\\"\(j)")
            #expect(Escape.javaScriptString("<\(j)") == "\\u003c\(j)")
        }
        #expect(Escape.jsonString("ё\u{E2}") == "\"ё\u{E2}\"")
    }
}

@Suite struct MarkdownEscapingTests {
    /// Exactly the Markdown syntax characters (and &) get a backslash; line breaks become spaces.
    @Test func everyASCIIByte() {
        let special = Set("\\`*_{}[]<>#+|~&".utf8)
        for b in UInt8(0)..<128 {
            let c = String(UnicodeScalar(b))
            let expected = b == 10 || b == 13 ? "a é" : special.contains(b) ? "a\\" + c + "é" : "a" + c + "é"
            #expect(Escape.markdownText("a" + c + "é") == expected, "byte \(b)")
        }
    }

    @Test func joinedMarksDoNotHideSyntax() {
        for j in HostileStrings.joiners {
            #expect(Escape.markdownText("<\(j)script>") == "\\<\(j)script\\>")
            #expect(Escape.markdownLinkText("]\(j)(javascript:alert(1))") == "\\]\(j)(javascript:alert(1))")
        }
    }

    @Test func linkDestinations() {
        #expect(Escape.markdownLinkDestination("../customers/C 1 (old).html") == "../customers/C%201%20%28old%29.html")
        #expect(Escape.markdownLinkDestination("a\"b'c<d>e\\f") == "a%22b%27c%3Cd%3Ee%5Cf")
        #expect(Escape.markdownLinkDestination("JaVa\tScript:alert(1)") == "#")
    }
}

@Suite struct MailHeaderEscapingTests {
    @Test func lineBreaksCannotStartAHeader() {
        let v = Escape.mailHeaderText("Visit\r\nBcc: everyone@example.com", headerName: "Subject")
        #expect(!v.contains("\r\nBcc") && !v.contains("\nBcc"))
        #expect(v == "Visit  Bcc: everyone@example.com")
    }

    @Test func nonASCIIBecomesEncodedWordsOfWholeScalars() throws {
        // Kept out of #expect: its expansion mishandles a quote followed by a combining mark.
        let text = "Визит \"\u{0301}<script>"
        let v = Escape.mailHeaderText(text, headerName: "Subject")
        #expect(v.hasPrefix("=?utf-8?B?"))
        // Decoding the words gives the text back.
        let decoded = try v.components(separatedBy: "\r\n ").map { w -> String in
            let b64 = w.dropFirst(10).dropLast(2)
            return String(decoding: try #require(Data(base64Encoded: String(b64))), as: UTF8.self)
        }.joined()
        #expect(decoded == text)
    }

    @Test func mailboxNamesAreQuotedOrEncoded() {
        #expect(Escape.mailbox(name: "Collins, Andrew", address: "a@b.c") == "\"Collins, Andrew\" <a@b.c>")
        #expect(Escape.mailbox(name: "A \"B\" \\C", address: "a@b.c") == "\"A \\\"B\\\" \\\\C\" <a@b.c>")
        #expect(Escape.mailbox(name: "Ann\r\nBcc: x@y.z", address: "a@b.c") == "\"Ann  Bcc: x@y.z\" <a@b.c>")
    }
}

@Suite struct CSVEscapingTests {
    private func cell(_ s: String) -> String {
        var out: [UInt8] = []
        var s = s
        s.withUTF8 { Escape.csvCell($0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func quotesByByte() {
        #expect(cell("a,\u{0301}b") == "\"a,\u{0301}b\"")
        #expect(cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(cell("a\r\nb") == "\"a\r\nb\"")
        #expect(cell("plain") == "plain")
    }

    @Test func formulasAreDefused() {
        #expect(cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(cell("-12.5") == "-12.5")
    }
}
