import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the handbook is built from, as (modification time, size, inode) per file. Two snapshots
/// differ when a file was added, removed, edited or replaced; comparing them every few hundred
/// milliseconds works the same on every system, needs no inotify and costs little for a few
/// hundred files.
struct SourceSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    var files: [String: Stamp] = [:]

    /// Every file under `root/folder` for each folder, by path relative to `root`. Hidden files
    /// and editor backups (`name~`) are left out: saving in an editor should not build twice.
    /// So is the folder `skipping` (the output, should someone put it inside content/).
    static func take(root: URL, folders: [String], skipping: URL? = nil) -> SourceSnapshot {
        var snapshot = SourceSnapshot()
        let base = root.standardizedFileURL.path
        let skip = skipping?.standardizedFileURL.path
        for folder in folders { walk(base, folder, skip, into: &snapshot.files) }
        return snapshot
    }

    private static func walk(_ base: String, _ relative: String, _ skip: String?, into files: inout [String: Stamp]) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: base + "/" + relative) else { return }
        for name in entries where !name.hasPrefix(".") && !name.hasSuffix("~") {
            let path = relative + "/" + name
            var st = stat()
            guard base + "/" + path != skip, stat(base + "/" + path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(base, path, skip, into: &files)
            } else {
                files[path] = Stamp(seconds: Int(st.st_mtim.tv_sec), nanoseconds: Int(st.st_mtim.tv_nsec),
                                    size: Int64(st.st_size), inode: UInt64(st.st_ino))
            }
        }
    }

    /// The paths that differ from `old`, sorted: for the "rebuilding after ..." line.
    func changes(since old: SourceSnapshot) -> [String] {
        var paths = Set<String>()
        for (p, s) in files where old.files[p] != s { paths.insert(p) }
        for p in old.files.keys where files[p] == nil { paths.insert(p) }
        return paths.sorted()
    }
}
