import BoomerangModel
import Foundation

/// Rows made only when a page is rendered (a page the cache keeps needs none), fingerprinted
/// from the one value they are made from: a dossier's charts (drawing them is most of a page's
/// cost) and its order list (money with cents is the dearest format).
final class DeferredRows<Inputs: Encodable, Row: TemplateModel>: DeferredItems, @unchecked Sendable {
    let inputs: Inputs
    private let build: (Inputs) -> [Row]
    private let lock = NSLock()
    private var made: [Row]?

    init(_ inputs: Inputs, make: @escaping (Inputs) -> [Row]) {
        self.inputs = inputs
        build = make
    }

    var fingerprint: Fingerprint { FingerprintEncoding.fingerprint(inputs) }

    /// The rows, made on first use.
    var rows: [Row] {
        lock.lock()
        defer { lock.unlock() }
        if made == nil { made = build(inputs) }
        return made!
    }

    func make() -> any TemplateItems { rows }
}

/// What a dossier's order list shows, newest first: its raw values, formatted only when a page
/// is rendered.
struct OrderListInputs: Encodable {
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
