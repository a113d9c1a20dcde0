import BoomerangModel

/// One sentence on a dossier when the customer's own rhythm and the purchase model disagree, so
/// "Lost" beside "97 % still active" does not read as a mistake.
extension SiteContext {
    /// A lost customer the model still thinks active, or an active one it thinks gone.
    static let rhythmModelGap = (aliveAbove: 0.8, goneBelow: 0.3)

    func rhythmNote(_ m: CustomerMetrics) -> String {
        guard let alive = m.pAlive else { return "" }
        let p = format.percent(alive, decimals: 0)
        switch m.status {
        case .lost:
            guard alive >= Self.rhythmModelGap.aliveAbove else { return "" }
            return strings("rhythm_note_model_alive", p)
        case .active:
            guard alive < Self.rhythmModelGap.goneBelow else { return "" }
            return strings("rhythm_note_model_gone", p)
        default:
            return ""
        }
    }
}
