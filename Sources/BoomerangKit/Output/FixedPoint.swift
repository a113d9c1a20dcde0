/// `String(format: "%.Nf", v)` without Foundation: exports write hundreds of thousands of
/// numbers and String(format:) was most of their cost. Exact like printf: the double's binary
/// value is scaled by 10^N as a 128-bit integer and rounded half to even, so 2.675 (really
/// 2.67499999...) gives "2.67" and 0.125 gives "0.12".
enum FixedPoint {
    /// nil when the value is outside what this exact path covers (|v| >= 2^63 / 10^N, or
    /// N > 9); the caller then falls back to String(format:).
    static func format(_ v: Double, decimals: Int) -> String? {
        guard v.isFinite, (0...9).contains(decimals) else { return nil }
        var pow10: UInt64 = 1
        for _ in 0..<decimals { pow10 *= 10 }
        let magnitude = abs(v)
        guard magnitude < Double(Int64.max) / Double(pow10) else { return nil }
        // magnitude = significand * 2^exponent, exactly.
        let significand = UInt128(magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0))
        let exponent = Int(magnitude.isNormal ? magnitude.exponent : Double.leastNormalMagnitude.exponent) - 52
        let scaled = significand * UInt128(pow10)   // < 2^53 * 10^9 < 2^83
        var q: UInt128
        if exponent >= 0 {
            q = scaled << exponent
        } else if -exponent >= 100 {
            q = 0   // far below half a unit of the last place
        } else {
            let shift = -exponent
            q = scaled >> shift
            let rest = scaled - (q << shift)
            let half = UInt128(1) << (shift - 1)
            if rest > half || (rest == half && q & 1 == 1) { q += 1 }
        }
        // printf keeps the sign of a negative value that rounds to zero ("-0.00").
        return text(UInt64(q), decimals: decimals, negative: v.sign == .minus)
    }

    /// `q` with a point `decimals` digits from the right and at least one digit before it, written
    /// backwards into a few bytes on the stack: inserting the point into a String and padding it
    /// was most of this function's cost (about 1,300 of 2,400 instructions a number).
    private static func text(_ q: UInt64, decimals: Int, negative: Bool) -> String {
        // At most 20 digits, the point and the sign.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var start = buffer.count, rest = q, placed = 0
            repeat {
                if placed == decimals && decimals > 0 { start -= 1; buffer[start] = UInt8(ascii: ".") }
                start -= 1; buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10; placed += 1
            } while rest > 0 || placed <= decimals
            if negative { start -= 1; buffer[start] = UInt8(ascii: "-") }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }
}
