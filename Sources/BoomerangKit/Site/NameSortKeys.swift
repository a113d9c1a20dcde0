import Foundation

/// Every customer's name, lower-cased, as a sort key in one byte array, for the list sorted by
/// name: the keys' bytes are the lower-cased names' NFC forms in UTF-8, and UTF-8 keeps the
/// order of Unicode scalars, so the list is in the order of the names' NFC scalars. For names
/// in NFC (as exports have them) that is the order of `String`'s `<`, which the list used
/// before; for decomposed text `<` is not consistent ("é " is neither before nor after
/// "e\u{301}"), and this order is. One String per name held about 100 MB while a 1/8 shard of
/// 1,000,000 customers sorted them (its render's peak); as bytes, about 40 MB.
struct NameSortKeys {
    private var bytes: [UInt8] = []
    /// Where each key ends in `bytes`; key `k` starts where key `k - 1` ends.
    private var ends: [Int32] = []

    init(_ names: some Sequence<String>) {
        for name in names {
            let lower = name.lowercased()
            // ASCII is its own NFC form; anything else is normalized, as String's `<` compares it.
            if lower.utf8.allSatisfy({ $0 < 0x80 }) {
                bytes.append(contentsOf: lower.utf8)
            } else {
                bytes.append(contentsOf: lower.precomposedStringWithCanonicalMapping.utf8)
            }
            precondition(bytes.count <= Int(Int32.max), "names longer than Int32 counts")
            ends.append(Int32(bytes.count))
        }
    }

    /// Negative, zero or positive as key `a` sorts before, with or after key `b`.
    func compare(_ a: Int, _ b: Int) -> Int {
        var i = a == 0 ? 0 : Int(ends[a - 1]), j = b == 0 ? 0 : Int(ends[b - 1])
        let endA = Int(ends[a]), endB = Int(ends[b])
        while i < endA && j < endB {
            if bytes[i] != bytes[j] { return Int(bytes[i]) - Int(bytes[j]) }
            i += 1; j += 1
        }
        return (endA - i) - (endB - j)
    }
}
