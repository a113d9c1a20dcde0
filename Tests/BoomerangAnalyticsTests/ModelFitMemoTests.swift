import BoomerangModel
import Testing
@testable import BoomerangAnalytics

/// Reused model fits: only for the very same inputs, and then exactly what a fit gives.
@Suite struct ModelFitMemoTests {
    static let salt: Fingerprint = { var f = Fingerprint(); f.add("test program"); return f }()

    static func model() -> HandbookModel { PerformanceTests.synthetic(customers: 400, orders: 8_000) }

    /// Analyses `model` with the fits `previous` kept.
    static func analyze(_ model: HandbookModel, previous: [Fingerprint: [Double]]) throws -> (Analysis, ModelFitMemo) {
        let memo = ModelFitMemo(salt: salt, previous: previous)
        return (try Analyzer.analyze(model, fits: memo), memo)
    }

    @Test func sameInputsReuseBothFitsAndChangeNothing() throws {
        let model = Self.model()
        let plain = try Analyzer.analyze(model)
        let (first, memo) = try Self.analyze(model, previous: [:])
        #expect(memo.hits == 0)
        #expect(memo.entries.count == 2, "BG/NBD and Gamma-Gamma")
        let (second, again) = try Self.analyze(model, previous: memo.entries)
        #expect(again.hits == 2)
        for a in [first, second] {
            #expect(a.bgnbd == plain.bgnbd && a.bgnbd != nil)
            #expect(a.gammaGamma == plain.gammaGamma && a.gammaGamma != nil)
            #expect(a.customers.map(\.clv) == plain.customers.map(\.clv))
            #expect(a.customers.map(\.pAlive) == plain.customers.map(\.pAlive))
        }
    }

    @Test func anAmountRefitsOnlyTheSpendModel() throws {
        let model = Self.model()
        let (_, memo) = try Self.analyze(model, previous: [:])
        var changed = model
        let k = changed.orders.indices.first { changed.orders[$0].customer == 7 && $0 > 0 && changed.orders[$0 - 1].customer == 7 }!
        changed.orders[k].amount += 1
        let (a, again) = try Self.analyze(changed, previous: memo.entries)
        #expect(again.hits == 1, "BG/NBD reads no amounts")
        let plain = try Analyzer.analyze(changed)
        #expect(a.gammaGamma == plain.gammaGamma)
        #expect(a.customers.map(\.clv) == plain.customers.map(\.clv))
    }

    @Test func aDateRefitsThePurchaseModelOnly() throws {
        let model = Self.model()
        let (_, memo) = try Self.analyze(model, previous: [:])
        var changed = model
        let k = changed.orders.indices.last { changed.orders[$0].customer == 7 }!
        changed.orders[k].date = changed.orders[k].date + 1
        let (a, again) = try Self.analyze(changed, previous: memo.entries)
        #expect(again.hits == 1, "the spend model reads no dates")
        #expect(a.bgnbd == (try Analyzer.analyze(changed)).bgnbd)
        // Another program (another salt) never reuses them.
        let other = ModelFitMemo(salt: Fingerprint(), previous: memo.entries)
        _ = try Analyzer.analyze(model, fits: other)
        #expect(other.hits == 0)
    }

    @Test func storedValuesOfTheWrongShapeAreIgnored() throws {
        let model = Self.model()
        let (_, memo) = try Self.analyze(model, previous: [:])
        let broken = memo.entries.mapValues { Array($0.dropLast()) }
        let (a, again) = try Self.analyze(model, previous: broken)
        #expect(again.hits == 0)
        #expect(a.bgnbd == (try Analyzer.analyze(model)).bgnbd)
    }
}
