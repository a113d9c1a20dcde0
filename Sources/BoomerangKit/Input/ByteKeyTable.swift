import CSystemSupport

/// A map from short byte strings (ids) to Int32, for the orders hot path. Two million order ids
/// through `[String: Int]` spent most of the load in SipHash, String creation and cache misses.
/// This table hashes the reader's bytes directly; each slot holds the full hash, the value and
/// where the key sits in one arena, so a probe touches one cache line and the key bytes are
/// read only when the hashes match.
struct ByteKeyTable {
    private struct Slot {
        var hash: UInt64 = 0
        var value: Int32 = 0
        /// Offset of the key in `arena` plus one; 0 marks an empty slot.
        var start: UInt32 = 0
    }

    private var slots: [Slot]
    private var mask: Int
    /// Keys as [length: 4 bytes little-endian][bytes].
    private var arena: [UInt8] = []
    private(set) var count = 0

    init(capacity: Int = 16) {
        var n = 16
        while n * 3 < capacity * 4 { n <<= 1 }
        slots = [Slot](repeating: Slot(), count: n)
        mask = n - 1
    }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        // Finalizer (MurmurHash3) so the low bits used for slots are well mixed.
        h ^= h >> 33; h = h &* 0xFF51_AFD7_ED55_8CCD; h ^= h >> 33
        return h
    }

    @inline(__always)
    private func keyEquals(_ start: UInt32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { a in
            let s = Int(start) - 1
            let n = Int(a[s]) | Int(a[s + 1]) << 8 | Int(a[s + 2]) << 16 | Int(a[s + 3]) << 24
            guard n == key.count else { return false }
            for i in 0..<n where a[s + 4 + i] != key[i] { return false }
            return true
        }
    }

    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let h = Self.hash(key)
        return slots.withUnsafeBufferPointer { s in
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let slot = s[i]
                if slot.start == 0 { return nil }
                if slot.hash == h, keyEquals(slot.start, key) { return slot.value }
                i = (i + 1) & mask
            }
        }
    }

    /// The key's hash, after asking the CPU to fetch its first slot: with two million ids the
    /// table is far larger than the cache, so the caller does other work while it arrives and
    /// then passes the hash to `insert`.
    func prefetch(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let h = Self.hash(key)
        slots.withUnsafeBufferPointer { boomerang_prefetch($0.baseAddress! + (Int(truncatingIfNeeded: h) & mask)) }
        return h
    }

    /// Inserts `value` for `key` unless present; returns the value already there, if any.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Int32) -> Int32? {
        insert(key, value, hash: Self.hash(key))
    }

    /// `insert` with the hash from `prefetch`.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Int32, hash h: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[i]
            if slot.start == 0 { break }
            if slot.hash == h, keyEquals(slot.start, key) { return slot.value }
            i = (i + 1) & mask
        }
        let n = key.count
        let start = UInt32(truncatingIfNeeded: arena.count + 1)
        arena.append(UInt8(n & 0xFF)); arena.append(UInt8(n >> 8 & 0xFF))
        arena.append(UInt8(n >> 16 & 0xFF)); arena.append(UInt8(n >> 24 & 0xFF))
        arena.append(contentsOf: key)
        slots[i] = Slot(hash: h, value: value, start: start)
        count += 1
        if count * 4 > slots.count * 3 { grow() }
        return nil
    }

    mutating func insert(_ key: String, _ value: Int32) {
        var k = key
        k.withUTF8 { _ = insert($0, value) }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.start != 0 {
            var i = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[i].start != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}
