import Foundation
import Testing

/// The throwaway PostgreSQL cluster of scripts/with-test-postgres.sh (`make test` runs the tests
/// inside it). Each test gets a database of its own, so tests run in parallel without meeting.
enum TestCluster {
    static let environment = ProcessInfo.processInfo.environment
    /// The cluster's superuser URL; nil outside the script, and the server tests are then off.
    static let url = environment["BOOMERANG_TEST_DATABASE_URL"]
    static var available: Bool { url != nil }

    static var psql: String {
        environment["BOOMERANG_TEST_PG_BIN"].map { "\($0)/psql" } ?? "/usr/bin/psql"
    }

    /// A new empty database; returns its URL.
    static func makeDatabase(_ name: String = #function) throws -> String {
        let url = try #require(url)
        let db = "t_" + name.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(30) + "_" + UUID().uuidString.prefix(8).lowercased()
        try run(url, "CREATE DATABASE \(db)")
        return url.replacingOccurrences(of: "/postgres?", with: "/\(db)?")
    }

    /// Runs SQL through psql, stopping at the first error.
    static func run(_ url: String, _ sql: String) throws {
        try process(psql, ["-q", "-X", "-v", "ON_ERROR_STOP=1", url], input: "SET client_min_messages = warning;\n" + sql)
    }

    /// Loads a handbook's content/data/*.csv into tables of the same names (scripts/csv-to-postgres.py).
    static func load(csvFolder: URL, into url: String) throws {
        try process("/usr/bin/env", ["python3", repository.appendingPathComponent("scripts/csv-to-postgres.py").path, url, csvFolder.path])
    }

    static func process(_ path: String, _ arguments: [String], input: String? = nil) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        let stdin = Pipe(), stderr = Pipe()
        p.standardInput = stdin
        p.standardError = stderr
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
        try stdin.fileHandleForWriting.close()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "\(path) failed: \(String(decoding: errors, as: UTF8.self))")
    }

    /// A port on loopback where nothing listens (bound, then released).
    static func closedPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    /// The package root: the nearest folder up from the working directory with Package.swift.
    static let repository: URL = {
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        fatalError("run the tests from inside the repository")
    }()

    static func temporaryFolder(_ name: String = #function) -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("boomerang-db-tests-\(name.filter { $0.isLetter })-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `folder` (relative path -> bytes).
    static func snapshot(_ folder: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = files?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            out[String(url.standardizedFileURL.path.dropFirst(base.count))] = try? Data(contentsOf: url)
        }
        return out
    }
}
