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

    @Test func exactForms() {
        let day = Day(year: 2024, month: 1, day: 1)!
        #expect(LocaleFormatter(localeID: "en_US", currency: "USD", days: day...day).number(1234567.891, decimals: 2) == "1,234,567.89")
        #expect(LocaleFormatter(localeID: "en_US", currency: "USD", days: day...day).money(-1234) == "-$1,234")
        #expect(LocaleFormatter(localeID: "fa_IR", currency: "IRR", days: day...day).number(1234.5, decimals: 1) == "۱٬۲۳۴٫۵")
    }
}
