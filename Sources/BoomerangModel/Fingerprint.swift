/// A 128-bit content hash for the build cache: two independent 64-bit lanes (each step a
/// bijection: multiply and xor-shift in one, add, multiply and rotate in the other), so that an accidental collision (which would
/// keep a stale page) is out of reach at any handbook size. Not cryptographic: the cache is
/// local, not an input. Bytes are mixed eight at a time: a dossier's page model is a few
/// kilobytes of text, fingerprinted once per build. (Here in the model module so that the
/// analysis can key its model-fit cache with it; page models are added in BoomerangKit.)
public struct Fingerprint: Hashable, Sendable {
    // Public so that callers in other modules can inline the mixing (the page-model fingerprint
    // in BoomerangKit is a hot loop); only this file writes them.
    public var a: UInt64 = 0xcbf2_9ce4_8422_2325
    public var b: UInt64 = 0x9e37_79b9_7f4a_7c15

    public init() {}
    public init(a: UInt64, b: UInt64) { self.a = a; self.b = b }

    /// One 64-bit word into both lanes.
    @inlinable @inline(__always)
    mutating func mix(_ w: UInt64) {
        a = (a ^ w) &* 0xbf58_476d_1ce4_e5b9
        a ^= a >> 31
        b = (b &+ w) &* 0x94d0_49bb_1331_11eb
        b = (b << 29 | b >> 35) &* 0x9e37_79b9_7f4a_7c15
    }

    @inlinable public mutating func add(bytes: UnsafeRawBufferPointer) {
        let n = bytes.count
        var i = 0
        while i + 8 <= n {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { tail |= UInt64(bytes[i]) << shift; shift += 8; i += 1 }
            mix(tail)
        }
        // The length, so that zero bytes at the end are not the same as none.
        mix(UInt64(n) | 0xa5 << 56)
    }

    @inlinable public mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add(bytes: $0) } }

    /// A string (its length is mixed in, so ("ab", "c") and ("a", "bc") differ).
    @inlinable public mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    @inlinable public mutating func add(_ v: UInt64) { mix(v) }
    @inlinable public mutating func add(_ v: Int) { mix(UInt64(bitPattern: Int64(v))) }
    @inlinable public mutating func add(_ v: Double) { mix(v.bitPattern) }
    @inlinable public mutating func add(_ v: Bool) { mix(v ? 1 : 2) }
    @inlinable public mutating func add(_ f: Fingerprint) { mix(f.a); mix(f.b) }

    public var hex: String {
        let h = String(a, radix: 16), l = String(b, radix: 16)
        return String(repeating: "0", count: 16 - h.count) + h + String(repeating: "0", count: 16 - l.count) + l
    }
}
