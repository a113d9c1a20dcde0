/// How a data file writes numbers: the decimal separator and the digit grouping (`12 345,50`).
/// Grouping is checked, not just dropped: with `thousands: "."` the value `1.5` is an error, not 15.
struct NumberStyle: Sendable, Equatable {
    var decimal: UInt8 = 0x2E
    var thousands: DataFormat.Thousands = .none

    static let plain = NumberStyle()
    var isPlain: Bool { decimal == 0x2E && thousands == .none }

    func number(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        if isPlain { return ValueParsing.number(b) }
        // Rewrite into the plain form (never longer than the input), then parse that.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(b.count, 1)) { out in
            var o = 0, i = 0
            let n = b.count
            if i < n, b[i] == 0x2B || b[i] == 0x2D { out[o] = b[i]; o += 1; i += 1 }
            var group = 0, groups = 0, sawSeparator = false
            while i < n {
                let c = b[i]
                if c &- 0x30 < 10 {
                    out[o] = c; o += 1; group += 1; i += 1
                    continue
                }
                let sep = separatorLength(b, at: i)
                guard sep > 0 else { break }
                // A group separator sits between digits; groups after the first have three.
                guard group > 0, groups == 0 ? group <= 3 : group == 3 else { return nil }
                guard i + sep < n, b[i + sep] &- 0x30 < 10 else { return nil }
                groups += 1; group = 0; sawSeparator = true
                i += sep
            }
            if sawSeparator, group != 3 { return nil }
            if i < n, b[i] == decimal {
                out[o] = 0x2E; o += 1; i += 1
                while i < n, b[i] &- 0x30 < 10 { out[o] = b[i]; o += 1; i += 1 }
            }
            if i < n, b[i] == 0x65 || b[i] == 0x45 {
                while i < n { out[o] = b[i]; o += 1; i += 1 }
            }
            guard i == n else { return nil }
            return ValueParsing.number(UnsafeBufferPointer(rebasing: out[0..<o]))
        }
    }

    /// Bytes of a grouping separator at `i`, 0 when there is none. Spaces include the no-break
    /// space (U+00A0) and the narrow and thin spaces (U+202F, U+2009) that Excel and 1C write.
    private func separatorLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        switch thousands {
        case .none: return 0
        case .comma: return c == 0x2C ? 1 : 0
        case .dot: return c == 0x2E ? 1 : 0
        case .apostrophe: return c == 0x27 ? 1 : 0
        case .space:
            if c == 0x20 { return 1 }
            if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }
            if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xAF || b[i + 2] == 0x89 { return 3 }
            return 0
        }
    }

    var decimalText: String { decimal == 0x2C ? "," : "." }

    var thousandsText: String {
        switch thousands {
        case .none: return ""
        case .space: return " "
        case .comma: return ","
        case .dot: return "."
        case .apostrophe: return "'"
        }
    }

    /// What a value in this style looks like, for messages.
    var example: String { "12\(thousandsText)345\(decimalText)50" }

    /// Why a data value is not a number, with the setting that would read it when one would.
    func message(_ text: String) -> String {
        if text.isEmpty { return "expected a number, found nothing" }
        let found = ValueParsing.quoted(text)
        let expected = isPlain ? "expected a number" : "expected a number like \(example)"
        let where_ = "under data: in content/handbook.yml"
        let spaces: Set<Character> = [" ", "\u{A0}", "\u{202F}", "\u{2009}"]
        let comma: Set<Character> = [","], dot: Set<Character> = ["."], marks: Set<Character> = [",", ".", "'"]
        let digitsOnly = { (s: String, extra: Set<Character>) in
            s.allSatisfy { ($0.isASCII && $0.isNumber) || extra.contains($0) || $0 == "-" || $0 == "+" }
        }
        let commas = text.filter { $0 == "," }.count, dots = text.filter { $0 == "." }.count
        // One comma with other than three digits after it: a decimal comma.
        if decimal != 0x2C, commas == 1, dots == 0, digitsOnly(text, comma.union(spaces)),
           let last = text.split(separator: ",").last, last.count != 3 {
            let plainForm = text.filter { !spaces.contains($0) }.replacingOccurrences(",", ".")
            return "\(expected), found \(found) (looks like a decimal comma: set decimal: \",\" \(where_), or write \(plainForm))"
        }
        if decimal == 0x2C, dots == 1, commas == 0, thousands != .dot, digitsOnly(text, dot) {
            return "\(expected), found \(found) (a decimal point, but this file is set to decimal: \",\"; write \(text.replacingOccurrences(".", ",")))"
        }
        if thousands != .space, text.contains(where: { spaces.contains($0) }), digitsOnly(text, spaces.union(comma).union(dot)) {
            return "\(expected), found \(found) (looks like digits grouped with spaces: set thousands: \" \" \(where_))"
        }
        if isPlain, commas > 0, dots <= 1, digitsOnly(text, comma.union(dot)) {
            return "\(expected), found \(found) (looks like digits grouped with commas: set thousands: \",\" \(where_), or write \(text.filter { $0 != "," }))"
        }
        if let first = text.first, "$€£₽¥".contains(first) || text.hasSuffix("€") || text.hasSuffix("₽") {
            return "\(expected), found \(found) (leave out the currency sign; the currency is set in content/handbook.yml)"
        }
        // Decimal comma set, grouping not: `1.234,50` or `1'234,50`.
        if decimal == 0x2C, thousands == .none, digitsOnly(text, marks), let sep = text.first(where: { $0 == "." || $0 == "'" }) {
            return "\(expected), found \(found) (looks like digits grouped with \(ValueParsing.quoted(String(sep))): set thousands: \(ValueParsing.quoted(String(sep))) \(where_))"
        }
        if !isPlain, thousands != .none, digitsOnly(text, spaces.union(marks)) {
            return "\(expected), found \(found) (digits are grouped in threes with \(ValueParsing.quoted(thousandsText)), decimals after \(ValueParsing.quoted(decimalText)))"
        }
        return "\(expected), found \(found)"
    }
}
