/// Where each customer's rows are in an array sorted by customer index (orders, churn,
/// complaints, contacts): `ranges[c]` is customer `c`'s, empty when they have none.
///
/// Two Int32 per customer, where a `Range<Int>` takes 16 bytes: four of these for a million
/// customers are kept through a whole build (docs/database.md, "Memory of a shard build").
public struct CustomerRowRanges: Sendable {
    /// Start and end of each customer's rows, side by side.
    private var bounds: [Int32]

    /// `keys`: the customer index of each row, in order.
    init(_ n: Int, _ keys: some Collection<Int>) {
        precondition(keys.count <= Int(Int32.max), "more rows than Int32 counts")
        bounds = [Int32](repeating: 0, count: 2 * n)
        var i = 0, index = keys.startIndex
        while index != keys.endIndex {
            let key = keys[index]
            var j = i, next = index
            while next != keys.endIndex && keys[next] == key { j += 1; next = keys.index(after: next) }
            if key >= 0 && key < n { bounds[2 * key] = Int32(i); bounds[2 * key + 1] = Int32(j) }
            i = j
            index = next
        }
    }

    public subscript(c: Int) -> Range<Int> {
        Int(bounds[2 * c])..<Int(bounds[2 * c + 1])
    }
}
