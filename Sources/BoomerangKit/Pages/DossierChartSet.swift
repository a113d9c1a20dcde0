import BoomerangModel
import Foundation

/// A dossier's charts: drawn only when a page is rendered (a page the cache keeps needs none),
/// fingerprinted from the inputs they are drawn from.
final class DossierChartSet: DeferredItems, @unchecked Sendable {
    static let none = DossierChartSet(nil) { _ in [] }

    let inputs: DossierChartInputs?
    private let draw: (DossierChartInputs) -> [ChartRow]
    private let lock = NSLock()
    private var drawn: [ChartRow]?

    init(_ inputs: DossierChartInputs?, draw: @escaping (DossierChartInputs) -> [ChartRow]) {
        self.inputs = inputs
        self.draw = draw
    }

    var fingerprint: Fingerprint { inputs.map(FingerprintEncoding.fingerprint) ?? Fingerprint() }

    /// The charts, drawn on first use.
    var rows: [ChartRow] {
        lock.lock()
        defer { lock.unlock() }
        if drawn == nil { drawn = inputs.map(draw) ?? [] }
        return drawn!
    }

    func make() -> any TemplateItems { rows }
}
