import Testing
import BoomerangModel
@testable import BoomerangAnalytics

@Suite struct RhythmTests {
    /// A customer buying every 30 days: active up to 30 days, at risk up to 39 (1.33 x 30 = 39.9), lost from 40.
    @Test(arguments: [(30, RhythmStatus.active), (31, .atRisk), (39, .atRisk), (40, .lost)])
    func statusBoundaries(daysSince: Int, expected: RhythmStatus) throws {
        var b = ModelBuilder()
        let c = b.customer("A")
        b.orders(c, from: "2024-01-01", every: 30, count: 4, amount: 100)
        let last = ModelBuilder.day("2024-01-01") + 90
        let a = try Analyzer.analyze(b.model(asOf: (last + daysSince).iso))
        let m = a.customers[c]
        #expect(m.purchases == 4)
        #expect(m.medianIntervalDays == 30)
        #expect(m.intervalFromPopulation == false)
        #expect(m.daysSinceLast == daysSince)
        #expect(m.status == expected)
        #expect(m.expectedNextPurchase == last + 30)
        #expect(m.lostThreshold == last + 40)   // 39.9 rounded
    }

    @Test func sameDayOrdersAreOnePurchase() throws {
        var b = ModelBuilder()
        let c = b.customer("A")
        b.order(c, "2024-01-01", 100)
        b.order(c, "2024-01-01", 50)
        b.order(c, "2024-01-11", 10)
        b.order(c, "2024-01-31", 20)
        let m = try Analyzer.analyze(b.model(asOf: "2024-02-01")).customers[c]
        #expect(m.orderCount == 4)
        #expect(m.purchases == 3)
        #expect(m.revenue == 180)
        // Intervals 10 and 20: median 15.
        #expect(m.medianIntervalDays == 15)
        #expect(m.firstPurchase == ModelBuilder.day("2024-01-01"))
        #expect(m.lastPurchase == ModelBuilder.day("2024-01-31"))
    }

    @Test func ordersAfterAsOfAreIgnored() throws {
        var b = ModelBuilder()
        let c = b.customer("A")
        b.order(c, "2024-01-01", 100)
        b.order(c, "2024-03-01", 100)
        let m = try Analyzer.analyze(b.model(asOf: "2024-02-01")).customers[c]
        #expect(m.purchases == 1)
        #expect(m.revenue == 100)
        #expect(m.daysSinceLast == 31)
    }

    /// Customers with 1-2 purchases use the median of the per-customer median intervals of
    /// everyone with 2+ purchases (here 10, 20 and 60 days: 20).
    @Test func fewPurchasesUseThePopulationMedian() throws {
        var b = ModelBuilder()
        let p10 = b.customer("P10"), p20 = b.customer("P20"), two = b.customer("TWO"), one = b.customer("ONE"), none = b.customer("NONE")
        b.orders(p10, from: "2024-01-01", every: 10, count: 5, amount: 10)
        b.orders(p20, from: "2024-01-01", every: 20, count: 3, amount: 10)
        b.order(two, "2024-01-01", 10); b.order(two, "2024-03-01", 10)   // 60 days
        b.order(one, "2024-03-01", 10)
        let a = try Analyzer.analyze(b.model(asOf: "2024-03-25"))
        #expect(a.summary.populationMedianInterval == 20)
        #expect(a.customers[two].medianIntervalDays == 20)
        #expect(a.customers[two].intervalFromPopulation)
        #expect(a.customers[one].medianIntervalDays == 20)
        #expect(a.customers[one].status == .atRisk)   // 24 days > 20, <= 26.6
        #expect(a.customers[p10].intervalFromPopulation == false)
        #expect(a.customers[none].status == .noOrders)
        #expect(a.customers[none].medianIntervalDays == nil)
        #expect(a.summary.periodDays == 30)           // 20 days, clamped to at least 30
    }

    @Test func churnedUntilAPurchaseAfterTheChurnDay() throws {
        var b = ModelBuilder()
        let sameDay = b.customer("SAME"), back = b.customer("BACK"), gone = b.customer("GONE"), never = b.customer("NEVER")
        b.orders(sameDay, from: "2024-01-01", every: 30, count: 3, amount: 100)
        b.churned(sameDay, "2024-03-01")                  // the last purchase is on the churn day
        b.orders(back, from: "2024-01-01", every: 30, count: 3, amount: 100)
        b.churned(back, "2024-02-15")
        b.order(back, "2024-04-01", 70)
        b.order(back, "2024-04-20", 30)
        b.orders(gone, from: "2024-01-01", every: 30, count: 2, amount: 100)
        b.churned(gone, "2024-03-01")
        b.churned(never, "2024-03-01")
        b.churned(gone, "2024-06-01")                     // after as-of: ignored
        let a = try Analyzer.analyze(b.model(asOf: "2024-04-30"))
        #expect(a.customers[sameDay].status == .churned)
        #expect(a.customers[sameDay].wonBack == false)
        #expect(a.customers[back].wonBack)
        #expect(a.customers[back].wonBackDate == ModelBuilder.day("2024-03-01"))  // 2024-03-01 purchase is after 02-15
        #expect(a.customers[back].revenueSinceWonBack == 200)
        #expect(a.customers[back].status != .churned)
        #expect(a.customers[gone].status == .churned)
        #expect(a.customers[gone].churnDate == ModelBuilder.day("2024-03-01"))
        #expect(a.customers[never].status == .churned)
        #expect(a.summary.wonBackCount == 1)
        #expect(a.summary.wonBackRate == 0.25)
        #expect(a.summary.wonBackRevenue == 200)
        #expect(a.summary.churned == 3)
    }

    @Test func yearlyRevenueIsTheYearBeforeTheLastPurchase() throws {
        var b = ModelBuilder()
        let c = b.customer("A")
        b.order(c, "2022-01-01", 1000)
        b.order(c, "2023-01-02", 100)   // 366 days before the last purchase: outside
        b.order(c, "2023-06-01", 200)
        b.order(c, "2024-01-02", 300)
        let m = try Analyzer.analyze(b.model(asOf: "2024-12-31")).customers[c]
        #expect(m.yearlyRevenue == 500)
    }
}
