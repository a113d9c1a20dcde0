import Foundation

/// Maps a value domain onto pixels.
struct LinearScale {
    var lo: Double, hi: Double, from: Double, to: Double

    func callAsFunction(_ v: Double) -> Double {
        guard v.isFinite, hi != lo else { return from }
        return from + (v - lo) / (hi - lo) * (to - from)
    }
}

/// Round tick values ("nice numbers", Heckbert 1990) covering a domain.
struct NiceTicks {
    var lo: Double, hi: Double, step: Double, values: [Double]

    /// Decimals needed to tell ticks apart.
    var fractionDigits: Int { step >= 1 ? 0 : min(6, Int((-log10(step)).rounded(.up))) }

    /// Ticks for [lo, hi]; identical or non-finite bounds are widened so there is always a span.
    init(lo rawLo: Double, hi rawHi: Double, count: Int = 5, includeZero: Bool = false) {
        var lo = rawLo.isFinite ? rawLo : 0, hi = rawHi.isFinite ? rawHi : 0
        if lo > hi { swap(&lo, &hi) }
        if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
        if hi == lo {
            if lo == 0 { hi = 1 } else {
                let pad = abs(lo) * 0.1
                lo -= pad; hi += pad
            }
        }
        let step = Self.nice((hi - lo) / Double(max(1, count - 1)), round: true)
        let first = (lo / step).rounded(.down), last = (hi / step).rounded(.up)
        self.step = step
        self.lo = first * step
        self.hi = last * step
        let n = Int(last - first)
        values = (0...max(0, n)).map { (first + Double($0)) * step }
    }

    private static func nice(_ x: Double, round: Bool) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let exponent = log10(x).rounded(.down)
        let f = x / pow(10, exponent)
        let nf: Double
        if round { nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10 } else { nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10 }
        return nf * pow(10, exponent)
    }
}
