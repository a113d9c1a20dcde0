import Testing
@testable import BoomerangKit
import BoomerangModel
@Test func dayRoundTrip() { #expect(Day(iso: "2024-02-29")?.iso == "2024-02-29"); #expect(Day(iso: "2023-02-30") == nil) }
