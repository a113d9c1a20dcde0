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
///
/// The previous build is kept beside the output as `.<output>.boomerang-spare` (hard links: it
/// costs the space of the files that changed) and becomes the next build's staging folder. A
/// rebuild then only touches the entries that differ, instead of linking every page into an
/// empty folder and unlinking every page of the old one: at 100,000 customers that was 400,000
/// directory operations, about a third of a one-order rebuild. The spare may be in any state
/// (edited, half-updated by a killed build): every entry is checked against the output by inode
/// and replaced when it differs, never written into, and whatever the plan lacks is removed.
public struct SiteWriter: Sendable {
    public struct Result: Sendable { public var written = 0; public var unchanged = 0 }

    public let output: URL
    /// Keep the previous build as the spare (`build --no-spare` turns it off).
    public let keepsSpare: Bool

    private let outputPath: String
    private let stagingPath: String
    private let sparePath: String
    /// Set by `prepare`: staging started from the spare, so its entries must be checked.
    private let state = State()

    private final class State: @unchecked Sendable {
        // Written once in `prepare`, before the render threads start; read-only afterwards.
        var recycled = false
        /// There is a previous build to compare with (else a first build skips a failing stat per file).
        var hasOutput = false
        /// The planned pages and their folders, for `sweep`.
        var paths: [String] = []
        var folders: Set<String> = []
    }

    public init(output: URL, keepsSpare: Bool = true) {
        self.output = output.standardizedFileURL
        self.keepsSpare = keepsSpare
        outputPath = self.output.path
        let parent = self.output.deletingLastPathComponent()
        stagingPath = parent.appendingPathComponent("." + self.output.lastPathComponent + ".boomerang-new").path
        sparePath = parent.appendingPathComponent("." + self.output.lastPathComponent + ".boomerang-spare").path
    }

    var staging: URL { URL(fileURLWithPath: stagingPath) }
    var retired: URL { output.deletingLastPathComponent().appendingPathComponent("." + output.lastPathComponent + ".boomerang-old") }
    var spare: URL { URL(fileURLWithPath: sparePath) }

    /// True when this build's staging folder started from the previous build.
    public var recycled: Bool { state.recycled }

    /// Removes what a killed build may have left beside the output folder (not the spare).
    public func cleanLeftovers() {
        Self.removeTree(stagingPath)
        Self.removeTree(retired.path)
    }

