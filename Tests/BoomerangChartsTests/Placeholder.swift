import Testing
@testable import BoomerangCharts
@Test func placeholderCharts() { #expect(Bool(true)) }
