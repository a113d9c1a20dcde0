import Foundation

/// How ICU writes whole, non-negative numbers in one style (money, for instance), learnt from ICU
/// once per count of digits. For whole numbers ICU's bytes depend only on how many digits there are
/// (prefix, suffix, where group separators go) and on the digits themselves, so a template filled
/// with another number's digits gives ICU's bytes without calling ICU, which costs microseconds.
/// Each template is checked against ICU on two further numbers; a digit count whose check fails
/// has no template and callers ask ICU as before.
final class WholeNumberTemplates: @unchecked Sendable {
    /// The literal bytes before the first digit, between digits, and after the last one.
    struct Template { var literals: [[UInt8]] }

    private let store: LearntTemplates<Template>
    private let icu: @Sendable (Double) -> String
    private var glyphs: [[UInt8]] { store.glyphs }

    /// `glyphs` gives the locale's digits 0...9; `icu` formats a value the way the templates replace.
    init(glyphs: @escaping @Sendable () -> [String], icu: @escaping @Sendable (Double) -> String) {
        store = LearntTemplates(glyphs: glyphs)
        self.icu = icu
    }

    /// ICU's text for `n`, or nil when this digit count has no verified template (or n is too large).
    func format(_ n: UInt64) -> String? {
        guard n < 1_000_000_000_000_000 else { return nil }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // up to 24 decimal digits, least significant first
        return withUnsafeMutableBytes(of: &digits) { d -> String? in
            var count = 0, rest = n
            repeat { d[count] = UInt8(rest % 10); rest /= 10; count += 1 } while rest > 0
            guard let t = store.template(count, learn: { learn(count) }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(count * glyphs[0].count + 16)
            for i in 0..<count {
                out += t.literals[i]
                out += glyphs[Int(d[count - 1 - i])]
            }
            out += t.literals[count]
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Learns the template from 1234567890... and checks it on 9876543210... and 3074185296...
    private func learn(_ count: Int) -> Template? {
        func probe(_ digit: (Int) -> Int) -> [Int] { (0..<count).map(digit) }
        let a = probe { ($0 + 1) % 10 }
        let checks = [probe { 9 - $0 % 10 }, probe { $0 == 0 ? 3 : ($0 * 7 + 3) % 10 }, probe { $0 == 0 ? 1 : 0 }]
        let text = Array(icu(Self.value(a)).utf8)
        var literals: [[UInt8]] = []
        var position = 0
        for digit in a {
            guard let found = Self.find(glyphs[digit], in: text, from: position) else { return nil }
            literals.append(Array(text[position..<found]))
            position = found + glyphs[digit].count
        }
        literals.append(Array(text[position...]))
        let template = Template(literals: literals)
        for check in checks {
            var out: [UInt8] = []
            for (i, digit) in check.enumerated() { out += literals[i]; out += glyphs[digit] }
            out += literals[count]
            guard out == Array(icu(Self.value(check)).utf8) else { return nil }
        }
        return template
    }

    private static func value(_ digits: [Int]) -> Double { Double(digits.reduce(0) { $0 * 10 + $1 }) }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
