import Foundation
import Testing
@testable import BoomerangKit

/// summary.json names the purchase model and puts its parameters under that name.
@Suite struct SummaryJSONTests {
    static func json(_ config: HandbookConfig, _ fitted: PurchaseModel?) -> String {
        let asOf = Day(year: 2024, month: 5, day: 1)!
        let model = HandbookModel(config: config, customers: [], orders: [], asOf: asOf)
        return String(decoding: Exports.summaryJSON(model, Analysis(asOf: asOf, customers: [], purchaseModel: fitted)), as: UTF8.self)
    }

    @Test func mbgnbdParametersUnderItsName() {
        let p = MBGNBDParameters(r: 0.5248433, alpha: 6.183086, a: 0.8913594, b: 1.614002, logLikelihood: -9582.1357)
        let text = Self.json(HandbookConfig(), .mbgnbd(p))
        #expect(text.hasPrefix(#"{"as_of":"2024-05-01","model":"mbgnbd","mbgnbd":{"r":0.5248433,"alpha":6.183086,"a":0.8913594,"b":1.614002,"log_likelihood":-9582.1357},"gamma_gamma":null,"#))
        #expect(!text.contains(#""bgnbd""#))
    }

    @Test func bgnbdKeepsItsKey() {
        var config = HandbookConfig()
        config.model = .bgnbd
        let p = BGNBDParameters(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLikelihood: -9582.4)
        #expect(Self.json(config, .bgnbd(p)).hasPrefix(#"{"as_of":"2024-05-01","model":"bgnbd","bgnbd":{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"log_likelihood":-9582.4},"#))
    }

    /// Too few repeat buyers: nothing was fitted, and the configured model's key is null.
    @Test func unfittedModelIsNull() {
        #expect(Self.json(HandbookConfig(), nil).hasPrefix(#"{"as_of":"2024-05-01","model":"mbgnbd","mbgnbd":null,"#))
    }

    /// The report card's figures, in a fixed order; null without a report card.
    @Test func modelCheckFigures() {
        let asOf = Day(year: 2024, month: 5, day: 1)!
        let model = HandbookModel(config: HandbookConfig(), customers: [], orders: [], asOf: asOf)
        let check = ModelCheck(weeks: 13, calibrationEnd: asOf + (-91), customers: 40, actualPurchases: 52, predictedPurchases: 47.25,
                               correlation: 0.61, byRepeatPurchases: [.init(repeatPurchases: 0, customers: 30, actualMean: 0.5, predictedMean: 0.4),
                                                                       .init(repeatPurchases: 7, customers: 10, actualMean: 3.7, predictedMean: 3.525)],
                               tracking: [], deciles: [], verdict: .good)
        let text = String(decoding: Exports.summaryJSON(model, Analysis(asOf: asOf, customers: [], modelCheck: check)), as: UTF8.self)
        #expect(text.hasSuffix(#","model_check":{"weeks":13,"calibration_end":"2024-01-31","customers":40,"actual_purchases":52,"predicted_purchases":47.25,"correlation":0.61,"by_repeat_purchases":[{"repeat_purchases":0,"customers":30,"actual_mean":0.5,"predicted_mean":0.4},{"repeat_purchases":7,"customers":10,"actual_mean":3.7,"predicted_mean":3.525}],"verdict":"good"}}"# + "\n"))
        #expect(Self.json(HandbookConfig(), nil).hasSuffix(#","model_check":null}"# + "\n"))
    }
}
