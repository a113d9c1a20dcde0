import BoomerangEscaping

/// Text escaping and number formatting for SVG output.
/// Everything here is locale-free so the bytes depend only on the input.
enum SVG {
    /// Escapes text and attribute values; drops characters XML 1.0 forbids so the output always parses.
    static func escape(_ text: String) -> String {
        var w = SVGWriter()
        w.putEscaped(text)
        return w.out
    }

    /// A coordinate with one decimal, trailing zero trimmed, never "-0", "nan" or "inf".
    static func num(_ value: Double) -> String {
        var w = SVGWriter(capacity: 16)
        w.num(value)
        return w.out
    }
}

/// Growable bytes with their own storage: appending a few bytes to an Array costs about a hundred
/// instructions (uniqueness, capacity, the generic copy), and a chart appends thousands of pieces.
/// SVGWriter keeps it copy-on-write, so a writer still behaves as a value.
final class ByteStorage {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    func copy() -> ByteStorage {
        let c = ByteStorage(capacity: capacity)
        c.base.update(from: base, count: count)
        c.count = count
        return c
    }

    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    func removeAll() { count = 0 }

    /// Room for `n` more bytes at `base + count`.
    @inline(__always) private func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        b.update(from: base, count: count)
        base.deallocate()
        base = b
        capacity = c
    }

    @inline(__always) func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        reserve(n)
        (base + count).update(from: p, count: n)
        count += n
    }

    @inline(__always) func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always) func append(_ s: StaticString) {
        if s.hasPointerRepresentation { append(s.utf8Start, s.utf8CodeUnitCount) }
        else { s.withUTF8Buffer { if let p = $0.baseAddress { append(p, $0.count) } } }
    }

    /// ` name="number"` (see `num`).
    func attribute(_ name: StaticString, _ value: Double, decimals: Int = 1) {
        append(0x20); append(name)
        reserve(22)   // =", at most 17 for the number, "
        let p = base + count
        p[0] = 0x3D; p[1] = 0x22
        let end = Self.writeNum(value, decimals: decimals, into: p, at: 2)
        p[end] = 0x22
        count += end + 1
    }

    /// A coordinate with one decimal (a tenth of a pixel: finer than the eye sees in a 600 px
    /// chart, even drawn at 2x for email), trailing zero trimmed, never "-0", "nan" or "inf".
    func num(_ value: Double) {
        reserve(20)
        count += Self.writeNum(value, decimals: 1, into: base + count, at: 0)
    }

    /// See SVGWriter.putTenths.
    func tenths(_ value: Int, space: Bool) {
        reserve(24)
        var i = count
        if space { base[i] = 0x20; i += 1 }
        if value < 0 { base[i] = 0x2D; i += 1 }
        let whole = value.magnitude / 10, frac = value.magnitude % 10
        if whole != 0 || frac == 0 {
            var length = 1, probe = whole
            while probe >= 10 { probe /= 10; length += 1 }
            var n = whole, k = i + length - 1
            repeat { base[k] = UInt8(48 + n % 10); n /= 10; k -= 1 } while n > 0
            i += length
        }
        if frac != 0 { base[i] = 0x2E; base[i + 1] = UInt8(48 + frac); i += 2 }
        count = i
    }

    /// A non-negative integer in ASCII digits.
    func digits(_ value: UInt) {
        reserve(24)
        var length = 1, probe = value
        while probe >= 10 { probe /= 10; length += 1 }
        var n = value, k = count + length - 1
        repeat { base[k] = UInt8(48 + n % 10); n /= 10; k -= 1 } while n > 0
        count += length
    }

    /// Writes the bytes of `value` with at most `decimals` (1 or 2) decimals, trailing zeros trimmed, at
    /// `p + start` (at most 17: the value is clamped to ±1e12); returns the end.
    static func writeNum(_ value: Double, decimals: Int, into p: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        var i = start
        guard value.isFinite else { p[i] = 0x30; return i + 1 }
        let unit = decimals == 2 ? 100 : 10
        let clamped = min(max(value, -1e12), 1e12)
        let scaled = Int((clamped * Double(unit)).rounded())
        if scaled == 0 { p[i] = 0x30; return i + 1 }
        if scaled < 0 { p[i] = 0x2D; i += 1 }
        let magnitude = Int(scaled.magnitude)
        var whole = magnitude / unit
        var length = 1, probe = whole
        while probe >= 10 { probe /= 10; length += 1 }
        var k = i + length - 1
        repeat { p[k] = UInt8(48 + whole % 10); whole /= 10; k -= 1 } while whole > 0
        i += length
        var frac = magnitude % unit
        if frac == 0 { return i }
        p[i] = 0x2E; i += 1
        var place = unit / 10
        while frac != 0 { p[i] = UInt8(48 + frac / place); frac %= place; place /= 10; i += 1 }
        return i
    }

    /// Text or an attribute value, escaped for XML by the escaping module (Escape.xml).
    func escaped(_ u: UnsafeBufferPointer<UInt8>) {
        var sink = self
        Escape.xml(u, into: &sink)
    }

}

