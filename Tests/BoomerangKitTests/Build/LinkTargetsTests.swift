@testable import BoomerangKit
import BoomerangAnalytics
import Foundation
import Testing

/// The link targets (dossiers by stem) against the Set of every planned path they replaced.
@Suite struct LinkTargetsTests {
    @Test func sameAnswersAsTheSetOfEveryPath() throws {
        let root = try TestProject.copyOfExample()
        let model = try HandbookLoader.load(root: root).model
        let (templates, strings) = try HandbookBuilder.loadTemplates(root: root, model: model)
        let site = SiteContext(model: model, analysis: try Analyzer.analyze(model), strings: strings, templates: templates)
        let plan = SitePlanner.plan(site, assets: ["style.css"])
        let reference = Set(plan.map(\.path))
        let targets = LinkTargets(wholePlan: plan, stems: site.customerStems)
        var probes = plan.map(\.path)
        for stem in site.customerStems.prefix(20) {
            probes += ["customers/\(stem).htm", "customers/\(stem).html#x", "customers/\(stem)x.md", "customer/\(stem).md",
                       "customers/\(stem)", "customers/\(stem).pdf", "customers/\(stem.uppercased()).html", "x/customers/\(stem).html"]
        }
        probes += ["customers/.html", "customers/.md", "customers/", "customers", "", "index.html", "assets/none.css", "customers/é.html"]
        for path in probes { #expect(targets.contains(path) == reference.contains(path), "\(path)") }
    }
}
