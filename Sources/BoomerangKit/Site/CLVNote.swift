import BoomerangModel

/// One sentence on a dossier when the two lifetime values disagree by more than 3x, so a reader
/// who sees "$1,200 (simple: $9,800)" knows which to believe and why.
extension SiteContext {
    /// The ratio past which the two values are said to disagree.
    static let clvGapRatio = 3.0

    func clvNote(_ m: CustomerMetrics) -> String {
        guard let fitted = m.clv, let simple = m.simpleCLV, fitted > 0, simple > 0 else { return "" }
        if fitted > Self.clvGapRatio * simple { return strings("clv_note_faster") }
        guard simple > Self.clvGapRatio * fitted else { return "" }
        let years = format.number(analysis.summary.expectedYears, decimals: 1)
        let months = analysis.summary.clvHorizonMonths
        let horizon = strings.plural("duration_months", count: Double(months), format.integer(months))
        // A customer the model thinks has probably stopped: the silence is the reason, not the horizon.
        if let alive = m.pAlive, alive < 0.5, let days = m.daysSinceLast {
            let silence = strings.plural("duration_days", count: Double(days), format.integer(days))
            return strings("clv_note_silent", silence, format.percent(alive, decimals: 0), years)
        }
        // The model looks less far ahead only when clv_horizon_months says so.
        if Double(months) < analysis.summary.expectedYears * 6 { return strings("clv_note_horizon", years, horizon) }
        return strings("clv_note_slower", format.percent(model.config.monthlyDiscountRate, decimals: 1))
    }
}
