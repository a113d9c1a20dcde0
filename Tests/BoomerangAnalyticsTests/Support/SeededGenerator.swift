/// A seeded random number generator for the property tests (Knuth's MMIX linear congruential
/// constants, the high half of the state): the same numbers on every run, so a failure repeats.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        let high = advance() >> 32
        return high << 32 | advance() >> 32
    }

    private mutating func advance() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}
