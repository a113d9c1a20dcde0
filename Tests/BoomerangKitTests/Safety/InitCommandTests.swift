import BoomerangKit
import Foundation
import Testing

/// `boomerang init` as a new user runs it: the next two commands on stdout, then a build that
/// works, and exit 1 with the reason when the folder is taken.
@Suite struct InitCommandTests {
    func run(_ arguments: [String], binary: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let binary = try #require(binary ?? KilledBuildTests.binary, "build the boomerang binary first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read stderr on another thread so neither pipe fills up while the other is read.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test func initPrintsTheNextCommandsAndTheProjectBuilds() throws {
        let dir = TestProject.temporaryFolder().appendingPathComponent("handbook").path
        let made = try run(["init", dir, "--lang", "ro"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("\n  boomerang build --root \(dir)\n"))
        #expect(made.stdout.contains("\(dir)/output/index.html"))
        let built = try run(["build", "--root", dir])
        #expect(built.status == 0, "\(built.stderr)")
        let index = TestProject.text(URL(fileURLWithPath: dir + "/output/index.html"))
        #expect(index.contains("<html lang=\"ro\" dir=\"ltr\">"))

        let again = try run(["init", dir])
        #expect(again.status == 1)
        #expect(again.stderr.contains("boomerang init: \(dir) is not empty"))
    }

    /// A binary copied out of its checkout (an installed one) says to use --from, and works with it.
    @Test func installedBinaryNeedsFrom() throws {
        let binary = try #require(KilledBuildTests.binary, "build the boomerang binary first")
        let bin = TestProject.temporaryFolder().appendingPathComponent("boomerang")
        try FileManager.default.copyItem(at: binary, to: bin)
        let dir = TestProject.temporaryFolder().appendingPathComponent("handbook").path
        let refused = try run(["init", dir, "--lang", "fa"], binary: bin)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is not inside a Boomerang checkout") && refused.stderr.contains("--from DIR"))
        #expect(!FileManager.default.fileExists(atPath: dir))
        let made = try run(["init", dir, "--lang", "fa", "--from", TestProject.repository.path], binary: bin)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(TestProject.text(URL(fileURLWithPath: dir + "/content/playbooks/gifts.md")).contains("\nlang: fa\n"))
    }
}
