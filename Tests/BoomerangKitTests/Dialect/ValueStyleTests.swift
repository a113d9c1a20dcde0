import Testing
@testable import BoomerangKit

private func number(_ text: String, _ style: NumberStyle) -> Double? {
    var t = text
    return t.withUTF8 { style.number($0) }
}

private func day(_ text: String, _ format: String) throws -> Day? {
    let pattern = try DatePattern.compile(format).get()
    var t = text
    return t.withUTF8 { pattern.day($0) }
}

@Suite struct ValueStyleTests {
    static let russian = NumberStyle(decimal: 0x2C, thousands: .space)

    @Test func groupedNumbersWithDecimalComma() {
        for text in ["12 345,50", "12\u{A0}345,50", "12\u{202F}345,50", "12345,50", "12345,5"] {
            #expect(number(text, Self.russian) == 12345.5, "\(text)")
        }
        #expect(number("-1 234 567,25", Self.russian) == -1234567.25)
        #expect(number("0,1", Self.russian) == 0.1)
        #expect(number("1,5E3", Self.russian) == 1500)
        let us = NumberStyle(decimal: 0x2E, thousands: .comma)
        #expect(number("1,234,567.89", us) == 1234567.89)
        #expect(number("1234.5", .plain) == 1234.5)
    }

    /// Grouping is checked: a stray separator is an error, never a silently different amount.
    @Test func badGroupingIsNotANumber() {
        let german = NumberStyle(decimal: 0x2C, thousands: .dot)
        #expect(number("1.234,5", german) == 1234.5)
        for text in ["1.5", "1.23,5", "12.3456", "1..234", ".234", "1.234.", "12.50,0.1"] {
            #expect(number(text, german) == nil, "\(text)")
        }
        #expect(number("12.50", Self.russian) == nil)
        #expect(number("1 23", Self.russian) == nil)
        #expect(number("1,234", .plain) == nil)
    }

    @Test func messagesSayWhichSettingReadsTheValue() {
        #expect(NumberStyle.plain.message("12,50") == #"expected a number, found "12,50" (looks like a decimal comma: set decimal: "," under data: in content/handbook.yml, or write 12.50)"#)
        #expect(NumberStyle.plain.message("12\u{A0}345,50") == "expected a number, found \"12\u{A0}345,50\" (looks like a decimal comma: set decimal: \",\" under data: in content/handbook.yml, or write 12345.50)")
        #expect(NumberStyle.plain.message("12 345") == #"expected a number, found "12 345" (looks like digits grouped with spaces: set thousands: " " under data: in content/handbook.yml)"#)
        #expect(NumberStyle.plain.message("1,234.50") == #"expected a number, found "1,234.50" (looks like digits grouped with commas: set thousands: "," under data: in content/handbook.yml, or write 1234.50)"#)
        #expect(Self.russian.message("12.50") == #"expected a number like 12 345,50, found "12.50" (a decimal point, but this file is set to decimal: ","; write 12,50)"#)
        #expect(Self.russian.message("1 23,5") == #"expected a number like 12 345,50, found "1 23,5" (digits are grouped in threes with " ", decimals after ",")"#)
        let decimalCommaOnly = NumberStyle(decimal: 0x2C, thousands: .none)
        #expect(decimalCommaOnly.message("1.234,50") == #"expected a number like 12345,50, found "1.234,50" (looks like digits grouped with ".": set thousands: "." under data: in content/handbook.yml)"#)
        #expect(Self.russian.message("много") == #"expected a number like 12 345,50, found "много""#)
    }

    @Test func datePatterns() throws {
        #expect(try day("31.01.2025", "dd.MM.yyyy") == Day(year: 2025, month: 1, day: 31))
        #expect(try day("1.2.2025", "dd.MM.yyyy") == Day(year: 2025, month: 2, day: 1))
        #expect(try day("31.01.2025 0:00:00", "dd.MM.yyyy") == Day(year: 2025, month: 1, day: 31))
        #expect(try day("01/31/2025", "MM/dd/yyyy") == Day(year: 2025, month: 1, day: 31))
        #expect(try day("20250131", "yyyyMMdd") == Day(year: 2025, month: 1, day: 31))
        #expect(try day("2025-01-31", "yyyy-MM-dd") == Day(year: 2025, month: 1, day: 31))
        #expect(try day("31.01.25", "dd.MM.yyyy") == nil)
        #expect(try day("31.01.2025x", "dd.MM.yyyy") == nil)
        #expect(try day("29.02.2025", "dd.MM.yyyy") == nil)
        #expect(try day("2025-01-31", "dd.MM.yyyy") == nil)
    }

    @Test func badPatternsAreRefused() {
        #expect(DatePattern.compile("dd.MM.yy").failureMessage == #"the year is written yyyy (four digits), found "dd.MM.yy""#)
        #expect(DatePattern.compile("dd MMM yyyy").failureMessage == #"months are MM or M (month names are not read), found "dd MMM yyyy""#)
        #expect(DatePattern.compile("dd.MM").failureMessage == #"a date format needs yyyy, MM and dd once each, found "dd.MM""#)
    }

    @Test func dateMessagesSuggestTheFormat() throws {
        let iso = DatePattern.iso, ru = try DatePattern.compile("dd.MM.yyyy").get()
        let hint = "under data: in content/handbook.yml"
        #expect(iso.message("31.01.2025") == #"not a date: expected YYYY-MM-DD, found "31.01.2025" (looks like day.month.year: set date_format: dd.MM.yyyy \#(hint))"#)
        #expect(iso.message("01/31/2025") == #"not a date: expected YYYY-MM-DD, found "01/31/2025" (looks like month/day/year: set date_format: MM/dd/yyyy \#(hint))"#)
        #expect(iso.message("01.02.2025") == #"not a date: expected YYYY-MM-DD, found "01.02.2025" (looks like day.month.year or month.day.year: set date_format: dd.MM.yyyy or MM.dd.yyyy \#(hint))"#)
        #expect(ru.message("2025-01-31") == #"not a date: expected dd.MM.yyyy, found "2025-01-31" (looks like YYYY-MM-DD: set date_format: yyyy-MM-dd \#(hint))"#)
        #expect(ru.message("01.31.2025") == #"not a date: expected dd.MM.yyyy, found "01.31.2025" (there is no month 31: are day and month swapped?)"#)
        #expect(ru.message("31.04.2025") == #"not a date: expected dd.MM.yyyy, found "31.04.2025" (April 2025 has 30 days)"#)
    }

    /// Excel's serial dates, with its 29 February 1900 that never was, and the 1904 system.
    @Test func excelSerialDates() {
        func serial(_ text: String, _ epoch: Day = ValueStyle.excel1900) -> String? {
            var t = text
            return t.withUTF8 { ValueStyle.serialDay($0, epoch: epoch) }?.iso
        }
        #expect(serial("1") == "1900-01-01")
        #expect(serial("59") == "1900-02-28")
        #expect(serial("61") == "1900-03-01")
        #expect(serial("45658") == "2025-01-01")
        #expect(serial("45658.75") == "2025-01-01")
        #expect(serial("0", ValueStyle.excel1904) == nil)
        #expect(serial("1", ValueStyle.excel1904) == "1904-01-02")
        #expect(serial("-5") == nil)
        #expect(serial("2025") == "1905-07-17")
    }
}

extension Result where Failure == ValueError {
    var failureMessage: String? { if case .failure(let e) = self { return e.message }; return nil }
}
