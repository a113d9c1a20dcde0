import Testing
@testable import BoomerangKit
@testable import BoomerangModel
@Test func dayRoundTrip() { #expect(Day(iso: "2024-02-29")?.iso == "2024-02-29"); #expect(Day(iso: "2023-02-30") == nil) }

/// `iso` writes bytes; `paddedISO` (the padded Strings it replaced) is its reference: every day
/// from 1800 to 2200, and days across and far outside years 0 to 9999.
@Test func isoEqualsItsReference() {
    let days = Array(Int32(-62_000)...Int32(84_000)) + Array(stride(from: Int32(-1_000_000), through: 3_000_000, by: 997))
    #expect(days.filter { Day(raw: $0).iso != Day.paddedISO(Day(raw: $0).components) }.isEmpty)
    for raw in [Int32.min / 2, -3_000_000, -719_529, -719_528, 2_932_896, 2_932_897, 5_000_000, Int32.max / 2] {
        #expect(Day(raw: raw).iso == Day.paddedISO(Day(raw: raw).components), "\(raw)")
    }
}
