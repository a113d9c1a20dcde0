import BoomerangCharts
import BoomerangModel

/// "How far to trust these figures": the model's report card (ModelCheck) as a page, and its
/// one-line verdict for the front page.
extension SiteContext {
    func trustPage() -> [String: Any] {
        guard let c = analysis.modelCheck else { return ["check": EmptyText()] }
        let weeks = format.integer(c.weeks)
        let calibrationEnd = format.date(c.calibrationEnd)
        var check = trustHeadline(c)
        check["lead"] = strings("trust_lead", model.config.model.displayName, calibrationEnd, weeks, format.integer(c.customers))
        check["verdict_text"] = strings("trust_explain_" + c.verdict.rawValue)
        check["correlation"] = c.correlation.map { format.number($0, decimals: 2) } ?? "–"
        check["by_repeat_lead"] = strings("trust_by_repeat_lead", calibrationEnd, weeks)
        check["groups"] = c.byRepeatPurchases.map { g -> [String: Any] in
            ["repeat_purchases": repeatLabel(g.repeatPurchases), "customers": format.integer(g.customers),
             "actual": format.number(g.actualMean, decimals: 2), "predicted": format.number(g.predictedMean, decimals: 2)]
        }
        check["deciles_lead"] = strings("trust_deciles_lead", weeks)
        check["deciles"] = c.deciles.enumerated().map { k, d -> [String: Any] in
            ["decile": format.integer(k + 1), "customers": format.integer(d.customers),
             "predicted": format.percent(d.predicted, decimals: 0), "actual": format.percent(d.actual, decimals: 0)]
        }
        check["rule_good"] = strings("trust_rule_good", format.percent(ModelVerdict.goodError, decimals: 0),
                                     format.number(ModelVerdict.goodCorrelation, decimals: 1))
        check["rule_care"] = strings("trust_rule_care", format.percent(ModelVerdict.careError, decimals: 0),
                                     format.number(ModelVerdict.careCorrelation, decimals: 1))
        let (repeats, tracking) = trustCharts(c)
        check["repeat_chart"] = ["svg": repeats.svg, "summary": repeats.summary]
        check["tracking_chart"] = ["svg": tracking.svg, "summary": tracking.summary]
        return ["check": check]
    }

    /// The verdict and the total purchases, made and predicted: the page's top and the front
    /// page's line. Without a report card, the front page says so.
    func trustHeadline(_ check: ModelCheck?) -> [String: Any] {
        guard let c = check else { return ["verdict": "none", "verdict_label": strings("trust_verdict_none"), "figures": EmptyText()] }
        let error = c.relativeError.map { (($0 > 0) ? "+" : "") + format.percent($0, decimals: 0) } ?? "–"
        return [
            "verdict": c.verdict.rawValue,
            "verdict_label": strings("trust_verdict_" + c.verdict.rawValue),
            "weeks": format.integer(c.weeks),
            "actual": format.integer(c.actualPurchases),
            "predicted": format.number(c.predictedPurchases),
            "error": error,
            "figures": strings("trust_front_figures", format.number(c.predictedPurchases), format.integer(c.weeks),
                               format.integer(c.actualPurchases)),
        ]
    }

    /// 0 ... 6 as numbers, 7 as "7+" (the pooled group).
    private func repeatLabel(_ k: Int) -> String {
        k >= ModelCheck.pooledRepeatGroup ? format.integer(k) + "+" : format.integer(k)
    }

    private func trustCharts(_ c: ModelCheck) -> (repeats: SVGChart, tracking: SVGChart) {
        let groups = c.byRepeatPurchases.map { RepeatMeans(repeatPurchases: $0.repeatPurchases, actual: $0.actualMean, predicted: $0.predictedMean) }
        let weeks = c.tracking.map { TrackingPoint(day: Int($0.end.raw), actual: Double($0.actual), predicted: $0.predicted) }
        return (Charts.repeatMeans(groups, weeks: c.weeks, pooledFrom: ModelCheck.pooledRepeatGroup, context: chartContext("repeat")),
                Charts.modelTracking(weeks, calibrationEnd: Int(c.calibrationEnd.raw), context: chartContext("tracking")))
    }
}
