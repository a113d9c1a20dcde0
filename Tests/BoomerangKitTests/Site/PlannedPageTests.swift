import Testing
@testable import BoomerangKit

@Suite struct PlannedPageTests {
    /// The byte count of folder levels equals the split-based one it replaced (the reference),
    /// on random paths with empty segments, leading and trailing slashes and non-ASCII names.
    @Test func depthCountsAsSplitDid() {
        var random = SeededRandom(state: 47)
        let pieces = ["a", "customers", "/", "/", "x.html", "é", "index.html", "..", "ü/"]
        for _ in 0..<5_000 {
            let path = (0..<Int.random(in: 0...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(PlannedPage.depth(path) == max(0, path.split(separator: "/").count - 1), "\(path)")
        }
        #expect(PlannedPage(path: "customers/S1.html", kind: .search).root == "../")
        #expect(PlannedPage(path: "index.html", kind: .search).root == "")
    }
}
