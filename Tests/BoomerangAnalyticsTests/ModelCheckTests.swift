import Testing
import Foundation
import BoomerangModel
@testable import BoomerangAnalytics

/// The model's report card against lifetimes 0.11.3 on the CDNOW sample: calibration to
/// 1997-09-30, 39-week holdout to 1998-06-30. The reference figures were computed once with
/// (pandas < 2, numpy < 2, scipy < 1.12 beside lifetimes; Python is not needed to run the tests):
///
///     rows = [l.split() for l in open("CDNOW_sample.txt")]
///     df = pd.DataFrame({"id": [r[1] for r in rows], "date": pd.to_datetime([r[2] for r in rows], format="%Y%m%d")})
///     d = calibration_and_holdout_data(df, "id", "date", calibration_period_end="1997-09-30",
///                                      observation_period_end="1998-06-30", freq="D")
///     d.recency_cal /= 7; d.T_cal /= 7
///     m = ModifiedBetaGeoFitter().fit(d.frequency_cal, d.recency_cal, d.T_cal)
///     pred = m.conditional_expected_number_of_purchases_up_to_time(39, d.frequency_cal, d.recency_cal, d.T_cal)
///     act = d.frequency_holdout
///     act.sum(), pred.sum(), np.corrcoef(act, pred)[0, 1]
///     g = d.frequency_cal.clip(upper=7)   # then per k: (g == k).sum(), act[g == k].mean(), pred[g == k].mean()
///     m.expected_number_of_purchases_up_to_time(t) for t in (1, 10, 39, 78)
@Suite(.enabled(if: CDNOW.isAvailable, "CDNOW_sample.txt not found: run scripts/fetch-cdnow.sh or set BOOMERANG_CDNOW"))
struct ModelCheckCDNOWTests {
    static let actual = 1882
    static let predicted = 1576.7282658885847
    static let correlation = 0.6272530292025534
    /// (repeat purchases in calibration, customers, actual mean, predicted mean) over the holdout.
    static let groups: [(Int, Int, Double, Double)] = [
        (0, 1411, 0.23671155209071582, 0.18516120083808937),
        (1, 439, 0.6970387243735763, 0.5513584504265143),
        (2, 214, 1.3925233644859814, 1.048951821941349),
        (3, 100, 1.56, 1.492932554226112),
        (4, 62, 2.532258064516129, 2.1043085185822914),
        (5, 38, 2.9473684210526314, 2.5635528530571854),
        (6, 29, 3.8620689655172415, 3.3608206447683147),
        (7, 64, 6.359375, 5.8485089247528865),
    ]

    /// The CDNOW sample as a handbook with as-of 1998-06-30 and a 39-week check.
    static func analysis() throws -> Analysis {
        var b = ModelBuilder()
        var index: [String: Int] = [:]
        for t in try CDNOW.load() {
            let c = index[t.customer] ?? b.customer(t.customer)
            index[t.customer] = c
            b.order(c, t.day.iso, t.amount)
        }
        b.config.modelCheckWeeks = 39
        return try Analyzer.analyze(b.model(asOf: "1998-06-30"))
    }

    @Test func reportCardMatchesLifetimes() throws {
        let check = try #require(try Self.analysis().modelCheck)
        #expect(check.weeks == 39)
        #expect(check.calibrationEnd == CDNOW.calibrationEnd)
        #expect(check.customers == 2357)
        #expect(check.actualPurchases == Self.actual)
        // Our fit and lifetimes' agree to about 1e-4 in the parameters, hence the tolerances.
        #expect(abs(check.predictedPurchases - Self.predicted) < 1e-3 * Self.predicted, "\(check.predictedPurchases)")
        #expect(abs(try #require(check.correlation) - Self.correlation) < 1e-3)
        #expect(check.byRepeatPurchases.count == Self.groups.count)
        for (g, (k, n, actual, predicted)) in zip(check.byRepeatPurchases, Self.groups) {
            #expect(g.repeatPurchases == k && g.customers == n)
            #expect(abs(g.actualMean - actual) < 1e-12)
            #expect(abs(g.predictedMean - predicted) < 1e-3 * predicted, "x=\(k): \(g.predictedMean)")
        }
        // 16% fewer purchases predicted than made, correlation 0.63: usable with care.
        #expect(check.verdict == .withCare)
        // The tracking ends at as-of with every repeat purchase of these customers counted.
        let last = try #require(check.tracking.last)
        #expect(last.end == Day(iso: "1998-06-30")!)
        #expect(check.tracking.first!.end <= Day(iso: "1997-01-07")!)
        #expect(check.deciles.count == 10 && check.deciles.map(\.customers).reduce(0, +) == 2357)
    }

