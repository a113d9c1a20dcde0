import Testing
@testable import BoomerangKit

private func num(_ s: String) -> Double? { ValueParsing.number(s) }

@Suite struct ValueParsingTests {
    /// The e-mail check of customers.csv, managers.csv and mail_from, with the reason it gives.
    @Test func emailShapes() {
        for good in ["a@b.c", "office1@customer.example", "имя@пример.рф", "x.y+z@mail.co.uk", "o'brien@x.ie", "boomerang@localhost"] {
            #expect(EmailAddress.problem(good) == nil, "\(good)")
        }
        let bad: [(String, String)] = [
            ("@b.c", "nothing before the @"), ("a@", "the domain after the @ has no dot"), ("a@b", "the domain after the @ has no dot"),
            ("a@b.", "an empty part in the domain"), ("a b@c.d", "a space (U+0020) at character 2"),
            ("a@b@c.d", "it has more than one @"), ("name.example.com", "it has no @"),
            ("a@b.c\"\u{301}/onmouseover=alert(1)//", "'\"' (U+0022) at character 6"),
            ("a\u{301}@b.c", "a combining mark (U+0301) at character 2"), ("a@b.c\u{200D}", "an invisible formatting character (U+200D) at character 6"),
            ("a\u{202E}@b.c", "an invisible formatting character (U+202E) at character 2"), ("<a@b.c>", "'<' (U+003C) at character 1"),
            ("a\u{07}@b.c", "a control character (U+0007) at character 2"), ("a..b@c.d", "a misplaced dot before the @"),
            ("a@-b.c", "a domain part starting or ending with -"), ("a@b_c.d", "'_' (U+005F) in the domain"),
        ]
        for (address, why) in bad { #expect(EmailAddress.problem(address) == why, "\(address.debugDescription)") }
    }

    @Test func days() {
        #expect(ValueParsing.day("2024-02-29") == .success(Day(year: 2024, month: 2, day: 29)!))
        #expect(ValueParsing.day("2023-02-30") == .failure(ValueError(
            "not a date: expected YYYY-MM-DD, found \"2023-02-30\" (February 2023 has 28 days)")))
        #expect(ValueParsing.day("31.02.2025") == .failure(ValueError(
            "not a date: expected YYYY-MM-DD, found \"31.02.2025\" (looks like day.month.year or month.day.year; write the year first: YYYY-MM-DD)")))
        #expect(ValueParsing.day("2024-1-5") == .failure(ValueError("not a date: expected YYYY-MM-DD, found \"2024-1-5\"")))
        #expect(ValueParsing.day("") == .failure(ValueError("not a date: expected YYYY-MM-DD, found \"\"")))
        #expect(ValueParsing.day("2024-13-01") == .failure(ValueError("not a date: expected YYYY-MM-DD, found \"2024-13-01\"")))
    }

    @Test func numbers() {
        #expect(num("12.50") == 12.5)
        #expect(num("-3") == -3)
        #expect(num("+0.1") == 0.1)
        #expect(num(".5") == 0.5)
        #expect(num("1e3") == 1000)
        #expect(num("123456789012345678901") == 123456789012345678901)
        #expect(num("0.30000000000000004") == 0.30000000000000004)
        for bad in ["", "-", ".", "12,50", "1 000", "inf", "nan", "0x10", "1e", "12.5.1", "$5"] { #expect(num(bad) == nil, "\(bad)") }
    }

    @Test func numberHints() {
        #expect(ValueParsing.numberMessage("12,50") == "expected a number, found \"12,50\" (looks like a decimal comma; use a dot: 12.50)")
        #expect(ValueParsing.numberMessage("1,234.50") == "expected a number, found \"1,234.50\" (remove the thousands separators: 1234.50)")
        #expect(ValueParsing.numberMessage("1 234") == "expected a number, found \"1 234\" (remove the spaces between digits: 1234)")
        #expect(ValueParsing.numberMessage("$5") == "expected a number, found \"$5\" (leave out the currency sign; the currency is set in content/handbook.yml)")
        #expect(ValueParsing.numberMessage("lots") == "expected a number, found \"lots\"")
    }

    @Test func flagsAndQuoting() {
        #expect(ValueParsing.flag("Yes") == true)
        #expect(ValueParsing.flag("0") == false)
        #expect(ValueParsing.flag("maybe") == nil)
        #expect(ValueParsing.quoted("a\"b\nc") == "\"a\\\"b\\nc\"")
        #expect(ValueParsing.quoted(String(repeating: "x", count: 100)) == "\"" + String(repeating: "x", count: 60) + "…\"")
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "titel", in: ConfigLoader.keys) == "title")
        #expect(Suggestion.closest(to: "zzz", in: ConfigLoader.keys) == nil)
    }
}
