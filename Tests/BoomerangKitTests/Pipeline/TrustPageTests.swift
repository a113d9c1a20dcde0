import BoomerangKit
import Foundation
import Testing

/// "How far to trust these figures" on the shipped example: the page, its front-page line and
/// the dossiers' links, with the same figures as summary.json.
@Suite struct TrustPageTests {
    @Test func reportCardPageAgreesWithSummaryAndIsLinked() throws {
        let root = try TestProject.copyOfExample()
        try HandbookBuilder.build(BuildOptions(root: root))
        let out = root.appendingPathComponent("output")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("data/summary.json"))) as! [String: Any]
        let check = try #require(summary["model_check"] as? [String: Any])
        let actual = try #require(check["actual_purchases"] as? Int)
        let predicted = try #require(check["predicted_purchases"] as? Double)
        let weeks = try #require(check["weeks"] as? Int)
        let verdict = try #require(check["verdict"] as? String)
        let label = ["good": "Good", "usable_with_care": "Usable with care", "do_not_rely": "Do not rely on it"][verdict]!

        let page = TestProject.text(out.appendingPathComponent("sections/trust.html"))
        #expect(page.contains("<h1>How far to trust these figures</h1>"))
        #expect(page.contains("<p class=\"verdict verdict-\(verdict)\"><strong>\(label).</strong>"))
        let made = NumberFormatter.localizedString(from: NSNumber(value: actual), number: .decimal)
        let forecast = NumberFormatter.localizedString(from: NSNumber(value: predicted.rounded()), number: .decimal)
        #expect(page.contains("<dd>\(made)<dd class=\"muted\">predicted: \(forecast) ("))
        #expect(page.contains("-repeat\"") && page.contains("-tracking\""), "both charts")

        let index = TestProject.text(out.appendingPathComponent("index.html"))
        #expect(index.contains("<a href=\"sections/trust.html\">\(label)</a>: \(forecast) purchases forecast for the last \(weeks) weeks, \(made) made"))
        let dossier = TestProject.text(out.appendingPathComponent("customers/C002.html"))
        #expect(dossier.contains("<a href=\"../sections/trust.html\">How far to trust this?</a>"))
    }
}
