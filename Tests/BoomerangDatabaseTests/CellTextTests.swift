import PostgresNIO
import Testing
@testable import BoomerangDatabase

/// PostgreSQL's binary forms turned into the text a CSV file would hold.
@Suite struct CellTextTests {
    /// numeric as (ndigits, weight, sign, dscale, base-10000 digits).
    func numeric(_ weight: Int16, _ sign: UInt16, _ scale: Int16, _ digits: [Int16]) -> String {
        var b = ByteBuffer()
        b.writeInteger(Int16(digits.count)); b.writeInteger(weight); b.writeInteger(sign); b.writeInteger(scale)
        for d in digits { b.writeInteger(d) }
        return CellText.numeric(&b)
    }

    @Test func numericKeepsItsScale() {
        #expect(numeric(0, 0, 2, [1234, 5000]) == "1234.50")
        #expect(numeric(1, 0x4000, 0, [12, 3456]) == "-123456")
        #expect(numeric(-1, 0, 3, [500]) == "0.050")
        #expect(numeric(-2, 0, 8, [12]) == "0.00000012")
        #expect(numeric(0, 0, 0, []) == "0")
        #expect(numeric(0, 0xC000, 0, []) == "NaN")
    }

    @Test func datesAndTimestampsAreDays() {
        #expect(CellText.date(0) == "2000-01-01")
        #expect(CellText.date(-1) == "1999-12-31")
        #expect(CellText.date(8825) == "2024-02-29")
        #expect(CellText.timestamp(8825 * 86_400_000_000 + 86_399_000_000) == "2024-02-29")
        #expect(CellText.timestamp(-1) == "1999-12-31")
        #expect(CellText.date(Int32.max) == "infinity")
    }

    @Test func doublesArePlain() {
        #expect(CellText.plain(2.5) == "2.5")
        #expect(CellText.plain(1200) == "1200")
    }
}