    /// Best effort, like `try? removeItem`: what cannot be removed is cleaned by the next build.
    static func removeTree(_ path: String) {
        if boomerang_remove_tree(path) != 0 { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Prepares the staging folder and its subfolders for `paths`: the spare when there is one
    /// (and an output to compare it with), else an empty folder.
    public func prepare(paths: [String]) throws {
        cleanLeftovers()
        let fm = FileManager.default
        state.recycled = false
        var st = stat()
        state.hasOutput = stat(outputPath, &st) == 0
        state.paths = paths
        state.folders = Self.folders(of: paths)
        if keepsSpare, Self.isDirectory(sparePath), Self.isDirectory(outputPath), rename(sparePath, stagingPath) == 0 {
            state.recycled = true
        } else {
            Self.removeTree(sparePath)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        }
        for d in state.folders.sorted() {
            let path = stagingPath + "/" + d
            if Self.isDirectory(path) { continue }
            if state.recycled { _ = Self.removeEntry(path) }   // a file or link where a folder belongs
            try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
    }

    static func folders(of paths: [String]) -> Set<String> {
        var dirs = Set<String>()
        for p in paths { if let slash = p.lastIndex(of: "/") { dirs.insert(String(p[..<slash])) } }
        return dirs
    }

    /// A real directory (not a link to one).
    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Removes a file, link or folder at `path`; true when nothing is left there.
    @discardableResult
    static func removeEntry(_ path: String) -> Bool {
        if unlink(path) == 0 || errno == ENOENT { return true }
        if errno == EISDIR || errno == EPERM { removeTree(path) }
        var st = stat()
        return lstat(path, &st) != 0
    }

    /// Writes one file into staging; thread-safe for distinct paths. Returns true when written,
    /// false when the previous build's identical file was linked instead.
    public func put(_ path: String, _ bytes: [UInt8]) throws -> Bool {
        // Plain string paths: URL.appendingPathComponent was a tenth of a cached rebuild.
        let old = outputPath + "/" + path
        let new = stagingPath + "/" + path
        if state.hasOutput, Self.sameBytes(old, bytes), linked(old, new) { return false }
        // A spare's file may be the very inode the output shows: it is replaced, never written into.
        if state.recycled { Self.removeEntry(new) }
        let fd = open(new, O_WRONLY | O_CREAT | (state.recycled ? O_EXCL : O_TRUNC), 0o644)
        guard fd >= 0 else { throw BuildFailure(SourceLocation(file: path), "cannot write: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard Self.writeAll(fd, bytes) else { throw BuildFailure(SourceLocation(file: path), "cannot write: \(String(cString: strerror(errno)))") }
        return true
    }

    /// Writes one file into staging from pieces that `pieces` hands over in order, for a file
    /// too large to hold whole (customers.csv). As `put`: true when written, false when it came
    /// out the same as the previous build's file, which is then linked instead. The pieces go
    /// to a `.part` file first, renamed into place unless the previous one is linked.
    public func put(_ path: String, pieces: (([UInt8]) -> Void) -> Void) throws -> Bool {
        let old = outputPath + "/" + path
        let new = stagingPath + "/" + path
        let part = new + ".part"
        unlink(part)
        let fd = open(part, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw BuildFailure(SourceLocation(file: path), "cannot write: \(String(cString: strerror(errno)))") }
        var failed: Int32?
        pieces { bytes in
            if failed == nil, !Self.writeAll(fd, bytes) { failed = errno }
        }
        close(fd)
        if let failed {
            unlink(part)
            throw BuildFailure(SourceLocation(file: path), "cannot write: \(String(cString: strerror(failed)))")
        }
        if state.hasOutput, Self.sameFile(old, part), linked(old, new) {
            unlink(part)
            return false
        }
        guard rename(part, new) == 0 else { throw BuildFailure(SourceLocation(file: path), "cannot write: \(String(cString: strerror(errno)))") }
        return true
    }

    /// Writes every byte to `fd`; false on an error (errno says which).
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }

    /// Carries the previous build's file over unchanged (the cache vouched for it); false when it
    /// is missing, so the caller renders it instead.
    public func keep(_ path: String) -> Bool {
        linked(outputPath + "/" + path, stagingPath + "/" + path)
    }

    /// Makes `new` the same file as `old`: already so in a spare when both are one inode.
    private func linked(_ old: String, _ new: String) -> Bool {
        if state.recycled {
            var a = stat(), b = stat()
            if lstat(new, &b) == 0 {
                if (b.st_mode & S_IFMT) == S_IFREG, stat(old, &a) == 0, a.st_ino == b.st_ino, a.st_dev == b.st_dev { return true }
                guard Self.removeEntry(new) else { return false }
            }
        }
        return link(old, new) == 0
    }

    /// After every page was put or kept: removes from a recycled staging folder what is not in
    /// the plan given to `prepare` (pages of earlier builds, anything else found in the spare).
    public func sweep() {
        guard state.recycled else { return }
        let files = Set(state.paths)
        let dirs = state.folders
        func walk(_ dir: String) {
            guard let d = opendir(dir.isEmpty ? stagingPath : stagingPath + "/" + dir) else { return }
            var names: [String] = []
            while let e = readdir(d) {
                let name = withUnsafeBytes(of: e.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(d)
            for name in names {
                let rel = dir.isEmpty ? name : dir + "/" + name
                if dirs.contains(rel) { walk(rel) } else if !files.contains(rel) { Self.removeEntry(stagingPath + "/" + rel) }
            }
        }
        walk("")
    }

    /// Swaps staging in as the output folder in one step (renameat2 RENAME_EXCHANGE); the
    /// previous build becomes the spare, or is removed (with `keepsSpare` off). `meanwhile` runs
    /// once the new folder is in place (the build saves its cache there), beside the removal.
    public func commit(meanwhile: () -> Void = {}) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            // Both names stay valid at every instant: a kill -9 leaves one complete build.
            if boomerang_exchange_paths(stagingPath, outputPath) == 0 {
                retire(stagingPath, meanwhile: meanwhile)   // staging now holds the previous build
                return
            }
            try fm.moveItem(at: output, to: retired)
            try fm.moveItem(at: staging, to: output)
            retire(retired.path, meanwhile: meanwhile)
        } else {
            try fm.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.moveItem(at: staging, to: output)
            meanwhile()
        }
    }

    /// The previous build at `path`: kept as the spare, or removed on another thread while
    /// `work` runs here.
    private func retire(_ path: String, meanwhile work: () -> Void) {
        if keepsSpare {
            Self.removeTree(sparePath)
            if rename(path, sparePath) == 0 { work(); return }
        }
        let removed = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            Self.removeTree(path)
            removed.signal()
        }
        work()
        removed.wait()
    }

    /// Whether two files hold the same bytes, read a megabyte at a time.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0, sa.st_size == sb.st_size else { return false }
        let fa = open(a, O_RDONLY), fb = open(b, O_RDONLY)
        defer { if fa >= 0 { close(fa) }; if fb >= 0 { close(fb) } }
        guard fa >= 0, fb >= 0 else { return false }
        var x = [UInt8](repeating: 0, count: 1 << 20), y = x
        while true {
            let n = x.withUnsafeMutableBytes { read(fa, $0.baseAddress!, $0.count) }
            guard n >= 0 else { return false }
            if n == 0 { return true }
            var got = 0
            while got < n {
                let m = y.withUnsafeMutableBytes { read(fb, $0.baseAddress! + got, n - got) }
                guard m > 0 else { return false }
                got += m
            }
            guard x[0..<n] == y[0..<n] else { return false }
        }
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
