/// A 128-bit content hash for the build cache: two independent 64-bit lanes (each step a
/// bijection: multiply and xor-shift in one, add, multiply and rotate in the other), so that an accidental collision (which would
/// keep a stale page) is out of reach at any handbook size. Not cryptographic: the cache is
/// local, not an input. Bytes are mixed eight at a time: a dossier's view model is a few
/// kilobytes of text, fingerprinted once per build.
public struct Fingerprint: Hashable, Sendable {
    public private(set) var a: UInt64 = 0xcbf2_9ce4_8422_2325
    public private(set) var b: UInt64 = 0x9e37_79b9_7f4a_7c15

    public init() {}
    init(a: UInt64, b: UInt64) { self.a = a; self.b = b }

    /// One 64-bit word into both lanes.
    @inline(__always)
    private mutating func mix(_ w: UInt64) {
        a = (a ^ w) &* 0xbf58_476d_1ce4_e5b9
        a ^= a >> 31
        b = (b &+ w) &* 0x94d0_49bb_1331_11eb
        b = (b << 29 | b >> 35) &* 0x9e37_79b9_7f4a_7c15
    }

    public mutating func add(bytes: UnsafeRawBufferPointer) {
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

    public mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add(bytes: $0) } }

    /// A string (its length is mixed in, so ("ab", "c") and ("a", "bc") differ).
    public mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ v: UInt64) { mix(v) }
    public mutating func add(_ v: Int) { mix(UInt64(bitPattern: Int64(v))) }
    public mutating func add(_ v: Double) { mix(v.bitPattern) }
    public mutating func add(_ v: Bool) { mix(v ? 1 : 2) }
    public mutating func add(_ f: Fingerprint) { mix(f.a); mix(f.b) }

    /// A view model ([String: Any] trees of strings, numbers, flags and lists). Dictionary
    /// entries are fingerprinted one by one and summed per lane, so the result does not depend
    /// on the dictionary's order and no keys need sorting. Exact types are matched by metatype
    /// (a pointer compare) before any conditional cast.
    public mutating func add(value: Any) {
        let type = type(of: value)
        if type == String.self { mix(1); add(payload(of: value, as: String.self)) }
        else if type == [String: Any].self { add(dictionary: payload(of: value, as: [String: Any].self)) }
        else if type == Bool.self { mix(2); add(payload(of: value, as: Bool.self)) }
        else if type == [[String: Any]].self {
            let list = payload(of: value, as: [[String: Any]].self)
            mix(6); add(list.count)
            for d in list { add(dictionary: d) }
        } else if type == [Any].self {
            let list = payload(of: value, as: [Any].self)
            mix(6); add(list.count)
            for v in list { add(value: v) }
        } else if type == Int.self { mix(3); add(payload(of: value, as: Int.self)) }
        else if type == Double.self { mix(4); add(payload(of: value, as: Double.self)) }
        else if type == EmptyText.self { mix(8) }
        else if type == SharedRows.self { mix(9); add(payload(of: value, as: SharedRows.self).fingerprint) }
        else { addByCasting(value) }
    }

    private mutating func add(dictionary d: [String: Any]) {
        var sumA: UInt64 = 0, sumB: UInt64 = 0
        for (k, v) in d {
            var entry = Fingerprint()
            entry.add(k)
            entry.add(value: v)
            sumA &+= entry.a
            sumB &+= entry.b
        }
        mix(5); add(d.count); mix(sumA); mix(sumB)
    }

    private mutating func addByCasting(_ value: Any) {
        switch value {
        case let s as String: mix(1); add(s)
        case let v as Bool: mix(2); add(v)
        case let v as Int: mix(3); add(v)
        case let v as Double: mix(4); add(v)
        case let d as [String: Any]: add(dictionary: d)
        case let list as [Any]:
            mix(6); add(list.count)
            for v in list { add(value: v) }
        default:
            // Any other type: its name and description, so a new kind of value can only cause a re-render.
            mix(7); add(String(describing: Swift.type(of: value))); add(String(describing: value))
        }
    }

    public var hex: String {
        let h = String(a, radix: 16), l = String(b, radix: 16)
        return String(repeating: "0", count: 16 - h.count) + h + String(repeating: "0", count: 16 - l.count) + l
    }
}
