import BoomerangKit
import Foundation
import Testing

/// The previous build kept beside the output (`.output.boomerang-spare`) is the next build's
/// starting point: whatever state it is in, the result equals a build from an empty folder.
@Suite struct SpareFolderTests {
    let fm = FileManager.default

    /// Every entry under `dir` (folders too), so a stray empty folder would show.
    func entries(_ dir: URL) -> Set<String> {
        Set(fm.enumerator(atPath: dir.path)?.allObjects as? [String] ?? [])
    }

    func inode(_ url: URL) throws -> Int {
        try (fm.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.intValue ?? -1
    }

    @Test func aSpareInAnyStateGivesTheSameSiteAsAnEmptyFolder() throws {
        let root = try TestProject.copyOfExample()
        let output = root.appendingPathComponent("output")
        let spare = root.appendingPathComponent(".output.boomerang-spare")
        try HandbookBuilder.build(BuildOptions(root: root))
        #expect(!fm.fileExists(atPath: spare.path), "a first build has no previous one to keep")
        try HandbookBuilder.build(BuildOptions(root: root))
        #expect(fm.fileExists(atPath: spare.path))

        // Mess the spare up in every way a person or a killed build could.
        try Data("junk".utf8).write(to: spare.appendingPathComponent("stray.html"))
        try Data("junk".utf8).write(to: spare.appendingPathComponent("customers/stray.html"))
        try fm.createDirectory(at: spare.appendingPathComponent("customers/stray-folder/deeper"), withIntermediateDirectories: true)
        try fm.removeItem(at: spare.appendingPathComponent("customers/index.html"))
        try fm.removeItem(at: spare.appendingPathComponent("managers"))
        try Data("not a folder".utf8).write(to: spare.appendingPathComponent("managers"))
        try fm.removeItem(at: spare.appendingPathComponent("index.html"))   // a new inode, so the output is not touched
        try Data("stale".utf8).write(to: spare.appendingPathComponent("index.html"))
        try fm.removeItem(at: spare.appendingPathComponent("sections"))
        try fm.createSymbolicLink(at: spare.appendingPathComponent("sections"), withDestinationURL: root.appendingPathComponent("content"))
        let before = TestProject.snapshot(output)

        // A data change, then a rebuild from that spare.
        let orders = root.appendingPathComponent("content/data/orders.csv")
        let text = try String(contentsOf: orders, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "SO-100002,C050,2020-01-02,3638.85", with: "SO-100002,C050,2020-01-02,9638.85").utf8).write(to: orders)
        let unchangedPage = output.appendingPathComponent("playbooks/price.html")
        let inodeBefore = try inode(unchangedPage)
        try HandbookBuilder.build(BuildOptions(root: root))

        var clean = BuildOptions(root: root, output: TestProject.temporaryFolder("clean").appendingPathComponent("site"))
        clean.useCache = false
        clean.keepSpare = false
        try HandbookBuilder.build(clean)
        #expect(TestProject.snapshot(output) == TestProject.snapshot(clean.output))
        #expect(entries(output) == entries(clean.output), "no stray files or folders")
        #expect(TestProject.snapshot(output) != before)
        #expect(try inode(output.appendingPathComponent("playbooks/price.html")) == inodeBefore, "an unchanged page keeps its file")
        #expect(fm.fileExists(atPath: root.appendingPathComponent("content/data/orders.csv").path), "nothing outside the spare was touched")
        let beside = try fm.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".output") }
        #expect(beside == [".output.boomerang-spare"])
    }

    @Test func withoutTheSpareNothingIsKeptBeside() throws {
        let root = try TestProject.copyOfExample()
        var options = BuildOptions(root: root)
        options.keepSpare = false
        try HandbookBuilder.build(options)
        try HandbookBuilder.build(options)
        #expect(try fm.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".output") }.isEmpty)
        // Turning it off later removes a spare kept before.
        try HandbookBuilder.build(BuildOptions(root: root))
        try HandbookBuilder.build(BuildOptions(root: root))
        #expect(fm.fileExists(atPath: root.appendingPathComponent(".output.boomerang-spare").path))
        try HandbookBuilder.build(options)
        #expect(try fm.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".output") }.isEmpty)
    }
}
