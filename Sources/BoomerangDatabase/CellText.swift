import BoomerangKit
import BoomerangModel
import Foundation
import PostgresNIO

/// Typed decoding of result cells into the text the loader reads from files: dates and timestamps
/// as ISO days (`2024-03-01`), numbers plainly with a dot, booleans as
/// true/false, text as it is. The rows then meet exactly the checks and messages of a CSV file.
enum CellText {
    struct Unsupported: Error {
        var column: String
        var type: String
    }

    static func append(_ cell: PostgresCell, to batch: inout FeedBatch) throws(Unsupported) {
        guard var buf = cell.bytes else { batch.appendNull(); return }
        if cell.format == .text { batch.append(buf.readableBytesView); return }
        switch cell.dataType {
        case .text, .varchar, .bpchar, .name, .char: batch.append(buf.readableBytesView)
        case .bool: batch.append(buf.readInteger(as: UInt8.self) == 1 ? "true" : "false")
        case .int2: batch.append(String(buf.readInteger(as: Int16.self) ?? 0))
        case .int4: batch.append(String(buf.readInteger(as: Int32.self) ?? 0))
        case .int8: batch.append(String(buf.readInteger(as: Int64.self) ?? 0))
        case .float4: batch.append(plain(Double(Float(bitPattern: buf.readInteger(as: UInt32.self) ?? 0))))
        case .float8: batch.append(plain(Double(bitPattern: buf.readInteger(as: UInt64.self) ?? 0)))
        case .numeric: batch.append(numeric(&buf))
        case .date: batch.append(date(buf.readInteger(as: Int32.self) ?? 0))
        case .timestamp, .timestamptz: batch.append(timestamp(buf.readInteger(as: Int64.self) ?? 0))
        case .uuid:
            guard let id = try? cell.decode(UUID.self) else { throw Unsupported(column: cell.columnName, type: "uuid") }
            batch.append(id.uuidString.lowercased())
        default:
            throw Unsupported(column: cell.columnName, type: cell.dataType.knownSQLName ?? "type \(cell.dataType.rawValue)")
        }
    }

    /// A double without exponent where it has a plain form, so the number parser takes it.
    static func plain(_ x: Double) -> String {
        if x.isNaN || x.isInfinite { return "\(x)" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// PostgreSQL's binary numeric: base-10000 digits with a weight and a display scale, written
    /// as its text output would be (`1234.50` keeps its scale).
    static func numeric(_ buf: inout ByteBuffer) -> String {
        guard let count = buf.readInteger(as: Int16.self), let weight = buf.readInteger(as: Int16.self),
              let sign = buf.readInteger(as: UInt16.self), let scale = buf.readInteger(as: Int16.self) else { return "NaN" }
        switch sign {
        case 0xC000: return "NaN"
        case 0xD000: return "Infinity"
        case 0xF000: return "-Infinity"
        default: break
        }
        var digits: [Int16] = []
        for _ in 0..<max(0, Int(count)) { digits.append(buf.readInteger(as: Int16.self) ?? 0) }
        let digit = { (i: Int) -> Int16 in i >= 0 && i < digits.count ? digits[i] : 0 }
        let pad = { (d: Int16) -> String in let s = String(d); return String(repeating: "0", count: 4 - s.count) + s }
        var out = sign == 0x4000 ? "-" : ""
        if weight < 0 { out += "0" } else {
            for i in 0...Int(weight) { out += i == 0 ? String(digit(i)) : pad(digit(i)) }
        }
        if scale > 0 {
            var fraction = ""
            var i = Int(weight) + 1
            while fraction.count < Int(scale) { fraction += pad(digit(i)); i += 1 }
            out += "." + fraction.prefix(Int(scale))
        }
        return out
    }

    /// Days since 2000-01-01 as `YYYY-MM-DD` (the proleptic Gregorian calendar, as PostgreSQL).
    static func date(_ days: Int32) -> String {
        if days == Int32.max { return "infinity" }
        if days == Int32.min { return "-infinity" }
        let (y, m, d) = Day.civil(Int(days) + 10_957)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Microseconds since 2000-01-01 00:00 as the day they fall on (`YYYY-MM-DD`): the handbook
    /// counts purchases by day. A timestamptz is taken in UTC; another zone's day is a query's
    /// `(column AT TIME ZONE 'Europe/Moscow')::date`.
    static func timestamp(_ micros: Int64) -> String {
        if micros == Int64.max { return "infinity" }
        if micros == Int64.min { return "-infinity" }
        let perDay: Int64 = 86_400_000_000
        let days = micros >= 0 ? micros / perDay : (micros - perDay + 1) / perDay
        let (y, m, d) = Day.civil(Int(days) + 10_957)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
