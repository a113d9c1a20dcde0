import BoomerangModel
import Foundation
import Testing
@testable import BoomerangKit

/// A sharded build keeps the contacts of its own customers only, and of everyone the latest
/// contact day (`LatestDays`): what the shared pages (customers.csv's next step, the date range)
/// read of the others.
@Suite struct ShardContactsTests {
    /// The summary against the simple reference it replaced: the last of each customer's
    /// contacts sorted by (customer, date), as `SiteContext.contacts(c).last?.date` read it.
    @Test func latestDaysEqualTheLastOfEachCustomersSortedContacts() {
        var random = SeededRandom(state: 23)
        for round in 0..<20 {
            let customers = Int.random(in: 1...300, using: &random)
            var events: [(customer: Int, day: Day)] = []
            for _ in 0..<Int.random(in: 0...900, using: &random) {
                events.append((Int.random(in: 0..<customers, using: &random), Day(raw: Int32.random(in: -400...20_000, using: &random))))
            }
            let days = LatestDays(customers: customers, events)
            let sorted = events.sorted { ($0.customer, $0.day) < ($1.customer, $1.day) }
            for c in 0..<customers {
                #expect(days[c] == sorted.last(where: { $0.customer == c })?.day, "round \(round), customer \(c)")
            }
            #expect(days.earliest == events.map(\.day).min(), "round \(round)")
        }
    }

    /// Rows of an unknown customer (index -1 from a keep-going load) still count for the range.
    @Test func anIndexOutsideTheTableCountsOnlyForTheEarliestDay() {
        var days = LatestDays(customers: 2)
        days.note(-1, Day(raw: 5))
        days.note(1, Day(raw: 9))
        #expect(days[0] == nil && days[1] == Day(raw: 9) && days.earliest == Day(raw: 5))
    }

    /// Shard 2 of 3 of the synthetic project: its own customers' contacts, whole and in order;
    /// nobody else's; and everyone's latest day as the whole load has it.
    @Test(.enabled(if: ShardMergeTests.python != nil, "python3 is needed to run scripts/generate-synthetic.py"))
    func aShardKeepsItsOwnContactsAndEveryonesLatestDay() throws {
        let root = try TestProject.synthetic(customers: 150, seed: 5)
        let whole = try HandbookLoader.load(root: root).model
        var options = LoadOptions()
        options.shard = Shard("2/3")
        let shard = try HandbookLoader.load(root: root, options: options).model
        let mine = try #require(shard.dossierCustomers)
        let expected = whole.contacts.filter { mine[$0.customer] }
        #expect(!expected.isEmpty && expected.count < whole.contacts.count)
        #expect(shard.contacts.map(\.line) == expected.map(\.line))
        #expect(shard.contacts.map(\.note) == expected.map(\.note))
        for c in 0..<whole.customers.count {
            #expect(shard.contactDays[c] == whole.contactDays[c], "customer \(c)")
            #expect(whole.contactDays[c] == whole.contacts.last(where: { $0.customer == c })?.date, "customer \(c)")
        }
        #expect(shard.contactDays.earliest == whole.contacts.map(\.date).min())
    }
}
