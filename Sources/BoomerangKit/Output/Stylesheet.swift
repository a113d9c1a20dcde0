import Foundation
import BoomerangCharts

/// The page stylesheet as the handbook writes it: templates/assets/style.css, with the rules
/// inline charts rely on (ChartStyle.css) added at its end when it lacks them, so a company's
/// stylesheet from before charts took their look from the page still draws them right.
enum Stylesheet {
    static let name = "style.css"

    static func withChartRules(_ css: [UInt8]) -> [UInt8] {
        let rules = Array(ChartStyle.css.utf8)
        guard !contains(css, rules) else { return css }
        var out = css
        if let last = out.last, last != 0x0A { out.append(0x0A) }
        out += Array("/* Added by boomerang: the rules inline charts share (BoomerangCharts' ChartStyle.css). */\n".utf8)
        return out + rules
    }

    private static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { b in
            part.withUnsafeBufferPointer { p in
                (0...(b.count - p.count)).contains { i in memcmp(b.baseAddress! + i, p.baseAddress!, p.count) == 0 }
            }
        }
    }
}