/// Appends elements to a UTF-8 byte buffer (cheaper than growing a String); attributes keep the
/// order they are given in, for stable bytes. The charts drawn per customer use the byte-level
/// calls (`put`, `attr`, `num`) so no attribute arrays or number strings are made per element.
struct SVGWriter {
    private var storage: ByteStorage

    init(capacity: Int = 0) {
        storage = ByteStorage(capacity: capacity)
    }

    /// The storage to write to, copied first if another writer shares it. Each call below takes it
    /// once and then only calls the storage, so no reference is held across a uniqueness check.
    private var unique: ByteStorage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    var bytes: [UInt8] { Array(storage.buffer) }

    var out: String { String(decoding: storage.buffer, as: UTF8.self) }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        put("<"); putText(name); append(attributes); put(">")
    }

    mutating func close(_ name: String) { put("</"); putText(name); put(">\n") }

    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        put("<"); putText(name); append(attributes); put("/>\n")
    }

    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        put("<"); putText(name); append(attributes); put(">")
        putEscaped(text)
        put("</"); putText(name); put(">\n")
    }

    mutating func raw(_ text: String) { putText(text) }

    mutating func raw(_ other: SVGWriter) {
        let b = other.storage.buffer
        if let p = b.baseAddress { unique.append(p, b.count) }
    }

    /// Bytes made ready before (escaped where needed), written as they are.
    mutating func raw(_ bytes: [UInt8]) {
        let out = unique
        bytes.withUnsafeBufferPointer { out.append($0) }
    }

    private mutating func putText(_ s: String) {
        let out = unique
        var s = s
        s.withUTF8 { if let p = $0.baseAddress { out.append(p, $0.count) } }
    }

    private mutating func append(_ attributes: [(String, String)]) {
        for (key, value) in attributes {
            put(" "); putText(key); put("=\""); putEscaped(value); put("\"")
        }
    }

    // MARK: Byte-level calls

    /// Literal markup (names, fixed attribute values); never escaped.
    mutating func put(_ s: StaticString) { unique.append(s) }

    /// ` name="value"` with the value escaped.
    mutating func attr(_ name: StaticString, _ value: String) {
        let out = unique
        out.append(0x20); out.append(name); out.append(0x3D); out.append(0x22)
        var value = value
        value.withUTF8 { out.escaped($0) }
        out.append(0x22)
    }

    /// ` name="number"` (see `num`), written straight into the storage.
    mutating func attr(_ name: StaticString, _ value: Double) { unique.attribute(name, value) }

    /// ` name="number"` with up to two decimals, for values that are not coordinates (opacities).
    mutating func attr2(_ name: StaticString, _ value: Double) { unique.attribute(name, value, decimals: 2) }

    /// A coordinate with one decimal, trailing zero trimmed, never "-0", "nan" or "inf".
    mutating func num(_ value: Double) { unique.num(value) }

    var count: Int { storage.count }

    /// Forgets the bytes, keeping the storage for the next use.
    mutating func removeAll() { unique.removeAll() }

    /// Appends `other`'s bytes from offset `from` up to `to` (default: the end).
    mutating func raw(_ other: SVGWriter, from: Int, to: Int? = nil) {
        let b = other.storage.buffer
        let end = min(to ?? b.count, b.count)
        if let p = b.baseAddress, from < end { unique.append(p + from, end - from) }
    }

    /// An integer as `String(value)` writes it.
    mutating func putInt(_ value: Int) {
        let out = unique
        if value < 0 { out.append(0x2D) }
        out.digits(value.magnitude)
    }

    mutating func putByte(_ byte: UInt8) { unique.append(byte) }

    /// A path number given in tenths ("12.5", "-3", ".5": no zero before the point), after a space
    /// when `space`; in one step, since a path holds hundreds of them.
    mutating func putTenths(_ tenths: Int, space: Bool) { unique.tenths(tenths, space: space) }

    /// A non-negative integer in ASCII digits.
    mutating func putDigits(_ value: UInt) { unique.digits(value) }

    /// Escapes text (see ByteStorage.escaped).
    mutating func putEscaped(_ s: String) {
        let out = unique
        var s = s
        s.withUTF8 { out.escaped($0) }
    }

    mutating func putEscaped(_ u: UnsafeBufferPointer<UInt8>) { unique.escaped(u) }
}

/// The escaping module writes into the storage directly (a class: `sink` is the same storage).
extension ByteStorage: EscapeSink {
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let p = bytes.baseAddress { append(p, bytes.count) }
    }
}
