@testable import BoomerangKit
import Foundation
import BoomerangModel
import Testing

/// The byte-built number formatting must write exactly what the Foundation-based one writes.
struct LocaleFormatterTests {
    static let locales = [("en_US", "USD"), ("ru_RU", "RUB"), ("ro_RO", "RON"), ("fa_IR", "IRR")]

    @Test(arguments: locales)
    func numbersMatchTheFoundationPath(locale: String, currency: String) {
        let day = Day(year: 2024, month: 1, day: 1)!
        let f = LocaleFormatter(localeID: locale, currency: currency, days: day...day)
        var rng = SeededRandom(state: 42)
        var values: [Double] = [0, -0.0, 0.4, 0.5, -0.5, 0.05, 0.995, 1, 9.999, 999, 1000, 999_999.5, -1234.56,
                                12_345_678.9, 1e14 + 0.25, 123.456]
        for _ in 0..<5_000 {
            let magnitude = pow(10.0, Double(rng.next() % 13))
            values.append((Double(rng.next() % 2_000_001) / 1_000_000 - 1) * magnitude)
        }
        for v in values {
            for d in 0...3 {
                #expect(f.number(v, decimals: d) == f.foundationNumber(v, decimals: d), "\(locale) \(v) \(d)")
            }
        }
    }

    /// Money is built in one buffer; it must equal sign + prefix + number + suffix as before.
    @Test(arguments: locales)
    func moneyMatchesItsParts(locale: String, currency: String) {
        let day = Day(year: 2024, month: 1, day: 1)!
        let f = LocaleFormatter(localeID: locale, currency: currency, days: day...day)
        let one = f.money(1)
        let prefix = String(one.prefix { $0 != f.number(1).first! })
        let suffix = String(one.dropFirst(prefix.count + f.number(1).count))
        var rng = SeededRandom(state: 7)
        var values: [Double] = [0, -0.0, -0.004, -0.005, 0.004, -0.5, -0.49, 1, -1, 1234.5, -1234.5, 1e15, -2e15, .nan, .infinity]
        for _ in 0..<2_000 { values.append((Double(rng.next() % 2_000_001) / 1_000 - 1_000) * pow(10.0, Double(rng.next() % 8))) }
        for v in values {
            for d in 0...2 {
                let n = f.number(abs(v), decimals: d)
                let expected = !v.isFinite ? "–" : (v < 0 && n != f.number(0, decimals: d) ? f.number(-1).replacingOccurrences(of: f.number(1), with: "") : "") + prefix + n + suffix
                #expect(f.money(v, decimals: d) == expected, "\(locale) \(v) \(d)")
            }
        }
    }

    @Test func exactForms() {
        let day = Day(year: 2024, month: 1, day: 1)!
        #expect(LocaleFormatter(localeID: "en_US", currency: "USD", days: day...day).number(1234567.891, decimals: 2) == "1,234,567.89")
        #expect(LocaleFormatter(localeID: "en_US", currency: "USD", days: day...day).money(-1234) == "-$1,234")
        #expect(LocaleFormatter(localeID: "fa_IR", currency: "IRR", days: day...day).number(1234.5, decimals: 1) == "۱٬۲۳۴٫۵")
    }
}
