@testable import BoomerangKit
import Testing

/// "Who we lost" shows the first customers of each priority group and links to the rest.
@Suite struct LostSectionTests {
    static func site() throws -> SiteContext { try DossierSource.load(root: TestProject.repository).site }

    @Test func groupsAreCutAtTheLimitWithALinkToTheRest() throws {
        let site = try Self.site()
        let groups = site.lostGroups(root: "../", limit: 2)
        let order = site.winBackOrder
        var cut = 0
        for (group, p) in zip(groups, WinBackPriority.allCases) {
            let members = order.filter { site.analysis.customers[$0].priority == p }
            let rows = try #require(group["customers"] as? SharedRows).rows
            #expect(rows.map { $0["id"] as? String } == members.prefix(2).map { site.model.customers[$0].id })
            #expect(group["count"] as? String == site.format.integer(members.count))
            if members.count > 2 {
                cut += 1
                // 120 customers fit on the first page of the priority list.
                #expect(group["more_href"] as? String == "../customers/index.html")
                #expect((group["more"] as? String)?.contains(site.format.integer(members.count - 2)) == true)
                let page = site.customerList(.priority, page: 0, root: "../")
                let listed = try #require(page["customers"] as? SharedRows).rows.compactMap { $0["id"] as? String }
                #expect(listed.contains(site.model.customers[members[2]].id), "the first customer left out is on the linked page")
            } else {
                #expect(group["more_href"] as? String == "")
            }
        }
        #expect(cut > 0, "the example has groups of more than two")
    }

    @Test func smallGroupsAreShownWhole() throws {
        let site = try Self.site()
        for group in site.lostGroups(root: "../") {
            #expect(group["more_href"] as? String == "")
            #expect(try #require(group["customers"] as? SharedRows).rows.count <= SiteContext.lostGroupLimit)
        }
    }
}
