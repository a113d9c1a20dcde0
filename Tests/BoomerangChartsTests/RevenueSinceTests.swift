import Foundation
import Testing
@testable import BoomerangCharts

/// A dossier's revenue chart covers 24 months; for a customer who first bought 10 months ago
/// the 14 months before are not months "without purchases": no hollow marker, not counted.
@Suite struct RevenueSinceTests {
    static let end = ChartFixtures.month(2025, 6)
    static let first = end - 9
    static let values = [MonthValue(month: first, value: 300), MonthValue(month: first + 6, value: 120)]

    /// The hollow markers of empty months: vertices of the one path carrying the marker.
    static func markers(_ svg: String) -> Int {
        guard let path = svg.firstMatch(of: #/<path d="([^"]+)" fill="none" style="marker:url\(#[^)]*-empty\)"/#) else { return 0 }
        // "M x y" then one number per further vertex (h or H, each number its own step).
        let numbers = path.1.matches(of: #/-?[0-9]*\.?[0-9]+/#).count
        return numbers - 1
    }

    @Test func monthsBeforeTheFirstPurchaseAreNotEmptyMonths() {
        let chart = Charts.monthlyRevenue(Self.values, endMonth: Self.end, months: 24, since: Self.first)
        // Ten months from the first purchase on, two with purchases.
        #expect(chart.summary.contains("8 of them without purchases"), "\(chart.summary)")
        #expect(Self.markers(chart.svg) == 8)
    }

    @Test func withoutAFirstMonthEveryEmptyMonthIsMarked() {
        let chart = Charts.monthlyRevenue(Self.values, endMonth: Self.end, months: 24)
        #expect(chart.summary.contains("22 of them without purchases"), "\(chart.summary)")
        #expect(Self.markers(chart.svg) == 22)
    }

    /// A customer older than the window: `since` before it changes nothing.
    @Test func anOldCustomerIsDrawnAsBefore() {
        let old = Charts.monthlyRevenue(Self.values, endMonth: Self.end, months: 24, since: Self.end - 40)
        #expect(old == Charts.monthlyRevenue(Self.values, endMonth: Self.end, months: 24))
    }
}
