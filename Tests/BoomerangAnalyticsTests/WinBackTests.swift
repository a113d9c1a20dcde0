import Testing
import BoomerangModel
@testable import BoomerangAnalytics

@Suite struct WinBackTests {
    /// A churned customer worth 1,000 a year, where a typical C customer brings 50 a year.
    func facts(_ tier: ValueTier, _ leavers: Set<LeaverKind> = [], chance: Double? = 0.5, churned: Bool = true,
               complaints: Int = 0, unresolved: Int = 0, referrals: Int = 0, yearly: Double = 1000) -> WinBackFacts {
        var f = WinBackFacts(tier: tier, tierReason: PriorityReason("tier"))
        f.modelChance = chance; f.churned = churned; f.yearlyRevenue = yearly; f.gainCutoff = 50
        f.leavers = leavers; f.complaints = complaints; f.unresolvedComplaints = unresolved; f.referrals = referrals
        return f
    }

    func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-12 } ?? false }

    /// 0.5 x 1.2 (price) x 1.1 (no complaints) = 0.66: a good chance; high value -> win back first, discount.
    @Test func highValuePriceLeaverFirst() {
        let d = WinBackRule.decide(facts(.high, [.price]))
        #expect(close(d.chance, 0.66))
        #expect(d.priority == .first && d.offer == .discount)
        #expect(d.reasons.map(\.key) == ["tier", "priority.reason.chance_adjusted", "priority.reason.price_leaver",
                                         "priority.reason.no_complaints", "priority.reason.expected_gain", "priority.reason.chance_good"])
        #expect(d.reasons[1].figures == [.count(26), .percent(d.chance!), .percent(0.5)])
        #expect(d.reasons[4].figures == [.percent(d.chance!), .money(1000), .money(d.chance! * 1000)])
    }

    /// 0.5 x 0.8 (service) x 0.9 (open complaint) = 0.36: fair; high value -> must win back, service upgrade.
    @Test func highValueServiceLeaverWithOpenComplaint() {
        let d = WinBackRule.decide(facts(.high, [.service], complaints: 2, unresolved: 1))
        #expect(close(d.chance, 0.36))
        #expect(d.priority == .must && d.offer == .serviceUpgrade)
        #expect(d.reasons.contains(PriorityReason("priority.reason.unresolved_complaints", .factor(0.9))))
    }

    /// Price and service halve the chance; let go, unless a top customer (one tailored attempt).
    @Test func priceAndServiceLetGoUnlessTopCustomer() {
        let low = WinBackRule.decide(facts(.medium, [.price, .service]))
        #expect(close(low.chance, 0.275))
        #expect(low.priority == .letGo && low.offer == nil)
        #expect(low.reasons.contains(PriorityReason("priority.reason.price_and_service", .factor(0.5))))
        let top = WinBackRule.decide(facts(.high, [.price, .service]))
        #expect(top.priority == .ifPossible && top.offer == .individual)
    }

    /// 0.3 x 0.8 x 1.1 (resolved) x 1.1 (referrals) = 0.2904: fair; medium value -> if possible.
    @Test func resolvedComplaintsAndReferrals() {
        let d = WinBackRule.decide(facts(.medium, [.service], chance: 0.3, complaints: 1, unresolved: 0, referrals: 3))
        #expect(close(d.chance, 0.2904))
        #expect(d.priority == .ifPossible)
        #expect(d.reasons.map(\.key) == ["tier", "priority.reason.chance_adjusted", "priority.reason.service_leaver",
                                         "priority.reason.complaints_resolved", "priority.reason.referrals",
                                         "priority.reason.expected_gain", "priority.reason.chance_fair"])
    }

    /// 0.9 x 1.2 x 1.1 x 1.1 = 1.31, capped to 1.
    @Test func adjustedChanceIsCappedToOne() {
        #expect(WinBackRule.decide(facts(.high, [.price], chance: 0.9, referrals: 1)).chance == 1)
    }

    /// Lost by rhythm, no churn record: the model's number as it is, whatever the complaints.
    @Test func lostByRhythmKeepsTheModelChance() {
        let d = WinBackRule.decide(facts(.medium, chance: 0.45, churned: false, complaints: 3, unresolved: 3, referrals: 2))
        #expect(d.chance == 0.45)
        #expect(d.priority == .must)
        #expect(d.reasons.map(\.key) == ["tier", "priority.reason.chance", "priority.reason.reason_unknown",
                                         "priority.reason.expected_gain", "priority.reason.chance_good"])
    }

    /// A $12 one-time buyer with a 4 % chance: 0.48 expected, less than a C customer's year (50).
    /// Lost by rhythm only, yet 90 % or more likely to buy again unprompted: a check-in, not a
    /// win-back visit (CDNOW heavy buyers, lost after five quiet days with a 99 % chance).
    @Test func customerWhoReturnsAnywayIsNotChased() {
        let d = WinBackRule.decide(facts(.high, chance: 0.99, churned: false, yearly: 4761))
        #expect(d.priority == .ifPossible)
        #expect(d.reasons.last?.key == "priority.reason.returns_anyway")
        // A recorded departure is a real one: the usual rule applies, whatever the model says.
        #expect(WinBackRule.decide(facts(.high, [.price], chance: 0.95, yearly: 4761)).priority == .first)
    }

    @Test func smallExpectedGainIsLetGo() {
        let d = WinBackRule.decide(facts(.low, chance: 0.04, churned: false, yearly: 12))
        #expect(d.priority == .letGo && d.offer == nil)
        #expect(d.reasons.last == PriorityReason("priority.reason.small_gain", .money(50)))
        // Even a top customer is let go when the gain is that small.
        #expect(WinBackRule.decide(facts(.high, chance: 0.01, churned: false, yearly: 4000)).priority == .letGo)
    }

    /// Value against chance: a poor chance (below 5 %) still earns a high-value customer an attempt.
    @Test func valueAgainstChance() {
        let poor = facts(.high, chance: 0.04, churned: false, yearly: 100_000)
        #expect(WinBackRule.decide(poor).priority == .ifPossible)
        #expect(WinBackRule.decide(facts(.medium, chance: 0.04, churned: false, yearly: 100_000)).priority == .letGo)
        #expect(WinBackRule.decide(facts(.low, chance: 0.6, churned: false)).priority == .ifPossible)
        #expect(WinBackRule.decide(facts(.low, chance: 0.2, churned: false)).priority == .letGo)
    }

    /// No fitted model: the chance is unknown, value alone decides and no gain is claimed.
    @Test func unknownChance() {
        let d = WinBackRule.decide(facts(.medium, chance: nil, churned: false))
        #expect(d.chance == nil && d.priority == .ifPossible)
        #expect(d.reasons.map(\.key) == ["tier", "priority.reason.chance_unknown", "priority.reason.reason_unknown"])
    }

    @Test func unknownReasonOffers() {
        #expect(WinBackRule.decide(facts(.high, chance: 0.5)).offer == .both)              // win back first
        #expect(WinBackRule.decide(facts(.high, chance: 0.2)).offer == .serviceUpgrade)    // must win back
        #expect(WinBackRule.decide(facts(.medium)).offer == .serviceUpgrade)
        #expect(WinBackRule.decide(facts(.high, [.situation])).reasons.contains(PriorityReason("priority.reason.own_situation")))
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

    /// End to end: the model's chance, adjusted by reasons from playbooks, complaints and referrals.
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
        let model = try #require(a.purchaseModel)
        let m = a.customers[big]
        // Six purchases 30 days apart from 2023-01-01; as-of 2024-12-31 is 730 days after the first.
        let raw = model.probabilityOfPurchase(within: 26, x: 5, tx: 150.0 / 7, T: 730.0 / 7)
        #expect(m.modelReturnChance == raw)
        #expect(close(m.returnChance, min(1, raw * 1.2 * 1.1 * 1.1)))   // price, complaint resolved, referrals
        #expect(m.status == .churned && m.abc == "A")
        #expect(m.priorityReasons.first == PriorityReason("priority.reason.high_value", .money(6000)))
        #expect(m.grievance)                               // a complaint, though resolved
        #expect(a.customers[both].grievance)               // delivery: our company's fault
        #expect(!a.customers[small].grievance)
        #expect(a.customers[both].priority == .letGo)
        // The cut-off: SMALL is the only C customer, 60 in its last year.
        #expect(a.customers[small].abc == "C" && a.customers[small].yearlyRevenue == 60)
        #expect(a.customers[big].priorityReasons.contains { $0.key == "priority.reason.expected_gain" })
        #expect(a.customers[small].status == .lost)
        #expect(a.customers[small].returnChance == a.customers[small].modelReturnChance)
        #expect(a.customers[active].priority == nil)
        #expect(a.customers[active].returnChance == a.customers[active].modelReturnChance)
        #expect(a.customers[active].returnChance! > 0.9)   // buys every month and did so last month
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
