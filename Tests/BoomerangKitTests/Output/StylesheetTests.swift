@testable import BoomerangKit
import BoomerangCharts
import Foundation
import Testing

/// Inline charts take their shared look from the page stylesheet: a company stylesheet from
/// before that gets the rules added, and the shipped one is written as it is.
@Suite struct StylesheetTests {
    @Test func anOldStylesheetGetsTheChartRules() throws {
        let root = try TestProject.copyOfExample()
        let css = root.appendingPathComponent("templates/assets/style.css")
        try Data("body { color: #222; }".utf8).write(to: css)
        try HandbookBuilder.build(BuildOptions(root: root))
        let written = try String(contentsOf: root.appendingPathComponent("output/assets/style.css"), encoding: .utf8)
        #expect(written.hasPrefix("body { color: #222; }\n/* Added by boomerang"))
        #expect(written.hasSuffix(ChartStyle.css))
    }

    @Test func theShippedStylesheetIsWrittenAsItIs() throws {
        let shipped = try Data(contentsOf: TestProject.repository.appendingPathComponent("templates/assets/style.css"))
        #expect(Stylesheet.withChartRules(Array(shipped)) == Array(shipped))
    }
}
