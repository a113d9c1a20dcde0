import Foundation

/// Short dates without ICU, for the Gregorian calendar. Within one month, ICU's text for a day
/// differs from another day's only in the day number, so a template per month and per count of day
/// digits (text before the day, text after it) is learnt from two days and checked on two more.
/// Dossiers show thousands of distinct dates and each costs ICU tens of microseconds; a month or
/// digit count whose check fails has no template and its days go to ICU as before.
final class DateTemplates: @unchecked Sendable {
    private struct Template { var before: [UInt8], after: [UInt8] }

    private let store: LearntTemplates<Template>
    private let icu: @Sendable (Int) -> String
    private var glyphs: [[UInt8]] { store.glyphs }

    /// `glyphs` gives the locale's digits 0...9; `icu` formats a day (days since 1970) the reference way.
    init(glyphs: @escaping @Sendable () -> [String], icu: @escaping @Sendable (Int) -> String) {
        store = LearntTemplates(glyphs: glyphs)
        self.icu = icu
    }

    /// ICU's text for `day`, or nil when its month and digit count have no verified template.
    func format(day: Int) -> String? {
        let c = ChartDate.civil(day)
        // ICU's Gregorian calendar is Julian before 1582; far from that, its days are these.
        guard (1900...9999).contains(c.year) else { return nil }
        let digits = c.day < 10 ? 1 : 2
        let month = ChartDate.monthIndex(year: c.year, month: c.month)
        guard let t = store.template(month * 2 + digits - 1, learn: { learn(month: month, digits: digits) }) else { return nil }
        // The bytes go straight into the string: no array is grown and copied on the way.
        let high = digits == 2 ? glyphs[c.day / 10] : [], low = glyphs[c.day % 10]
        return String(unsafeUninitializedCapacity: t.before.count + high.count + low.count + t.after.count) { out in
            var n = 0
            for part in [t.before, high, low, t.after] { for byte in part { out[n] = byte; n += 1 } }
            return n
        }
    }

    /// Learns from days 2 and 7 (or 12 and 23), checks on 4 and 9 (or 10 and 28).
    private func learn(month: Int, digits: Int) -> Template? {
        let first = ChartDate.firstDay(ofMonth: month)
        let (a, b) = digits == 1 ? (2, 7) : (12, 23)
        let checks = digits == 1 ? [4, 9] : [10, 28]
        let textA = Array(icu(first + a - 1).utf8), textB = Array(icu(first + b - 1).utf8)
        let ga = dayGlyphs(a), gb = dayGlyphs(b)
        // The day's position: the same text before it in both, and the same text after it.
        var template: Template?
        var start = 0
        while start + ga.count <= textA.count && start + gb.count <= textB.count {
            if textA[start..<(start + ga.count)].elementsEqual(ga), textB[start..<(start + gb.count)].elementsEqual(gb),
               textA[..<start].elementsEqual(textB[..<start]),
               textA[(start + ga.count)...].elementsEqual(textB[(start + gb.count)...]) {
                template = Template(before: Array(textA[..<start]), after: Array(textA[(start + ga.count)...]))
                break
            }
            start += 1
        }
        guard let t = template else { return nil }
        for d in checks where t.before + dayGlyphs(d) + t.after != Array(icu(first + d - 1).utf8) { return nil }
        return t
    }

    private func dayGlyphs(_ d: Int) -> [UInt8] { d < 10 ? glyphs[d] : glyphs[d / 10] + glyphs[d % 10] }
}
