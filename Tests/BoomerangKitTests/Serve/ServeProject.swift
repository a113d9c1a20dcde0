import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Handbook projects for the serve tests.
enum ServeProject {
    /// How long a test waits for a rebuild to show: a bound, not a sleep (polls stop as soon as
    /// the change is seen). The example builds in about 5 s on an idle 2-core machine with a
    /// debug build; the bound leaves room for a machine busy with the other test suites.
    static let rebuildWait = 120.0

    /// The small fixture handbook (Fixtures/valid-minimal) with the repository's templates:
    /// it builds in under a second, for tests that are not about the example's content.
    static func minimal(_ name: String = #function) throws -> URL {
        let dir = TestProject.temporaryFolder(name)
        let fixture = TestProject.repository.appendingPathComponent("Tests/BoomerangKitTests/Fixtures/valid-minimal/content")
        try FileManager.default.copyItem(at: fixture, to: dir.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: TestProject.repository.appendingPathComponent("templates"), to: dir.appendingPathComponent("templates"))
        return dir
    }
}

/// `boomerang serve --port 0` as a subprocess. The server runs in its own process so that
/// test suites busy on this process's few cooperative threads cannot hold up its answers.
/// Always stopped: by `stop`, or killed when the value goes away.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    let root: URL
    private(set) var port: UInt16 = 0
    private let stderrFile: URL

    init(root: URL, arguments: [String] = ["--port", "0"]) throws {
        let binary = try #require(KilledBuildTests.binary, "build the boomerang binary first (swift build --product boomerang)")
        self.root = root
        stderrFile = TestProject.temporaryFolder("serve-stderr").appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)
        process.executableURL = binary
        process.arguments = ["serve", "--root", root.path] + arguments
        // stderr to a file: a pipe nobody reads could fill up and stall the server.
        process.standardError = try FileHandle(forWritingTo: stderrFile)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
    }

    /// Starts the server and waits (bounded) for its "Serving http://127.0.0.1:PORT/" line.
    static func start(root: URL) async throws -> ServeProcess {
        let server = try ServeProcess(root: root)
        let out = Pipe()
        server.process.standardOutput = out
        try server.process.run()
        let handle = out.fileHandleForReading
        let line = try await HTTPProbe.blocking { try readLine(handle, seconds: ServeProject.rebuildWait) }
        guard let line, line.hasPrefix("Serving http://127.0.0.1:"), let url = URL(string: String(line.dropFirst("Serving ".count))),
              let port = url.port.flatMap({ UInt16(exactly: $0) }), port != 0 else {
            throw HTTPProbe.Failure(description: "no Serving line; got \(line ?? "nothing"); stderr: \(server.stderr)")
        }
        #expect(line == "Serving http://127.0.0.1:\(port)/")
        server.port = port
        return server
    }

    var stderr: String { (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? "" }

    /// Sends `sig` and waits (bounded) for the exit; the exit status, or nil if it had to be killed.
    func stop(_ sig: Int32 = SIGINT, seconds: Double = 30) async throws -> Int32? {
        kill(process.processIdentifier, sig)
        return try await waitForExit(seconds: seconds)
    }

    func waitForExit(seconds: Double) async throws -> Int32? {
        let process = self.process
        let exited = try await HTTPProbe.blocking { () -> Bool in
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            return !process.isRunning
        }
        if !exited { kill(process.processIdentifier, SIGKILL); process.waitUntilExit(); return nil }
        return process.terminationStatus
    }

    /// The first line of `handle`, waiting at most `seconds`.
    static func readLine(_ handle: FileHandle, seconds: Double) throws -> String? {
        let fd = handle.fileDescriptor
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 200) > 0 else { continue }
            var c: UInt8 = 0
            guard read(fd, &c, 1) == 1 else { break }
            if c == 10 { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(c)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
