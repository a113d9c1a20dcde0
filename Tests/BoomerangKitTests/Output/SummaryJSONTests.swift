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
        #expect(text.hasPrefix(#"{"as_of":"2024-05-01","model":"mbgnbd","mbgnbd":{"r":0.524843,"alpha":6.18309,"a":0.891359,"b":1.614,"log_likelihood":-9582.14},"gamma_gamma":null,"#))
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
}
