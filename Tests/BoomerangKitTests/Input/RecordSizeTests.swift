import BoomerangModel
import Testing

/// The records a build holds by the million keep the sizes docs/database.md counts with
/// ("Memory of a shard build"): a field added or reordered carelessly shows up here first.
@Suite struct RecordSizeTests {
    @Test func recordsKeepTheirSizes() {
        #expect(MemoryLayout<Narrow>.size == 4)
        #expect(MemoryLayout<Order>.stride == 48)
        #expect(MemoryLayout<CustomerMetrics>.stride == 160)
    }

    @Test func narrowReadsBackWhatItWasGiven() {
        var order = Order(orderID: "A", customer: 1_999_999, date: Day(raw: 3), amount: 1, line: 2_000_001)
        #expect(order.customer == 1_999_999 && order.line == 2_000_001)
        order.customer = -1
        #expect(order.customer == -1)
        var m = CustomerMetrics()
        m.purchases = 41
        m.orderCount += 3
        #expect(m.purchases == 41 && m.orderCount == 3)
    }
}
