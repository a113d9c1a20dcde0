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
        #expect(memo.entries.count == 3, "MBG/NBD, its refit for the report card, and Gamma-Gamma")
        let (second, again) = try Self.analyze(model, previous: memo.entries)
        #expect(again.hits == 3)
        for a in [first, second] {
            #expect(a.purchaseModel == plain.purchaseModel && a.purchaseModel != nil)
            #expect(a.gammaGamma == plain.gammaGamma && a.gammaGamma != nil)
            #expect(a.customers.map(\.clv) == plain.customers.map(\.clv))
            #expect(a.customers.map(\.pAlive) == plain.customers.map(\.pAlive))
            #expect(a.modelCheck == plain.modelCheck && a.modelCheck != nil)
        }
    }

    @Test func anAmountRefitsOnlyTheSpendModel() throws {
        let model = Self.model()
        let (_, memo) = try Self.analyze(model, previous: [:])
        var changed = model
        let k = changed.orders.indices.first { changed.orders[$0].customer == 7 && $0 > 0 && changed.orders[$0 - 1].customer == 7 }!
        changed.orders[k].amount += 1
        let (a, again) = try Self.analyze(changed, previous: memo.entries)
        #expect(again.hits == 2, "the purchase model and its report-card refit read no amounts")
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
        #expect(a.purchaseModel == (try Analyzer.analyze(changed)).purchaseModel)
        // Another program (another salt) never reuses them.
        let other = ModelFitMemo(salt: Fingerprint(), previous: memo.entries)
        _ = try Analyzer.analyze(model, fits: other)
        #expect(other.hits == 0)
    }

    /// The memo key names the model: switching `model:` refits instead of reading the other
    /// model's parameters as its own.
    @Test func anotherModelIsFittedAfresh() throws {
        var model = Self.model()
        let (first, memo) = try Self.analyze(model, previous: [:])
        #expect(first.purchaseModel?.kind == .mbgnbd)
        model.config.model = .bgnbd
        let (a, again) = try Self.analyze(model, previous: memo.entries)
        #expect(again.hits == 1, "only Gamma-Gamma is reused")
        #expect(a.purchaseModel?.kind == .bgnbd)
        #expect(a.purchaseModel == (try Analyzer.analyze(model)).purchaseModel)
    }

    @Test func storedValuesOfTheWrongShapeAreIgnored() throws {
        let model = Self.model()
        let (_, memo) = try Self.analyze(model, previous: [:])
        let broken = memo.entries.mapValues { Array($0.dropLast()) }
        let (a, again) = try Self.analyze(model, previous: broken)
        #expect(again.hits == 0)
        #expect(a.purchaseModel == (try Analyzer.analyze(model)).purchaseModel)
    }
}