    /// E[X(t)], the unconditional expectation behind the tracking chart, at lifetimes' fitted
    /// parameters: ModifiedBetaGeoFitter.expected_number_of_purchases_up_to_time.
    @Test func unconditionalExpectationMatchesLifetimes() throws {
        let p = PurchaseModel.mbgnbd(MBGNBDParameters(r: 0.5248429031496339, alpha: 6.183081764399498,
                                                      a: 0.8913595172711198, b: 1.6140029311979667, logLikelihood: 0))
        let reference: [(Double, Double)] = [(1, 0.05306033265260898), (10, 0.4332510114319074),
                                             (39, 1.1822798470838096), (78, 1.8036305180327468)]
        for (t, e) in reference {
            let v = try #require(p.expectedPurchases(t: t, x: 0, tx: 0, T: 0))
            #expect(abs(v - e) < 1e-10 * e, "t=\(t): \(v)")
        }
    }
}

/// The report card's rules on small hand-made data.
@Suite struct ModelCheckRuleTests {
    @Test func verdictFollowsTheThresholds() {
        #expect(ModelVerdict(relativeError: 0.10, correlation: 0.7) == .good)
        #expect(ModelVerdict(relativeError: -0.15, correlation: 0.5) == .good)
        #expect(ModelVerdict(relativeError: -0.16, correlation: 0.63) == .withCare)
        #expect(ModelVerdict(relativeError: 0.05, correlation: 0.4) == .withCare)
        #expect(ModelVerdict(relativeError: 0.31, correlation: 0.9) == .doNotRely)
        #expect(ModelVerdict(relativeError: 0.0, correlation: 0.2) == .doNotRely)
        #expect(ModelVerdict(relativeError: nil, correlation: 0.9) == .doNotRely)
        #expect(ModelVerdict(relativeError: 0.0, correlation: nil) == .doNotRely)
    }

    @Test func decilesAreEqualGroupsByChance() {
        let chance = (0..<25).map { Double(24 - $0) / 24 }
        let d = AnalysisRun.deciles(chance, bought: chance.map { $0 > 0.5 })
        #expect(d.map(\.customers) == [2, 3, 2, 3, 2, 3, 2, 3, 2, 3])
        #expect(d.first!.predicted < d.last!.predicted)
        #expect(d.first!.actual == 0 && d.last!.actual == 1)
        #expect(AnalysisRun.deciles([0.5, 0.2], bought: [true, false]).isEmpty)
    }

    @Test func correlationIsUndefinedForConstants() {
        #expect(AnalysisRun.correlation([1, 2, 3], [2, 4, 6])! > 0.999_999)
        #expect(AnalysisRun.correlation([1, 2, 3], [3, 2, 1])! < -0.999_999)
        #expect(AnalysisRun.correlation([1, 1, 1], [1, 2, 3]) == nil)
    }

    /// Eight regular buyers and a one-time buyer over two years.
    func builder() -> ModelBuilder {
        var b = ModelBuilder()
        for k in 0..<8 {
            let c = b.customer("R\(k)")
            b.orders(c, from: "2022-01-0\(k + 1)", every: 20 + 7 * k, count: 30, amount: 50)
        }
        b.order(b.customer("ONCE"), "2022-03-01", 80)
        return b
    }

    @Test func holdoutDefaultsToAQuarterOfTheHistory() throws {
        var b = builder()
        let check = try #require(try Analyzer.analyze(b.model(asOf: "2023-12-31")).modelCheck)
        // 729 days of history: a quarter is 26 weeks.
        #expect(check.weeks == 26)
        #expect(check.calibrationEnd == Day(iso: "2023-12-31")! + (-26 * 7))
        #expect(check.customers == 9)
        #expect(check.tracking.last!.end == Day(iso: "2023-12-31")!)
        #expect(check.actualPurchases == check.byRepeatPurchases.reduce(0) { $0 + Int(($1.actualMean * Double($1.customers)).rounded()) })
        b.config.modelCheckWeeks = 60
        #expect(try Analyzer.analyze(b.model(asOf: "2023-12-31")).modelCheck?.weeks == 60)
        // A holdout as long as the history leaves nothing to fit on.
        b.config.modelCheckWeeks = 104
        #expect(try Analyzer.analyze(b.model(asOf: "2023-12-31")).modelCheck == nil)
    }

    @Test func tooFewRepeatBuyersGiveNoReportCard() throws {
        var b = ModelBuilder()
        for k in 0..<5 { b.order(b.customer("C\(k)"), "2023-0\(k + 1)-10", 10) }
        b.orders(b.customer("R"), from: "2023-01-01", every: 30, count: 12, amount: 10)
        #expect(try Analyzer.analyze(b.model(asOf: "2023-12-31")).modelCheck == nil)
    }
}
