import Testing
@testable import BoomerangAnalytics
@Test func placeholderAnalytics() { #expect(Bool(true)) }
