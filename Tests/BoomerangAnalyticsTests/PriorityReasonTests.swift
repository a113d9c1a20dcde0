import BoomerangModel
import Testing

/// Priority reasons keep their figures in place (bits and a kind each): every figure comes back
/// as it was given, in order, as from the array they used to be.
@Suite struct PriorityReasonTests {
    @Test func figuresComeBackAsGiven() {
        var rng = SeededGenerator(state: 19)
        let doubles: [Double] = [0, -0.0, 1, 0.4, 1e300, -12.5, .infinity, .leastNonzeroMagnitude]
        let ints = [0, 1, -1, 26, Int.max, Int.min]
        func any() -> PriorityReason.Figure {
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: return .percent(doubles.randomElement(using: &rng)!)
            case 1: return .money(Double.random(in: -1e9...1e9, using: &rng))
            case 2: return .factor(doubles.randomElement(using: &rng)!)
            default: return .count(ints.randomElement(using: &rng)!)
            }
        }
        for _ in 0..<2_000 {
            let given = (0..<Int.random(in: 0...PriorityReason.maxFigures, using: &rng)).map { _ in any() }
            let r: PriorityReason
            switch given.count {
            case 0: r = PriorityReason("k")
            case 1: r = PriorityReason("k", given[0])
            case 2: r = PriorityReason("k", given[0], given[1])
            default: r = PriorityReason("k", given[0], given[1], given[2])
            }
            #expect(r.figures == given)
            #expect(r.key == "k")
        }
        #expect(PriorityReason("k", .money(0)) == PriorityReason("k", .money(-0.0)))
        #expect(PriorityReason("k", .count(1)) != PriorityReason("k", .percent(1)))
        #expect(PriorityReason("k", .count(1)) != PriorityReason("j", .count(1)))
    }
}
