import Testing
import BoomerangModel
@testable import BoomerangAnalytics

@Suite struct WinBackTests {
    func facts(_ tier: ValueTier, _ leavers: Set<LeaverKind> = [], complaints: Int = 0, unresolved: Int = 0, referrals: Int = 0) -> WinBackFacts {
        var f = WinBackFacts(tier: tier, tierReason: "tier")
        f.leavers = leavers; f.complaints = complaints; f.unresolvedComplaints = unresolved; f.referrals = referrals
        return f
    }

    /// 0.35 + 0.15 (price) + 0.10 (no complaints) = 0.60: likely; A -> win back first, with a discount.
    @Test func highValuePriceLeaverFirst() {
        let d = WinBackRule.decide(facts(.high, [.price]))
        #expect(d == WinBackDecision(priority: .first, likelihood: 0.60, offer: .discount,
                                     reasons: ["tier", "priority.reason.price_leaver", "priority.reason.no_complaints",
                                               "priority.reason.likely_to_return"]))
    }

    /// 0.35 - 0.10 (service) - 0.10 (unresolved) = 0.15: unlikely; A -> must win back, service upgrade.
    @Test func highValueServiceLeaverWithOpenComplaint() {
        let d = WinBackRule.decide(facts(.high, [.service], complaints: 2, unresolved: 1))
        #expect(d.priority == .must)
        #expect(d.likelihood == 0.15)
        #expect(d.offer == .serviceUpgrade)
        #expect(d.reasons.contains("priority.reason.unresolved_complaints"))
    }

    /// Price and service: let go, unless a top customer (one tailored attempt).
    @Test func priceAndServiceLetGoUnlessTopCustomer() {
        let low = WinBackRule.decide(facts(.medium, [.price, .service]))
        #expect(low.priority == .letGo && low.offer == nil && low.likelihood == 0.25)
        #expect(low.reasons.contains("priority.reason.price_and_service"))
        let top = WinBackRule.decide(facts(.high, [.price, .service]))
        #expect(top.priority == .ifPossible && top.offer == .individual)
    }

    /// Resolved complaints and referrals raise the likelihood: 0.35 - 0.10 + 0.10 + 0.10 = 0.45.
    @Test func resolvedComplaintsAndReferrals() {
        let d = WinBackRule.decide(facts(.medium, [.service], complaints: 1, unresolved: 0, referrals: 3))
        #expect(d.likelihood == 0.45)
        #expect(d.priority == .must)
        #expect(d.reasons == ["tier", "priority.reason.service_leaver", "priority.reason.complaints_resolved",
                              "priority.reason.referrals", "priority.reason.likely_to_return"])
    }

    @Test func lowValueUnlikelyIsLetGo() {
        let d = WinBackRule.decide(facts(.low, [.situation], complaints: 1, unresolved: 1))
        #expect(d.likelihood == 0.10)
        #expect(d.priority == .letGo && d.offer == nil)
    }

    @Test func unknownReasonOffers() {
        #expect(WinBackRule.decide(facts(.high)).offer == .both)
        #expect(WinBackRule.decide(facts(.medium)).offer == .serviceUpgrade)
        #expect(WinBackRule.decide(facts(.medium)).priority == .must)   // 0.45: likely
    }

    @Test func noProfitIsLetGo() {
        var f = facts(.high, [.price]); f.noProfit = true
        #expect(WinBackRule.decide(f).priority == .letGo)
    }

    @Test func offerResearchFigures() {
        #expect(OfferKind.both.acceptanceRate == 0.47)
        #expect(OfferKind.individual.acceptanceRate == 0.45)
        #expect(OfferKind.discount.acceptanceRate == 0.45)
        #expect(OfferKind.serviceUpgrade.acceptanceRate == 0.41)
        #expect(OfferKind.serviceUpgrade.relativeCost < OfferKind.both.relativeCost)
    }

    /// End to end: reasons from playbooks, complaints and referrals reach the rule.
    @Test func analyzerAppliesTheRule() throws {
        var b = ModelBuilder()
        b.reason("price", .competitor)
        b.reason("delivery", .company)
        let big = b.customer("BIG", manager: "Anna", referrals: 1), small = b.customer("SMALL", manager: "Boris")
        let both = b.customer("BOTH", manager: "Anna"), active = b.customer("ACTIVE", manager: "Boris")
        b.orders(big, from: "2023-01-01", every: 30, count: 6, amount: 1000)
        b.orders(small, from: "2023-01-01", every: 30, count: 6, amount: 10)
        b.orders(both, from: "2023-01-01", every: 30, count: 6, amount: 50)
        b.orders(active, from: "2023-01-01", every: 30, count: 25, amount: 100)
        b.churned(big, "2023-07-01", ["price"])
        b.churned(both, "2023-07-01", ["price", "delivery"])
        b.complaint(big, "2023-05-01", resolved: true)
        let a = try Analyzer.analyze(b.model(asOf: "2024-12-31"))
        let m = a.customers[big]
        #expect(m.status == .churned)
        #expect(m.abc == "A")
        #expect(m.priority == .first)
        #expect(m.winBackLikelihood == 0.70)   // 0.35 + 0.15 + 0.10 + 0.10
        #expect(m.offer == .discount)
        #expect(m.priorityReasons.first == "priority.reason.high_value")
        #expect(a.customers[both].priority == .letGo)
        #expect(a.customers[small].status == .lost)
        #expect(a.customers[active].priority == nil)
        // Reasons ranked by customers, then lost revenue: price (2 customers) before delivery.
        #expect(a.reasons.map(\.reason) == ["price", "delivery"])
        #expect(a.reasons[0].cause == .competitor)
        #expect(a.reasons[0].lostRevenue == 6300)  // the year up to 2023-07-01: 6 x 1000 + 6 x 50
        // Managers sorted by name; lost = lost or churned.
        #expect(a.managers.map(\.manager) == ["Anna", "Boris"])
        #expect(a.managers[0].lost == 2 && a.managers[0].customers == 2)
        #expect(a.managers[1].lost == 1)
    }

    @Test func analysisIsDeterministic() throws {
        var b = ModelBuilder()
        b.reason("price", .competitor)
        for k in 0..<30 {
            let c = b.customer("C\(k)", manager: "M\(k % 3)")
            b.orders(c, from: "2023-01-0\(1 + k % 9)", every: 10 + k, count: 1 + k % 7, amount: Double(10 * (k + 1)))
            if k % 5 == 0 { b.churned(c, "2024-01-01", ["price"]) }
        }
        let model = b.model(asOf: "2024-06-30")
        let one = try Analyzer.analyze(model), two = try Analyzer.analyze(model)
        #expect(String(describing: one.customers) == String(describing: two.customers))
        #expect(String(describing: one.months) == String(describing: two.months))
        #expect(String(describing: one.cohorts) == String(describing: two.cohorts))
        #expect(one.purchaseModel == two.purchaseModel)
        #expect(one.months.first?.month == Day(iso: "2023-01-01")!.monthIndex)
        #expect(one.months.last?.month == Day(iso: "2024-06-30")!.monthIndex)
        #expect(one.cohorts.allSatisfy { $0.retention.first == 1 })
    }
}
