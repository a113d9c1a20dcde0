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
            let rows = group.customers
            #expect(rows.map(\.id) == members.prefix(2).map { site.model.customers[$0].id })
            #expect(group.count == site.format.integer(members.count))
            if members.count > 2 {
                cut += 1
                // 120 customers fit on the first page of the priority list.
                #expect(group.moreHref == "../customers/index.html")
                #expect(group.more.contains(site.format.integer(members.count - 2)))
                let page = site.customerList(.priority, page: 0, root: "../")
                let listed = page.customers.map(\.id)
                #expect(listed.contains(site.model.customers[members[2]].id), "the first customer left out is on the linked page")
            } else {
                #expect(group.moreHref == "")
            }
        }
        #expect(cut > 0, "the example has groups of more than two")
    }

    @Test func smallGroupsAreShownWhole() throws {
        let site = try Self.site()
        for group in site.lostGroups(root: "../") {
            #expect(group.moreHref == "")
            #expect(group.customers.count <= SiteContext.lostGroupLimit)
        }
    }
}
