import BoomerangModel

extension Exports {
    /// `"model_check"` of summary.json: the report card's figures (docs/metrics.md), null when
    /// there was too little data to refit the model on an earlier period.
    static func writeModelCheck(_ check: ModelCheck?, to j: JSONWriter) {
        j.key("model_check")
        guard let c = check else { j.null(); return }
        j.object {
            j.key("weeks"); j.number(Double(c.weeks))
            j.key("calibration_end"); j.string(c.calibrationEnd.iso)
            j.key("customers"); j.number(Double(c.customers))
            j.key("actual_purchases"); j.number(Double(c.actualPurchases))
            j.key("predicted_purchases"); j.number(c.predictedPurchases)
            j.key("correlation"); c.correlation.map { j.number($0) } ?? j.null()
            j.key("by_repeat_purchases"); j.array(c.byRepeatPurchases) { g in
                j.object {
                    j.key("repeat_purchases"); j.number(Double(g.repeatPurchases)); j.key("customers"); j.number(Double(g.customers))
                    j.key("actual_mean"); j.number(g.actualMean); j.key("predicted_mean"); j.number(g.predictedMean)
                }
            }
            j.key("verdict"); j.string(c.verdict.rawValue)
        }
    }
}
