/// Turns a stream of UTF-16 or Windows code page bytes into UTF-8, chunk by chunk, before the CSV
/// reader sees them: line breaks stay line breaks, so lines and columns still point at the file.
/// A byte with no character (0x98 in Windows-1251) or an unpaired UTF-16 surrogate becomes 0xFF,
/// which is never UTF-8: the reader's UTF-8 check then reports its line and column.
struct Transcoder {
    static let invalid: UInt8 = 0xFF

    private enum Kind { case singleByte([UInt32]), utf16(bigEndian: Bool) }
    private let kind: Kind
    /// The first byte of a UTF-16 unit split across two reads.
    private var carry: UInt8?
    /// A high surrogate waiting for its low half.
    private var high: UInt16 = 0

    /// nil for UTF-8, which needs no work.
    init?(_ encoding: DataFormat.Encoding) {
        switch encoding {
        case .utf8: return nil
        case .utf16, .utf16le: kind = .utf16(bigEndian: false)
        case .utf16be: kind = .utf16(bigEndian: true)
        case .windows1251: kind = .singleByte(Self.windows1251)
        case .windows1252: kind = .singleByte(Self.windows1252)
        }
    }

    /// Input bytes to read so the UTF-8 fits into `room` bytes (3 per byte at most, plus slack).
    static func inputBytes(forRoom room: Int) -> Int { max(1, (room - 8) / 3) }

    private static let windows1251 = packed(SingleByteTables.windows1251)
    private static let windows1252 = packed(SingleByteTables.windows1252)

    /// For each byte 0x80-0xFF its UTF-8 bytes packed as length | b0 << 8 | b1 << 16 | b2 << 24.
    private static func packed(_ table: [UInt16]) -> [UInt32] {
        table.map { cp in
            if cp == 0xFFFF { return 1 | UInt32(invalid) << 8 }
            var out: UInt32 = 0, n: UInt32 = 0
            for b in String(Character(Unicode.Scalar(cp)!)).utf8 { n += 1; out |= UInt32(b) << (8 * n) }
            return out | n
        }
    }

    /// Writes the UTF-8 of `input` to `out`; returns how many bytes were written.
    mutating func transcode(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        switch kind {
        case .singleByte(let table):
            var o = 0
            for b in input {
                if b < 0x80 { out[o] = b; o += 1; continue }
                let p = table[Int(b) - 0x80]
                let n = Int(p & 0xFF)
                for k in 0..<n { out[o + k] = UInt8(truncatingIfNeeded: p >> (8 * (k + 1))) }
                o += n
            }
            return o
        case .utf16(let bigEndian):
            var o = 0, i = 0
            let n = input.count
            while true {
                let a: UInt8, b: UInt8
                if let c = carry {
                    guard i < n else { break }
                    a = c; b = input[i]; carry = nil; i += 1
                } else {
                    guard i < n else { break }
                    guard i + 1 < n else { carry = input[i]; break }
                    a = input[i]; b = input[i + 1]; i += 2
                }
                let unit = bigEndian ? UInt16(a) << 8 | UInt16(b) : UInt16(b) << 8 | UInt16(a)
                o += put(unit, out + o)
            }
            return o
        }
    }

    /// At the end of the input: what is left over is an unfinished character.
    mutating func finish(into out: UnsafeMutablePointer<UInt8>) -> Int {
        guard carry != nil || high != 0 else { return 0 }
        carry = nil; high = 0
        out[0] = Self.invalid
        return 1
    }

    private mutating func put(_ unit: UInt16, _ out: UnsafeMutablePointer<UInt8>) -> Int {
        var o = 0
        if high != 0 {
            if unit >= 0xDC00, unit <= 0xDFFF {
                let scalar = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                high = 0
                out[0] = UInt8(0xF0 | scalar >> 18)
                out[1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
                out[2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                out[3] = UInt8(0x80 | scalar & 0x3F)
                return 4
            }
            high = 0
            out[0] = Self.invalid; o = 1
        }
        switch unit {
        case 0..<0x80:
            out[o] = UInt8(unit); return o + 1
        case 0x80..<0x800:
            out[o] = UInt8(0xC0 | unit >> 6); out[o + 1] = UInt8(0x80 | unit & 0x3F); return o + 2
        case 0xD800..<0xDC00:
            high = unit; return o
        case 0xDC00..<0xE000:
            out[o] = Self.invalid; return o + 1
        default:
            out[o] = UInt8(0xE0 | unit >> 12); out[o + 1] = UInt8(0x80 | (unit >> 6) & 0x3F)
            out[o + 2] = UInt8(0x80 | unit & 0x3F); return o + 3
        }
    }
}
