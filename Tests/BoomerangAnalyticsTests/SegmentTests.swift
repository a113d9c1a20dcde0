import Testing
import BoomerangModel
@testable import BoomerangAnalytics

@Suite struct SegmentTests {
    @Test func quintilesGiveTiesTheSameScore() {
        #expect(quintileScores([1, 1, 1, 1, 2], higherIsBetter: true) == [1, 1, 1, 1, 5])
        #expect(quintileScores([10, 20, 30, 40, 50], higherIsBetter: true) == [1, 2, 3, 4, 5])
        #expect(quintileScores([10, 20, 30, 40, 50], higherIsBetter: false) == [5, 4, 3, 2, 1])
        #expect(quintileScores([5, 5, 5], higherIsBetter: true) == [1, 1, 1])
        // Ten values: two per score.
        #expect(quintileScores((1...10).map(Double.init), higherIsBetter: true) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    }

    /// Shares before each customer: 0, .5, .8, .9, .9 (tie) -> A A B B B.
    @Test func abcByCumulativeShare() {
        #expect(abcClasses([50, 30, 10, 5, 5], thresholds: (0.80, 0.95)) == ["A", "A", "B", "B", "B"])
        #expect(abcClasses([1, 0, -5, 99], thresholds: (0.80, 0.95)) == ["C", "C", "C", "A"])   // 1 comes after 0.99
        #expect(abcClasses([0, 0], thresholds: (0.80, 0.95)) == ["C", "C"])
    }

    @Test func xyzByCoefficientOfVariation() throws {
        var b = ModelBuilder()
        let steady = b.customer("X"), gap = b.customer("Y"), lumpy = b.customer("Z"), single = b.customer("ONE")
        b.order(steady, "2024-01-05", 100); b.order(steady, "2024-02-05", 100)          // cv 0
        b.order(gap, "2024-01-05", 100); b.order(gap, "2024-03-05", 100)                // 100, 0, 100: cv 0.707
        b.order(lumpy, "2024-01-05", 200); b.order(lumpy, "2024-01-20", 100)            // 300, 0, 0, 100: cv 1.22
        b.order(lumpy, "2024-04-05", 100)
        b.order(single, "2024-04-05", 100); b.order(single, "2024-04-25", 100)          // one month: none
        let a = try Analyzer.analyze(b.model(asOf: "2024-05-01"))
        #expect(a.customers[steady].xyz == "X")
        #expect(a.customers[gap].xyz == "Y")
        #expect(a.customers[lumpy].xyz == "Z")
        #expect(a.customers[single].xyz == nil)
    }

    @Test func abcUsesMarginWhenEveryOrderHasOne() throws {
        var b = ModelBuilder()
        let big = b.customer("BIG"), thin = b.customer("THIN")
        b.order(big, "2024-01-05", 1000, margin: 10)
        b.order(thin, "2024-01-05", 100, margin: 90)
        let a = try Analyzer.analyze(b.model(asOf: "2024-02-01"))
        #expect(a.customers[thin].abc == "A")
        #expect(a.customers[big].abc == "B")        // share before it: 0.9
        #expect(a.customers[big].margin == 10)
    }

    /// Average purchase 100; 4 purchases in the 106 days from the first to as-of (Jan 1 to Apr 15,
    /// 2024), so 4 x 365.25 / 106 = 13.783 a year; nobody lapsed, so churn is 0 and the expected
    /// years are the cap, 10: 100 x 13.783 x 10 = 13,783. With expected_years: 3 in the config, 4,135.
    @Test func simpleCLV() throws {
        var b = ModelBuilder()
        let c = b.customer("A")
        b.orders(c, from: "2024-01-01", every: 30, count: 4, amount: 100)
        let a = try Analyzer.analyze(b.model(asOf: "2024-04-15"))
        #expect(abs(a.customers[c].simpleCLV! - 100 * 4 * 365.25 / 106 * 10) < 1e-9)
        #expect(a.summary.churnRateYear == 0 && a.summary.expectedYears == 10)
        #expect(a.customers[c].rScore == 1 && a.customers[c].fScore == 1 && a.customers[c].mScore == 1)
        b.config.expectedYears = 3
        let set = try Analyzer.analyze(b.model(asOf: "2024-04-15"))
        #expect(abs(set.customers[c].simpleCLV! - 100 * 4 * 365.25 / 106 * 3) < 1e-9)
    }

    /// Expected years are 1 / the yearly churn; a one-time buyer's purchases a year come from
    /// their own single purchase over the time since (at least a quarter), not from the population.
    @Test func simpleCLVFollowsChurnAndWhatTheCustomerDid() throws {
        var b = ModelBuilder()
        let steady = (0..<3).map { b.customer("S\($0)") }
        for s in steady { b.orders(s, from: "2023-01-01", every: 30, count: 20, amount: 50) }
        let gone = b.customer("GONE")
        b.orders(gone, from: "2023-06-01", every: 30, count: 6, amount: 50)   // lapses in December 2023
        let once = b.customer("ONCE")
        b.order(once, "2023-06-01", 120)
        let a = try Analyzer.analyze(b.model(asOf: "2024-07-31"))
        let year = a.summary.churnRateYear
        #expect(year > 0 && year < 1)
        #expect(abs(a.summary.expectedYears - min(10, 1 / year)) < 1e-12)
        let observed = Double(Day(iso: "2024-07-31")!.raw - Day(iso: "2023-06-01")!.raw + 1)
        #expect(abs(a.customers[once].simpleCLV! - 120 * (365.25 / observed) * a.summary.expectedYears) < 1e-9)
    }

    /// With fewer than three repeat buyers the models are not fitted and their fields stay nil.
    @Test func tooFewRepeatBuyersLeaveModelFieldsNil() throws {
        var b = ModelBuilder()
        let c = b.customer("A"), d = b.customer("B")
        b.orders(c, from: "2024-01-01", every: 30, count: 4, amount: 100)
        b.order(d, "2024-01-01", 100)
        let a = try Analyzer.analyze(b.model(asOf: "2024-05-01"))
        #expect(a.purchaseModel == nil && a.gammaGamma == nil)
        #expect(a.customers[c].pAlive == nil && a.customers[c].clv == nil)
    }

    @Test func hypergeometricSeriesMatchesScipy() throws {
        // scipy.special.hyp2f1 reference values.
        #expect(abs(try #require(BGNBD.hypergeometric2F1(0.5, -0.2, 3.1, 0.9)) - 0.9654241542242351) < 1e-12)
        #expect(abs(try #require(BGNBD.hypergeometric2F1(2.243, 4.426, 4.219, 0.3)) - 2.32107247578253) < 1e-12)
        #expect(abs(try #require(BGNBD.hypergeometric2F1(1.5, 2.5, 40.0, 0.95)) - 1.0993370548636854) < 1e-12)
    }

    /// Huge a and b (no visible drop-out) take the direct series and stay finite.
    @Test func expectationWithHugeDropoutParameters() throws {
        let p = BGNBDParameters(r: 2, alpha: 10, a: 2e6, b: 4e7, logLikelihood: 0)
        let e = try #require(BGNBD.expectedPurchases(p, t: 52, x: 5, tx: 20, T: 30))
        #expect(e.isFinite && e > 0)
    }
}
