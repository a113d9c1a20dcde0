import Testing
import Foundation
import BoomerangModel
@testable import BoomerangAnalytics

/// MBG/NBD predictions against lifetimes 0.11.3 (ModifiedBetaGeoFitter, computed once with the
/// CDNOW parameters r = 0.525, alpha = 6.183, a = 0.891, b = 1.614; Python is not needed to run
/// these), and the point of the model: one-time buyers who stay silent are not all alive.
@Suite struct MBGNBDTests {
    static let cdnow = MBGNBDParameters(r: 0.525, alpha: 6.183, a: 0.891, b: 1.614, logLikelihood: 0)

    /// (x, tx, T, P(alive), E[Y(39)], E[Y(52)]) from lifetimes'
    /// conditional_probability_alive and conditional_expected_number_of_purchases_up_to_time.
    static let reference: [(Int, Double, Double, Double, Double, Double)] = [
        (0, 0, 38.86, 0.3897350809187629, 0.15401274667514553, 0.19770581741636964),
        (0, 0, 5, 0.5702854939341713, 0.6956943254436496, 0.8531689838590135),
        (0, 0, 78, 0.3150211852863905, 0.07067139967089728, 0.09202110392897758),
        (2, 30.43, 38.86, 0.7062022651184873, 1.2629606232673432, 1.5972166308180844),
        (10, 35, 38, 0.8614709734920112, 6.156531134745766, 7.682910675338225),
        (1, 2, 70, 0.08898400787970187, 0.06205653413128974, 0.0801064005452297),
    ]

    @Test func predictionsMatchLifetimes() throws {
        for (x, tx, T, alive, e39, e52) in Self.reference {
            #expect(abs(MBGNBD.probabilityAlive(Self.cdnow, x: x, tx: tx, T: T) - alive) < 1e-12, "x=\(x) T=\(T)")
            let y39 = try #require(MBGNBD.expectedPurchases(Self.cdnow, t: 39, x: x, tx: tx, T: T))
            let y52 = try #require(MBGNBD.expectedPurchases(Self.cdnow, t: 52, x: x, tx: tx, T: T))
            #expect(abs(y39 - e39) < 1e-10 * e39, "x=\(x) T=\(T): \(y39)")
            #expect(abs(y52 - e52) < 1e-10 * e52, "x=\(x) T=\(T): \(y52)")
        }
    }

    /// The dispatch reaches the chosen model: same numbers as the model's own functions.
    @Test func purchaseModelDispatchesOnItsKind() throws {
        let m = PurchaseModel.mbgnbd(Self.cdnow)
        #expect(m.kind == .mbgnbd)
        #expect(m.probabilityAlive(x: 0, tx: 0, T: 38.86) == MBGNBD.probabilityAlive(Self.cdnow, x: 0, tx: 0, T: 38.86))
        #expect(m.expectedPurchases(t: 52, x: 2, tx: 30.43, T: 38.86) == MBGNBD.expectedPurchases(Self.cdnow, t: 52, x: 2, tx: 30.43, T: 38.86))
        let bg = PurchaseModel.bgnbd(BGNBDParameters(r: 0.525, alpha: 6.183, a: 0.891, b: 1.614, logLikelihood: 0))
        #expect(bg.probabilityAlive(x: 0, tx: 0, T: 38.86) == 1)
        #expect(PurchaseModel(.bgnbd, values: m.values) == bg)
        #expect(PurchaseModel(.mbgnbd, values: [1, 2, 3]) == nil)
    }

    /// A one-time buyer's P(alive) under MBG/NBD falls with the silence since the purchase,
    /// where BG/NBD says 1 however long they have been gone.
    @Test func silentOneTimeBuyerIsProbablyGone() throws {
        let fresh = MBGNBD.probabilityAlive(Self.cdnow, x: 0, tx: 0, T: 1)
        let year = MBGNBD.probabilityAlive(Self.cdnow, x: 0, tx: 0, T: 52)
        let decade = MBGNBD.probabilityAlive(Self.cdnow, x: 0, tx: 0, T: 520)
        #expect(fresh > year && year > decade)
        #expect(decade < 0.25)
        // Right at the first purchase it is the chance of not dropping out there: b / (a + b).
        #expect(abs(MBGNBD.probabilityAlive(Self.cdnow, x: 0, tx: 0, T: 0) - 1.614 / (0.891 + 1.614)) < 1e-12)
    }

    /// Through the whole analysis: the default model gives the silent one-time buyer a P(alive)
    /// well below 1 and a smaller one than a recent one-time buyer; `model: bgnbd` gives both 1.
    @Test func analysisUsesTheConfiguredModel() throws {
        var b = ModelBuilder()
        for k in 0..<8 {
            let c = b.customer("R\(k)")
            b.orders(c, from: "2023-01-0\(k + 1)", every: 20 + 5 * k, count: 6 + k, amount: 50)
        }
        let old = b.customer("OLD"), recent = b.customer("NEW")
        b.order(old, "2022-01-10", 80)
        b.order(recent, "2024-04-20", 80)
        let mbg = try Analyzer.analyze(b.model(asOf: "2024-05-01"))
        #expect(mbg.purchaseModel?.kind == .mbgnbd)
        let oldAlive = try #require(mbg.customers[old].pAlive), recentAlive = try #require(mbg.customers[recent].pAlive)
        #expect(oldAlive < 0.5 && oldAlive < recentAlive)
        #expect(mbg.customers[old].expectedPurchases52w! < mbg.customers[recent].expectedPurchases52w!)

        b.config.model = .bgnbd
        let bg = try Analyzer.analyze(b.model(asOf: "2024-05-01"))
        #expect(bg.purchaseModel?.kind == .bgnbd)
        #expect(bg.customers[old].pAlive == 1 && bg.customers[recent].pAlive == 1)
    }
}

/// P(at least one purchase within t), checked against a simulation-free identity: for small t it
/// approaches P(alive) x (r + x) / (alpha + T) x t, the expected count of a live customer.
@Suite struct PurchaseWithinTests {
    @Test func probabilityOfAPurchaseWithin() {
        let m = PurchaseModel.mbgnbd(MBGNBDTests.cdnow)
        for (x, tx, T) in [(0, 0.0, 30.0), (2, 20.0, 38.0), (6, 35.0, 38.0)] {
            let alive = m.probabilityAlive(x: x, tx: tx, T: T)
            let p = m.probabilityOfPurchase(within: 26, x: x, tx: tx, T: T)
            #expect(p > 0 && p < alive, "x=\(x)")
            // Exact closed form: P(alive) x (1 - ((alpha+T)/(alpha+T+t))^(r+x)).
            let none: Double = pow((6.183 + T) / (6.183 + T + 26), 0.525 + Double(x))
            let expected = alive * (1 - none)
            #expect(abs(p - expected) < 1e-12)
            let tiny = m.probabilityOfPurchase(within: 1e-6, x: x, tx: tx, T: T)
            let rate: Double = alive * (0.525 + Double(x)) / (6.183 + T)
            #expect(abs(tiny / 1e-6 - rate) < 1e-6)
            #expect(m.probabilityOfPurchase(within: 1e9, x: x, tx: tx, T: T) > alive * 0.999)
        }
    }
}
