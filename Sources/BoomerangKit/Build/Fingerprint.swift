/// A 128-bit content hash for the build cache: two independent 64-bit lanes (FNV-1a and a
/// multiply-rotate mix), so that an accidental collision (which would keep a stale page) is
/// out of reach at any handbook size. Not cryptographic: the cache is local, not an input.
public struct Fingerprint: Hashable, Sendable {
    public private(set) var a: UInt64 = 0xcbf2_9ce4_8422_2325
    public private(set) var b: UInt64 = 0x9e37_79b9_7f4a_7c15

    public init() {}
    init(a: UInt64, b: UInt64) { self.a = a; self.b = b }

    public mutating func add(bytes: UnsafeRawBufferPointer) {
        var a = self.a, b = self.b
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = ((b ^ UInt64(byte)) &* 0xff51_afd7_ed55_8ccd)
            b = (b << 29) | (b >> 35)
        }
        self.a = a; self.b = b
    }

    public mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add(bytes: $0) } }

    /// A string with a terminator, so ("ab", "c") and ("a", "bc") differ.
    public mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
        add(UInt64(0xff))
    }

    public mutating func add(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { add(bytes: $0) } }
    public mutating func add(_ v: Int) { add(UInt64(bitPattern: Int64(v))) }
    public mutating func add(_ v: Double) { add(v.bitPattern) }
    public mutating func add(_ v: Bool) { add(UInt64(v ? 1 : 2)) }
    public mutating func add(_ f: Fingerprint) { add(f.a); add(f.b) }

    /// A view model ([String: Any] trees of strings, numbers, flags and lists), keys in sorted order.
    public mutating func add(value: Any) {
        switch value {
        case let s as String: add(UInt64(1)); add(s)
        case let v as Bool: add(UInt64(2)); add(v)
        case let v as Int: add(UInt64(3)); add(v)
        case let v as Double: add(UInt64(4)); add(v)
        case let d as [String: Any]:
            add(UInt64(5)); add(d.count)
            for k in d.keys.sorted() { add(k); add(value: d[k]!) }
        case let list as [Any]:
            add(UInt64(6)); add(list.count)
            for v in list { add(value: v) }
        default:
            // Any other type: its name and description, so a new kind of value can only cause a re-render.
            add(UInt64(7)); add(String(describing: type(of: value))); add(String(describing: value))
        }
    }

    public var hex: String {
        let h = String(a, radix: 16), l = String(b, radix: 16)
        return String(repeating: "0", count: 16 - h.count) + h + String(repeating: "0", count: 16 - l.count) + l
    }
}
