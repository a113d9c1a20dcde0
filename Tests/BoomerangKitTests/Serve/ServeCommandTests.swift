import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The `boomerang serve` binary: prints the address it bound and stops cleanly on a signal.
@Suite(.serialized) struct ServeCommandTests {
    /// Starts `boomerang serve --port 0` on a small handbook and reads the "Serving" line.
    func launch(_ name: String = #function) async throws -> (process: Process, port: UInt16, stderr: Pipe) {
        let binary = try #require(KilledBuildTests.binary, "build the boomerang binary first (swift build --product boomerang)")
        let root = try ServeProject.minimal(name)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--root", root.path, "--port", "0"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Bounded: the first build of the example plus binding; the reader ends with the process.
        let handle = out.fileHandleForReading
        let line = try await HTTPProbe.blocking { try Self.readLine(handle, seconds: 60) }
        guard let line, line.hasPrefix("Serving http://127.0.0.1:"), let url = URL(string: String(line.dropFirst("Serving ".count))),
              let port = url.port.flatMap({ UInt16(exactly: $0) }), port != 0 else {
            process.terminate()
            process.waitUntilExit()
            throw HTTPProbe.Failure(description: "no Serving line; got \(line ?? "nothing")")
        }
        #expect(line == "Serving http://127.0.0.1:\(port)/")
        return (process, port, err)
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

    /// Waits for the process to end, at most `seconds`; kills it if it did not.
    static func waitForExit(_ process: Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit(); return false }
        return true
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func signalStopsCleanlyAndFreesThePort(_ sig: Int32) async throws {
        let (process, port, err) = try await launch("signal\(sig)")
        let front = try await HTTPProbe.fetch(port: port, "/")
        #expect(front.status == 200)
        #expect(front.text.contains("__boomerang/events"))
        let events = try EventStreamProbe(port: port)
        #expect(await events.wait(for: "event: hello", seconds: 5))

        kill(process.processIdentifier, sig)
        let pid = process.processIdentifier
        #expect(try await HTTPProbe.blocking { Self.waitForExit(process, seconds: 10) }, "pid \(pid) still running")
        #expect(process.terminationStatus == 0)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.contains("stopping"))
        #expect(await events.waitForClose(seconds: 5))
        await #expect(throws: HTTPProbe.Failure.self) { try await HTTPProbe.fetch(port: port, "/") }
    }
}
