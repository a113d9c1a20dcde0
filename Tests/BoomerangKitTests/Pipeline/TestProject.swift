import BoomerangKit
import Foundation
import Testing

/// Helpers to find the repository and to make throw-away handbook projects.
enum TestProject {
    /// The package root: the nearest folder up from the working directory with Package.swift.
    static let repository: URL = {
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        fatalError("run the tests from inside the repository")
    }()

    /// A fresh empty folder under the system temporary folder.
    static func temporaryFolder(_ name: String = #function) -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("boomerang-tests-\(safe)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the shipped example (content/ and templates/) in a temporary folder.
    static func copyOfExample(_ name: String = #function) throws -> URL {
        let dir = temporaryFolder(name)
        for part in ["content", "templates"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(part), to: dir.appendingPathComponent(part))
        }
        return dir
    }

    /// A handbook made of the given files (path -> text) plus the repository's templates/.
    /// A project from the benchmark generator (scripts/generate-synthetic.py): `customers`
    /// customers with Latin, Cyrillic and Persian names, the same for the same seed.
    static func synthetic(customers: Int, seed: Int, name: String = #function) throws -> URL {
        let root = temporaryFolder(name)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(ShardMergeTests.python, "python3 is needed"))
        process.arguments = [repository.appendingPathComponent("scripts/generate-synthetic.py").path,
                             String(customers), root.path, "--seed", String(seed)]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the generator failed")
        return root
    }

    static func make(_ files: [String: String], name: String = #function) throws -> URL {
        let dir = temporaryFolder(name)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("templates"), to: dir.appendingPathComponent("templates"))
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return dir
    }

    /// Every file under `dir`, path -> bytes.
    static func snapshot(_ dir: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        for p in (fm.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []) {
            var isDir: ObjCBool = false
            let full = dir.appendingPathComponent(p).path
            if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { out[p] = fm.contents(atPath: full) }
        }
        return out
    }

    static func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
}
