import Foundation

/// A locale's abbreviated month names by calendar month, made once per ChartLocale. Every axis
/// labels months (about 100,000 labels in a 2,000-customer build); a memo looked them up under a
/// lock and escaped each one again. In the two calendars charts use (Gregorian, and Persian for
/// fa) a month's name does not depend on the year, so twelve names made up front serve every day.
final class MonthNames: Sendable {
    /// One month's name, already escaped for XML, with its layout width and whether it needs
    /// right-to-left embedding (ChartCanvas.text).
    struct Name: Sendable {
        let text: String
        let escaped: [UInt8]
        let width: Double
        let rightToLeft: Bool
    }

    private let names: [Name]

    init(calendar: Calendar, locale: Locale) {
        let style = Date.FormatStyle(locale: locale, calendar: calendar, timeZone: ChartDate.utc).month(.abbreviated)
        // Any year does (see above); the one holding 2024-07-01 in this calendar.
        let year = calendar.component(.year, from: ChartDate.date(ChartDate.day(year: 2024, month: 7, day: 1)))
        let count = calendar.maximumRange(of: .month)?.count ?? 12
        names = (1...count).map { month in
            let date = calendar.date(from: DateComponents(year: year, month: month, day: 1)) ?? Date(timeIntervalSince1970: 0)
            let text = date.formatted(style)
            var escaped = SVGWriter(capacity: 16)
            escaped.putEscaped(text)
            return Name(text: text, escaped: escaped.bytes, width: textWidth(text),
                        rightToLeft: ChartCanvas.hasRightToLeftLetter(text))
        }
    }

    /// The name of calendar month `month` (1-based, as Calendar numbers months).
    subscript(month: Int) -> Name { names[min(max(month, 1), names.count) - 1] }
}
