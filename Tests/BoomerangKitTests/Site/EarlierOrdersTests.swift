@testable import BoomerangKit
import BoomerangModel
import Testing

/// The dossier's row of earlier orders (DossierView+Orders.swift): the orders before the newest
/// twelve, summed, in the example handbook's English.
@Suite struct EarlierOrdersTests {
    static func site() throws -> SiteContext { try DossierSource.load(root: TestProject.repository).site }

    static func inputs(_ days: [String], _ amounts: [Double], _ margins: [Double?]) -> OrderListInputs {
        OrderListInputs(ids: days.indices.map { "SO-\($0)" }, days: days.map { Int(Day(iso: $0)!.raw) },
                        amounts: amounts, margins: margins)
    }

    @Test func periodCountAndSums() throws {
        let row = try Self.site().earlierOrders(Self.inputs(["2024-03-05", "2023-11-20", "2023-01-31"],
                                                            [100.5, 200.25, 50], [10, 20, 5]))
        #expect(row.period == "Jan 31, 2023 – Mar 5, 2024")
        #expect(row.count == "Earlier: 3 orders")
        #expect(row.amount == "$350.75")
        #expect(row.margin == "$35.00")
    }

    @Test func oneDayIsOneDateAndOneOrderIsSingular() throws {
        let row = try Self.site().earlierOrders(Self.inputs(["2023-01-31"], [42], [nil]))
        #expect(row.period == "Jan 31, 2023")
        #expect(row.count == "Earlier: 1 order")
        #expect(row.margin == "")   // not every earlier order has a margin: no partial sum
    }

    @Test func theNewestTwelveAreRowsAndTheRestOneRow() throws {
        let site = try Self.site()
        // The example's customer with the most orders: its table lists twelve and sums the rest.
        let c = try #require(site.model.customers.indices.max { site.orders($0).count < site.orders($1).count })
        let page = site.dossier(c, root: "../")
        let all = site.orders(c)
        #expect(page.recentOrders?.rows.count == SiteContext.recentOrderLimit)
        #expect(page.recentOrders?.rows.first?.id == all.last?.orderID)
        let earlier = try #require(page.earlierOrders)
        #expect(earlier.count == "Earlier: \(site.format.integer(all.count - SiteContext.recentOrderLimit)) orders")
    }
}
