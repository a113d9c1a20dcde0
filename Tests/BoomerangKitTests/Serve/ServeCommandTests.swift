import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The `boomerang serve` binary: prints the address it bound, stops cleanly on a signal and
/// says so when the port is taken.
@Suite(.serialized) struct ServeCommandTests {
    @Test(arguments: [SIGINT, SIGTERM])
    func signalStopsCleanlyAndFreesThePort(_ sig: Int32) async throws {
        let server = try await ServeProcess.start(root: try ServeProject.minimal("signal\(sig)"))
        let port = server.port
        let front = try await HTTPProbe.fetch(port: port, "/")
        #expect(front.status == 200)
        #expect(front.text.contains("__boomerang/events"))
        let events = try EventStreamProbe(port: port)
        #expect(await events.wait(for: "event: hello", seconds: 10))

        #expect(try await server.stop(sig) == 0)
        #expect(server.stderr.contains("stopping"))
        // The open event stream was ended and the port is free: nothing listens, and it can be bound again.
        #expect(await events.waitForClose(seconds: 10))
        await #expect(throws: HTTPProbe.Failure.self) { try await HTTPProbe.fetch(port: port, "/") }
        let again = try ServeProcess(root: server.root, arguments: ["--port", String(port)])
        let out = Pipe()
        again.process.standardOutput = out
        try again.process.run()
        let line = try await HTTPProbe.blocking { try ServeProcess.readLine(out.fileHandleForReading, seconds: ServeProject.rebuildWait) }
        #expect(line == "Serving http://127.0.0.1:\(port)/")
        #expect(try await again.stop() == 0)
    }

    @Test func aTakenPortIsAClearError() async throws {
        let server = try await ServeProcess.start(root: try ServeProject.minimal())
        let second = try ServeProcess(root: server.root, arguments: ["--port", String(server.port), "--output", server.root.appendingPathComponent("out2").path])
        second.process.standardOutput = FileHandle.nullDevice
        try second.process.run()
        #expect(try await second.waitForExit(seconds: 30) == 1)
        #expect(second.stderr.contains("boomerang serve: cannot listen on 127.0.0.1:\(server.port)"), "\(second.stderr)")
        #expect(!FileManager.default.fileExists(atPath: server.root.appendingPathComponent("out2").path))
        #expect(try await server.stop() == 0)
    }
}
