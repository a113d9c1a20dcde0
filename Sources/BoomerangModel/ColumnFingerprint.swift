/// The columns page inputs are stored in (`[Double]`, `[Int]`, `[String]`, `[Double?]`),
/// fingerprinted in one loop. Through the generic `Encodable` path every element costs an
/// existential container and a few witness calls (about 300 instructions; a dossier's chart and
/// order inputs hold hundreds of elements). The words mixed are exactly those of the generic
/// path (an unkeyed container's tag, then per element its tag and the value's), so the two give
/// the same fingerprint: `FingerprintEncoding.fingerprint(_:columns: false)` is the reference,
/// and a test compares them on random columns.
enum ColumnFingerprint {
    /// Mixes `value` and returns true when it is one of the columns; false leaves `f` as it was.
    static func add<T>(_ value: T, to f: inout Fingerprint) -> Bool {
        if T.self == [Double].self {
            let column = value as! [Double]
            f.add(UInt64(0xA2))
            for v in column { f.add(UInt64(0xC0)); f.add(UInt64(0xB3)); f.add(v) }
        } else if T.self == [Int].self {
            let column = value as! [Int]
            f.add(UInt64(0xA2))
            for v in column { f.add(UInt64(0xC0)); f.add(UInt64(0xB4)); f.add(v) }
        } else if T.self == [String].self {
            let column = value as! [String]
            f.add(UInt64(0xA2))
            for v in column { f.add(UInt64(0xC0)); f.add(UInt64(0xB2)); f.add(v) }
        } else if T.self == [Double?].self {
            let column = value as! [Double?]
            f.add(UInt64(0xA2))
            for v in column {
                f.add(UInt64(0xC0))
                if let v { f.add(UInt64(0xB3)); f.add(v) } else { f.add(UInt64(0xB0)) }
            }
        } else {
            return false
        }
        return true
    }
}
