import BoomerangModel
import Foundation

/// Rows made only when a page is rendered (a page the cache keeps needs none), fingerprinted
/// from the one value they are made from: a dossier's charts (drawing them is most of a page's
/// cost) and its order list (money with cents is the dearest format).
final class DeferredRows<Inputs: Encodable, Row: TemplateModel>: DeferredItems, @unchecked Sendable {
    let inputs: Inputs
    private let build: (Inputs) -> [Row]
    /// Where the fingerprint comes from when it is not the inputs' own encoding (see `prefix`).
    private let derived: (() -> Fingerprint)?
    private let lock = NSLock()
    private var made: [Row]?
    /// Made on first use: a dossier with few orders shows one order list as both of its lists.
    private var memo: Fingerprint?

    convenience init(_ inputs: Inputs, make: @escaping (Inputs) -> [Row]) {
        self.init(inputs, make: make, derived: nil)
    }

    private init(_ inputs: Inputs, make: @escaping (Inputs) -> [Row], derived: (() -> Fingerprint)?) {
        self.inputs = inputs
        build = make
        self.derived = derived
    }

    var fingerprint: Fingerprint {
        lock.lock()
        defer { lock.unlock() }
        if memo == nil { memo = derived?() ?? FingerprintEncoding.fingerprint(inputs) }
        return memo!
    }

    /// The rows, made on first use.
    var rows: [Row] {
        lock.lock()
        defer { lock.unlock() }
        if made == nil { made = build(inputs) }
        return made!
    }

    func make() -> any TemplateItems { rows }
}

/// Inputs whose first `n` are inputs of the same kind (a dossier's newest orders).
protocol PrefixInputs {
    func prefix(_ n: Int) -> Self
}

extension DeferredRows where Inputs: PrefixInputs {
    /// The rows of the first `n` of these inputs, made the same way. Fingerprinted from these
    /// rows' fingerprint and `n`, which decide them, instead of encoding the prefix a second time
    /// (the dossier's recent orders are most of its order list). Where these rows differ only
    /// after the first `n`, the prefix's fingerprint changes too: a page rendered needlessly, never
    /// a stale one.
    func prefix(_ n: Int) -> DeferredRows {
        DeferredRows(inputs.prefix(n), make: build, derived: { [self] in
            var f = Fingerprint()
            f.add(UInt64(0x9F)); f.add(fingerprint); f.add(n)
            return f
        })
    }
}

/// What a dossier's order list shows, newest first: its raw values, formatted only when a page
/// is rendered.
struct OrderListInputs: Encodable, PrefixInputs {
    var ids: [String] = []
    var days: [Int] = []
    var amounts: [Double] = []
    var margins: [Double?] = []

    /// The newest `n`.
    func prefix(_ n: Int) -> OrderListInputs {
        OrderListInputs(ids: Array(ids.prefix(n)), days: Array(days.prefix(n)), amounts: Array(amounts.prefix(n)),
                        margins: Array(margins.prefix(n)))
    }

    /// All but the newest `n`.
    func dropFirst(_ n: Int) -> OrderListInputs {
        OrderListInputs(ids: Array(ids.dropFirst(n)), days: Array(days.dropFirst(n)), amounts: Array(amounts.dropFirst(n)),
                        margins: Array(margins.dropFirst(n)))
    }
}
