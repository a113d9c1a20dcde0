import BoomerangKit
import Foundation
import Testing

/// A build killed at any moment (kill -9 mid-write) leaves the output folder as one complete
/// build: the previous one, or the new one if the kill came after the atomic swap; never a mix.
@Suite struct KilledBuildTests {
    /// The `boomerang` binary built beside the test bundle (make test builds it first).
    static var binary: URL? {
        // Any scratch path works (`swift test --scratch-path .build-x` in a worktree).
        let scratch = ((try? FileManager.default.contentsOfDirectory(atPath: TestProject.repository.path)) ?? [])
            .filter { $0.hasPrefix(".build") }.sorted()
            .map { TestProject.repository.appendingPathComponent($0 + "/debug/boomerang") }
        let candidates = [Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("boomerang")] + scratch
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test func killAtAnyMomentLeavesOneCompleteBuild() throws {
        let binary = try #require(Self.binary, "build the boomerang binary first (swift build --product boomerang)")
        let root = try TestProject.copyOfExample()
        let out = root.appendingPathComponent("output")
        try HandbookBuilder.build(BuildOptions(root: root))
        let old = TestProject.snapshot(out)

        // A change that alters many pages, so a half-written output would show.
        let config = root.appendingPathComponent("content/handbook.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "lost_factor: 1.33", with: "lost_factor: 1.2").utf8).write(to: config)
        let fresh = TestProject.temporaryFolder("fresh").appendingPathComponent("site")
        try HandbookBuilder.build(BuildOptions(root: root, output: fresh))
        let new = TestProject.snapshot(fresh)
        #expect(old != new)

        var sawOld = 0, sawNew = 0
        for delay in [0, 5, 20, 50, 100, 200, 300, 500, 800, 1200, 2000] {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["build", "--quiet", "--root", root.path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = TestProject.snapshot(out)
            if now == old { sawOld += 1 } else if now == new { sawNew += 1 } else {
                let differing = Set(now.keys).symmetricDifference(old.keys).union(now.keys.filter { now[$0] != old[$0] && now[$0] != new[$0] })
                Issue.record("killed after \(delay) ms: output is neither build (\(differing.sorted().prefix(5)))")
            }
            // The next build cleans what the killed one left and restores the old state for the next round.
            if now == new { try restore(old: old, to: out) }
        }
        #expect(sawOld > 0)
        // Whatever the kill left beside the output, a normal build afterwards succeeds.
        try HandbookBuilder.build(BuildOptions(root: root))
        #expect(TestProject.snapshot(out) == new)
    }

    /// Puts the old build back so each round starts from it.
    private func restore(old: [String: Data], to out: URL) throws {
        try FileManager.default.removeItem(at: out)
        for (path, data) in old {
            let url = out.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }
}
