import Testing
import Foundation
import BoomerangModel
@testable import BoomerangAnalytics

/// The chance to return against what CDNOW's customers did: the handbook as of 1997-12-31, with
/// the data up to that day, against purchases in the next 26 weeks (to 1998-07-01). Needs
/// CDNOW_master.txt (scripts/fetch-cdnow.sh); without it the suite is disabled and says why.
@Suite(.enabled(if: CDNOW.isMasterAvailable, "CDNOW_master.txt not found: run scripts/fetch-cdnow.sh or set BOOMERANG_CDNOW_MASTER"))
struct ReturnChanceCalibrationTests {
    static let asOf = Day(year: 1997, month: 12, day: 31)!
    static let horizonDays = 26 * 7

    struct Outcome { var chance: Double; var status: RhythmStatus; var bought: Bool }

    /// One analysis for every test in the suite: it fits the model on 23,570 customers.
    static let outcomes: Result<[Outcome], any Error> = Result { try run(.mbgnbd) }

    /// The handbook's model of the file as cdnow-handbook.py writes it: one order per line,
    /// same-day lines counted as one purchase by the handbook itself.
    static func run(_ kind: PurchaseModelKind) throws -> [Outcome] {
        var b = ModelBuilder()
        b.config.model = kind
        var index: [String: Int] = [:], later = Set<Int>()
        let end = asOf + horizonDays
        for t in try CDNOW.load(CDNOW.masterPath!) {
            let c = index[t.customer] ?? { let i = b.customer(t.customer); index[t.customer] = i; return i }()
            if t.day <= asOf { b.order(c, t.day.iso, t.amount) } else if t.day <= end { later.insert(c) }
        }
        let a = try Analyzer.analyze(b.model(asOf: asOf.iso))
        return a.customers.indices.map { c in
            Outcome(chance: a.customers[c].returnChance ?? .nan, status: a.customers[c].status, bought: later.contains(c))
        }
    }

    static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
    static func share(_ o: [Outcome]) -> Double { Double(o.filter(\.bought).count) / Double(o.count) }

    /// Over all 23,570: the design notes measured 0.21 predicted against 0.23 who bought.
    @Test func overallMeanMatchesWhatHappened() throws {
        let o = try Self.outcomes.get()
        #expect(o.count == 23_570)
        #expect(o.allSatisfy { $0.chance.isFinite && $0.chance >= 0 && $0.chance <= 1 })
        let predicted = Self.mean(o.map(\.chance)), actual = Self.share(o)
        print("CDNOW return chance, all customers: predicted \(predicted), bought \(actual)")
        #expect(abs(predicted - actual) < 0.03)
    }

    /// The customers the handbook calls lost: their average chance against the share who came back.
    @Test func lostCustomersChanceMatchesTheirReturns() throws {
        let lost = try Self.outcomes.get().filter { $0.status == .lost }
        let predicted = Self.mean(lost.map(\.chance)), actual = Self.share(lost)
        print("CDNOW return chance, \(lost.count) lost customers: predicted \(predicted), bought \(actual)")
        #expect(lost.count > 10_000)
        // Measured 0.143 against 0.167; the old rule of thumb (0.35 and up) would be far off.
        #expect(abs(predicted - actual) < 0.03)
    }

    /// By decile of chance: each tenth's mean chance against the share of it that bought, and
    /// the deciles in order (a number that does not rank customers would fail the last check).
    @Test func decilesAreCalibrated() throws {
        let o = try Self.outcomes.get().enumerated().sorted { ($0.element.chance, $0.offset) < ($1.element.chance, $1.offset) }.map(\.element)
        var rows: [(predicted: Double, actual: Double)] = []
        for d in 0..<10 {
            let slice = Array(o[(o.count * d / 10)..<(o.count * (d + 1) / 10)])
            rows.append((Self.mean(slice.map(\.chance)), Self.share(slice)))
            print("CDNOW return chance, decile \(d + 1): predicted \(rows[d].predicted), bought \(rows[d].actual)")
        }
        // The model's weak spot is the middle: deciles 7 and 8 (customers with a repeat purchase
        // some months back) come out 6-8 points low. Every decile within 10 points, 2.5 on average.
        for r in rows { #expect(abs(r.predicted - r.actual) < 0.10) }
        #expect(Self.mean(rows.map { abs($0.predicted - $0.actual) }) < 0.025)
        #expect(rows.last!.actual > 4 * rows.first!.actual)
        #expect(rows.last!.actual > 0.5)
    }
}
