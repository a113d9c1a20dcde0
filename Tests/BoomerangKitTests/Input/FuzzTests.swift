import Foundation
import Testing
@testable import BoomerangKit

/// A small deterministic generator (SplitMix64) so every run tries the same inputs.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Bounded fuzzing: random bytes and mutations of valid files. Passing means no crash, no hang,
/// and every failure is a reported problem rather than a trap.
@Suite struct FuzzTests {
    static let inputsPerTarget = 2_000
    static let interesting: [UInt8] = Array(",\"\r\n-:[]{}#&*!|>'%@`?\t ".utf8) + [0xEF, 0xBB, 0xBF, 0xFF, 0xC3, 0x00]

    static func mutate(_ seed: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        var b = seed
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            switch Int.random(in: 0..<5, using: &rng) {
            case 0 where !b.isEmpty: b[Int.random(in: 0..<b.count, using: &rng)] = interesting.randomElement(using: &rng)!
            case 1: b.insert(interesting.randomElement(using: &rng)!, at: Int.random(in: 0...b.count, using: &rng))
            case 2 where !b.isEmpty: b.remove(at: Int.random(in: 0..<b.count, using: &rng))
            case 3 where !b.isEmpty:
                let i = Int.random(in: 0..<b.count, using: &rng)
                let j = min(b.count, i + Int.random(in: 1...16, using: &rng))
                b.insert(contentsOf: b[i..<j], at: Int.random(in: 0...b.count, using: &rng))
            default:
                // Truncate: files cut off mid-record or mid-quote.
                if !b.isEmpty { b.removeLast(Int.random(in: 0..<b.count, using: &rng)) }
            }
        }
        return b
    }

    static func inputs(seeds: [String], seed: UInt64) -> [[UInt8]] {
        var rng = SeededRandom(state: seed)
        var out: [[UInt8]] = []
        for i in 0..<inputsPerTarget {
            if i % 4 == 0 {
                out.append((0..<Int.random(in: 0..<200, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) })
            } else {
                out.append(mutate(Array(seeds[i % seeds.count].utf8), &rng))
            }
        }
        return out
    }

    static func fixture(_ path: String) throws -> String {
        try String(contentsOf: Fixtures.validMinimal.appendingPathComponent("content").appendingPathComponent(path), encoding: .utf8)
    }

    @Test func csvReaderAndTable() throws {
        let seeds = try ["data/orders.csv", "data/customers.csv", "data/churn.csv"].map(Self.fixture)
        var problems = 0
        for (n, input) in Self.inputs(seeds: seeds, seed: 1).enumerated() {
            var log = ProblemLog(keepGoing: n % 2 == 0)
            CSVTable.read(.bytes(input), file: "f.csv", schema: DataLoader.orderSchema, log: &log, chunkSize: 1 + n % 7) { row in
                _ = row.day("date", required: true); _ = row.number("amount", required: true); _ = row.text("order_id")
            }
            problems += log.total + log.rejected.count
        }
        #expect(problems > 0)
    }

    @Test func frontMatterAndPlaybookYAML() throws {
        let seeds = [try Self.fixture("playbooks/reasons/price.md")]
        for input in Self.inputs(seeds: seeds, seed: 2) {
            let text = String(decoding: input, as: UTF8.self)
            if case .success(let fm) = FrontMatter.split(text) {
                _ = YAMLSupport.compose(fm.yaml, file: "p.md", firstLine: fm.yamlFirstLine)
                _ = MarkdownSections.split(fm.body)
            }
        }
    }

    @Test func configLoader() throws {
        let seeds = [try Self.fixture("handbook.yml"), "abc_thresholds: [0.8, 0.95]\nas_of: 2024-01-01\n", "a: &x [1, *x]\n"]
        for input in Self.inputs(seeds: seeds, seed: 3) {
            var log = ProblemLog(keepGoing: false)
            _ = ConfigLoader.parse(String(decoding: input, as: UTF8.self), file: "h.yml", log: &log)
        }
    }

    /// Whole handbooks with one mutated file, through the public entry point.
    @Test func loaderOnMutatedHandbooks() throws {
        let h = try TempHandbook()
        defer { h.remove() }
        var rng = SeededRandom(state: 4)
        let files = ["data/orders.csv", "data/customers.csv", "data/churn.csv", "handbook.yml", "playbooks/reasons/price.md"]
        let originals = try files.map(Self.fixture)
        var failures = 0
        for i in 0..<200 {
            let k = i % files.count
            try h.write(files[k], Data(Self.mutate(Array(originals[k].utf8), &rng)))
            if Fixtures.failureText(h.root, keepGoing: i % 2 == 1) != nil { failures += 1 }
            try h.write(files[k], originals[k])
        }
        #expect(failures > 0)
    }

    @Test func aliasBombIsBounded() {
        var yaml = "a0: [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1..<9 { yaml += "a\(i): &a\(i) [" + Array(repeating: i == 1 ? "*a0" : "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + yaml.split(separator: "\n").dropFirst().joined(separator: "\n")
        guard case .success(let node?) = YAMLSupport.compose(yaml, file: "p.md", firstLine: 2) else { Issue.record("did not parse"); return }
        var budget = YAMLSupport.maxNodes
        #expect(YAMLSupport.meta(node, budget: &budget) == nil)
    }
}
