import Foundation
import Testing

/// Runs the built `boomerang` binary and returns its exit status and one of its streams (the
/// other is discarded, so a full pipe can never block the run).
enum BinaryRun {
    enum Stream { case stdout, stderr }

    static func run(_ arguments: [String], capture: Stream, environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let binary = try #require(KilledBuildTests.binary, "build the boomerang binary first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = capture == .stdout ? pipe : FileHandle.nullDevice
        process.standardError = capture == .stderr ? pipe : FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
