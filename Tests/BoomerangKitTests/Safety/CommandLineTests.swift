import BoomerangKit
import Foundation
import Testing

/// What CI sees: exit codes and the messages on stderr.
@Suite struct CommandLineTests {
    func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let result = try BinaryRun.run(arguments, capture: .stderr)
        return (result.status, result.output)
    }

    @Test func badInputExitsOneWithFileLineAndMessage() throws {
        let fixture = TestProject.repository.appendingPathComponent("Tests/BoomerangKitTests/Fixtures/invalid/decimal-comma")
        let out = TestProject.temporaryFolder().appendingPathComponent("site")
        let (status, stderr) = try run(["build", "--root", fixture.path, "--output", out.path])
        #expect(status == 1)
        #expect(stderr.contains("content/data/orders.csv:3:18: amount: expected a number, found \"12,50\""))
        #expect(stderr.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func goodInputExitsZeroAndLogsEachStage() throws {
        let root = try TestProject.copyOfExample()
        let (status, stderr) = try run(["build", "--root", root.path])
        #expect(status == 0)
        for stage in ["load", "templates", "analyze", "plan", "render+write", "commit"] {
            #expect(stderr.contains("\n" + stage) || stderr.hasPrefix(stage), "no timing line for \(stage)")
        }
    }

    @Test func badAsOfIsAUsageError() throws {
        let (status, stderr) = try run(["build", "--as-of", "2024-02-30"])
        #expect(status != 0)
        #expect(stderr.contains("--as-of: expected a date as YYYY-MM-DD, found \"2024-02-30\""))
    }

    @Test func badJobsIsAUsageError() throws {
        let (status, stderr) = try run(["build", "--jobs", "0"])
        #expect(status != 0)
        #expect(stderr.contains("--jobs: expected a number from 1 to 256, found 0"))
    }

    /// One render thread or three: the same bytes.
    @Test func jobsDoNotChangeTheOutput() throws {
        let root = try TestProject.copyOfExample()
        let one = root.appendingPathComponent("one"), three = root.appendingPathComponent("three")
        #expect(try run(["build", "--root", root.path, "--output", one.path, "--jobs", "1"]).status == 0)
        #expect(try run(["build", "--root", root.path, "--output", three.path, "--jobs", "3"]).status == 0)
        #expect(TestProject.snapshot(one) == TestProject.snapshot(three))
    }
}
