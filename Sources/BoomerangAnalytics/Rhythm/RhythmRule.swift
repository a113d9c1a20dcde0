import BoomerangModel

/// The status rule of docs/metrics.md ("Status by rhythm"), in one place so the per-customer
/// status, the monthly series and the period figures cannot disagree.
struct RhythmRule {
    var atRiskFactor: Double
    var lostFactor: Double

    init(_ config: HandbookConfig) {
        atRiskFactor = config.atRiskFactor
        lostFactor = config.lostFactor
    }

    /// active while days since <= atRisk x interval, at_risk while <= lost x interval, then lost.
    func status(daysSince: Int, interval: Double) -> RhythmStatus {
        let d = Double(daysSince)
        if d > lostFactor * interval { return .lost }
        if d > atRiskFactor * interval { return .atRisk }
        return .active
    }

    /// Last day (days after the purchase) still counted active / at risk.
    /// Days since are whole numbers, so "d > f x interval" is "d > floor(f x interval)".
    func activeDays(_ interval: Double) -> Int { Int((min(atRiskFactor, lostFactor) * interval).rounded(.down)) }
    func atRiskDays(_ interval: Double) -> Int { Int((lostFactor * interval).rounded(.down)) }
}
