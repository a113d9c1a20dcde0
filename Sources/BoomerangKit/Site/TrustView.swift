import BoomerangCharts
import BoomerangModel

/// "How far to trust these figures": the model's report card (ModelCheck) as a page, and its
/// one-line verdict for the front page.
extension SiteContext {
    /// The report card, when the analysis has one.
    func trustCheck() -> TrustCheck? {
        guard let c = analysis.modelCheck else { return nil }
        let weeks = format.integer(c.weeks)
        let calibrationEnd = format.date(c.calibrationEnd)
        let check = TrustCheck()
        check.headline = trustHeadline(c)
        check.lead = strings("trust_lead", model.config.model.displayName, calibrationEnd, weeks, format.integer(c.customers))
        check.verdictText = strings("trust_explain_" + c.verdict.rawValue)
        check.correlation = c.correlation.map { format.number($0, decimals: 2) } ?? "–"
        check.byRepeatLead = strings("trust_by_repeat_lead", calibrationEnd, weeks)
        check.groups = c.byRepeatPurchases.map { g in
            RepeatGroup(repeatPurchases: repeatLabel(g.repeatPurchases), customers: format.integer(g.customers),
                        actual: format.number(g.actualMean, decimals: 2), predicted: format.number(g.predictedMean, decimals: 2))
        }
        check.decilesLead = strings("trust_deciles_lead", weeks)
        check.deciles = c.deciles.enumerated().map { k, d in
            DecileRow(decile: format.integer(k + 1), customers: format.integer(d.customers),
                      predicted: format.percent(d.predicted, decimals: 0), actual: format.percent(d.actual, decimals: 0))
        }
        check.ruleGood = strings("trust_rule_good", format.percent(ModelVerdict.goodError, decimals: 0),
                                 format.number(ModelVerdict.goodCorrelation, decimals: 1))
        check.ruleCare = strings("trust_rule_care", format.percent(ModelVerdict.careError, decimals: 0),
                                 format.number(ModelVerdict.careCorrelation, decimals: 1))
        let (repeats, tracking) = trustCharts(c)
        check.repeatChart = ChartRow(repeats)
        check.trackingChart = ChartRow(tracking)
        return check
    }

    /// The verdict and the total purchases, made and predicted: the page's top and the front
    /// page's line. Without a report card, the front page says so.
    func trustHeadline(_ check: ModelCheck?) -> TrustHeadline {
        let h = TrustHeadline()
        guard let c = check else {
            h.verdict = "none"
            h.verdictLabel = strings("trust_verdict_none")
            return h
        }
        h.verdict = c.verdict.rawValue
        h.verdictLabel = strings("trust_verdict_" + c.verdict.rawValue)
        h.weeks = format.integer(c.weeks)
        h.actual = format.integer(c.actualPurchases)
        h.predicted = format.number(c.predictedPurchases)
        h.error = c.relativeError.map { (($0 > 0) ? "+" : "") + format.percent($0, decimals: 0) } ?? "–"
        h.figures = strings("trust_front_figures", format.number(c.predictedPurchases), format.integer(c.weeks),
                            format.integer(c.actualPurchases))
        return h
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
