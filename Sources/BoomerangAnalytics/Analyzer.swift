import BoomerangModel
import Dispatch

/// The analyze stage: pure functions from the loaded handbook to the figures it shows.
public enum Analyzer {
    /// Pure: no I/O, no clock. `model.asOf` is the as-of day. Throws BuildFailure when a model fit fails.
    /// `fits`: model fits of earlier builds to reuse when their inputs are the same (see ModelFitMemo).
    public static func analyze(_ model: HandbookModel, fits: ModelFitMemo? = nil) throws -> Analysis {
        var start = try AnalysisRun(model: model)
        start.fits = fits
        let run = start
        // The report card refits the model on the history minus its last weeks: as dear as the
        // handbook's own fit and independent of every step below, so it runs beside them on
        // the other core (half the analyze stage's time at 10,000 customers).
        let results = SideBySide<ModelCheck?, Result<AnalysisRun, BuildFailure>>(
            { run.computeModelCheck() },
            {
                var run = run
                run.computeRhythm()
                run.computeMonths()
                do throws(BuildFailure) { try run.computeModels() } catch { return .failure(error) }
                run.computeSegments()
                run.computeWinBack()
                return .success(run)
            })
        return try results.second.get().result(modelCheck: results.first)
    }
}

/// Two independent computations on two threads; each writes only its own slot.
struct SideBySide<First: Sendable, Second: Sendable> {
    let first: First
    let second: Second

    init(_ a: @Sendable () -> First, _ b: @Sendable () -> Second) {
        let box = Box()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { box.first = a() } else { box.second = b() }
        }
        first = box.first!
        second = box.second!
    }

    private final class Box: @unchecked Sendable {
        var first: First?
        var second: Second?
    }
}

/// The state shared by the analysis steps (each step lives in its own `AnalysisRun+Step.swift`).
struct AnalysisRun {
    let model: HandbookModel
    let config: HandbookConfig
    let asOf: Int32
    let rule: RhythmRule
    let history: PurchaseHistory
    /// Latest churn record per customer (on or before as-of), nil when none.
    let churn: ChurnRecords
    /// Made by `computeRhythm`, the first step of the side that fills them: made here, the
    /// run the report card reads would keep an untouched copy (about 350 MB at 1,000,000
    /// customers) through the whole stage while the steps wrote into their own.
    var metrics: [CustomerMetrics] = []
    /// Interval (days) used for each customer's status; 0 for customers without purchases.
    var interval: [Double] = []
    var populationMedian: Double?
    /// The monthly series (statuses, churn, revenue) and the yearly churn compounded from it.
    var months: [MonthFigure] = []
    var churnYear = 0.0
    var purchaseModel: PurchaseModel?
    var gammaGamma: GammaGammaParameters?
    var fits: ModelFitMemo?

    /// Interval used for customers with 1-2 purchases when no customer has 2+ purchases.
    static let fallbackInterval = 365.0

    init(model: HandbookModel) throws(BuildFailure) {
        self.model = model
        config = model.config
        asOf = model.asOf.raw
        rule = RhythmRule(model.config)
        history = try PurchaseHistory(model: model)

        churn = ChurnRecords(model.churn, customers: model.customers.count, asOf: asOf)
    }
}
