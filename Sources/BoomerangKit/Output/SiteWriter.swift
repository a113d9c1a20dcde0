import BoomerangModel
import CSystemSupport
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write stage: all files go into a fresh folder beside the output folder, which then
/// replaces it in one atomic step, so a failed or killed build never leaves a half-written
/// handbook. A file whose bytes did not change is hard-linked from the previous build instead
/// of written, keeping its inode and modification time (CI uploads and rsync see real changes only).
public struct SiteWriter: Sendable {
    public struct Result: Sendable { public var written = 0; public var unchanged = 0 }

    public let output: URL

    private let outputPath: String
    private let stagingPath: String

    public init(output: URL) {
        self.output = output.standardizedFileURL
        outputPath = self.output.path
        stagingPath = self.output.deletingLastPathComponent().appendingPathComponent("." + self.output.lastPathComponent + ".boomerang-new").path
    }

    var staging: URL { output.deletingLastPathComponent().appendingPathComponent("." + output.lastPathComponent + ".boomerang-new") }
    var retired: URL { output.deletingLastPathComponent().appendingPathComponent("." + output.lastPathComponent + ".boomerang-old") }

    /// Removes what a killed build may have left beside the output folder.
    public func cleanLeftovers() {
        Self.removeTree(stagingPath)
        Self.removeTree(retired.path)
    }

    /// Best effort, like `try? removeItem`: what cannot be removed is cleaned by the next build.
    static func removeTree(_ path: String) {
        if boomerang_remove_tree(path) != 0 { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Prepares the staging folder and its subfolders for `paths`.
    public func prepare(paths: [String]) throws {
        cleanLeftovers()
        let fm = FileManager.default
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        var dirs = Set<String>()
        for p in paths { if let slash = p.lastIndex(of: "/") { dirs.insert(String(p[..<slash])) } }
        for d in dirs.sorted() { try fm.createDirectory(at: staging.appendingPathComponent(d), withIntermediateDirectories: true) }
    }

    /// Writes one file into staging; thread-safe for distinct paths. Returns true when written,
    /// false when the previous build's identical file was linked instead.
    public func put(_ path: String, _ bytes: [UInt8]) throws -> Bool {
        // Plain string paths: URL.appendingPathComponent was a tenth of a cached rebuild.
        let old = outputPath + "/" + path
        let new = stagingPath + "/" + path
        if Self.sameBytes(old, bytes), link(old, new) == 0 { return false }
        let fd = open(new, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw BuildFailure(SourceLocation(file: path), "cannot write: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            guard n > 0 else { throw BuildFailure(SourceLocation(file: path), "cannot write: \(String(cString: strerror(errno)))") }
            offset += n
        }
        return true
    }

    /// Carries the previous build's file over unchanged (the cache vouched for it); false when it
    /// is missing, so the caller renders it instead.
    public func keep(_ path: String) -> Bool {
        link(outputPath + "/" + path, stagingPath + "/" + path) == 0
    }

    /// Swaps staging in as the output folder in one step (renameat2 RENAME_EXCHANGE), then
    /// removes the previous build. Files outside the plan are not carried over. `meanwhile` runs
    /// once the new folder is in place, while another thread removes the previous one (the
    /// build saves its cache there: at 100,000 customers both take a second or more).
    public func commit(meanwhile: () -> Void = {}) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            // Both names stay valid at every instant: a kill -9 leaves one complete build.
            if boomerang_exchange_paths(staging.path, output.path) == 0 {
                Self.removeTree(stagingPath, meanwhile: meanwhile)   // staging now holds the previous build
                return
            }
            try fm.moveItem(at: output, to: retired)
            try fm.moveItem(at: staging, to: output)
            Self.removeTree(retired.path, meanwhile: meanwhile)
        } else {
            try fm.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.moveItem(at: staging, to: output)
            meanwhile()
        }
    }

    /// Removes `path` on another thread while `work` runs here; returns when both are done.
    private static func removeTree(_ path: String, meanwhile work: () -> Void) {
        let removed = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            removeTree(path)
            removed.signal()
        }
        work()
        removed.wait()
    }

    static func sameBytes(_ path: String, _ bytes: [UInt8]) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0, Int(st.st_size) == bytes.count else { return false }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: bytes.count)
        var got = 0
        while got < bytes.count {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, bytes.count - got) }
            if n <= 0 { return false }
            got += n
        }
        return buffer == bytes
    }
}
