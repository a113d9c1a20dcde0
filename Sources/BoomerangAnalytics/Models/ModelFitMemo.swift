import BoomerangModel
import Foundation

/// Model fits of earlier builds, keyed by a fingerprint of exactly what each fit read.
///
/// Why: the BG/NBD and Gamma-Gamma fits are the slowest part of the analysis, and most data
/// changes leave their inputs as they were (an order's amount does not move the BG/NBD
/// inputs; a customer's name moves neither). A fit is deterministic, so the same inputs to the
/// same program give the same parameters bit for bit: reusing them cannot change a page. The
/// caller salts the keys with the program's identity and stores the memo between builds.
public final class ModelFitMemo: @unchecked Sendable {
    private let lock = NSLock()
    private let salt: Fingerprint
    private let previous: [Fingerprint: [Double]]
    private var used: [Fingerprint: [Double]] = [:]
    public private(set) var hits = 0

    public init(salt: Fingerprint, previous: [Fingerprint: [Double]] = [:]) {
        self.salt = salt
        self.previous = previous
    }

    /// The fits this run used (reused or made): what to keep for the next build.
    public var entries: [Fingerprint: [Double]] {
        lock.lock(); defer { lock.unlock() }
        return used
    }

    /// The `count` values of fit `kind` for the inputs `describe` adds to a fingerprint: the
    /// stored ones when these very inputs were fitted before, else `make`'s (which may throw; a
    /// failed fit is not stored).
    func values(_ kind: String, count: Int, inputs describe: (inout Fingerprint) -> Void,
                make: () throws(BuildFailure) -> [Double]) throws(BuildFailure) -> [Double] {
        var key = salt
        key.add(kind)
        describe(&key)
        lock.lock()
        let stored = previous[key].flatMap { $0.count == count ? $0 : nil }
        lock.unlock()
        let values: [Double]
        if let stored {
            values = stored
        } else {
            values = try make()
        }
        lock.lock()
        if stored != nil { hits += 1 }
        used[key] = values
        lock.unlock()
        return values
    }
}

extension Fingerprint {
    mutating func add(_ ints: [Int]) { add(ints.count); for v in ints { add(v) } }
    mutating func add(_ doubles: [Double]) { add(doubles.count); for v in doubles { add(v) } }
}
