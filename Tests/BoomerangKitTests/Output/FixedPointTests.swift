@testable import BoomerangKit
import Foundation
import Testing

/// FixedPoint must print exactly what String(format: "%.Nf") prints, ties and all.
struct FixedPointTests {
    @Test func equalsPrintfOnEdgeCases() {
        let values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1.015, 0.045, 1e-9, -1e-9,
                                5e-324, 0.000049999, 0.00005, 123456789.125, 9_007_199_254_740_993, 1e15 + 0.3,
                                99.995, 99.994999, 0.1 + 0.2, 1234.5678, -1234.5678, 1 / 3, 2 / 3, 1e17, 4.35, 4.45]
        var checked = 0
        for v in values {
            for d in 0...6 {
                // nil: out of the exact path's range (huge values); Exports falls back to printf.
                guard let fast = FixedPoint.format(v, decimals: d) else { continue }
                #expect(fast == String(format: "%.\(d)f", v), "\(v) with \(d) decimals")
                checked += 1
            }
        }
        #expect(checked > 190)
    }

    @Test func equalsPrintfOnManyValues() {
        var random = SeededRandom(state: 42)
        var checked = 0
        for _ in 0..<50_000 {
            // Money-like, probabilities and wide magnitudes, half of them negative.
            let kind = random.next() % 4
            var v: Double
            switch kind {
            case 0: v = Double(random.next() % 100_000_000) / 100
            case 1: v = Double(random.next() % 1_000_000) / 1_000_000
            case 2: v = Double(bitPattern: random.next() & 0x43FF_FFFF_FFFF_FFFF)   // up to about 2^64
            default: v = Double(random.next() % 1000) + Double(random.next() % 8) / 8   // exact ties
            }
            if random.next() % 2 == 0 { v = -v }
            let d = Int(random.next() % 5)
            guard let fast = FixedPoint.format(v, decimals: d) else { continue }
            #expect(fast == String(format: "%.\(d)f", v), "\(v) with \(d) decimals")
            checked += 1
        }
        #expect(checked > 40_000)
    }

    @Test func outsideTheExactRangeFallsBack() {
        #expect(FixedPoint.format(1e300, decimals: 2) == nil)
        #expect(FixedPoint.format(.nan, decimals: 2) == nil)
        #expect(FixedPoint.format(1, decimals: 12) == nil)
    }
}
