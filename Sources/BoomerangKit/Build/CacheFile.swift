import Foundation

/// The files under `.boomerang-cache/`.
enum CacheFile {
    /// Writes through a temporary file and a rename, so a reader never sees half a file. Best
    /// effort: a cache that cannot be written only costs the next build its shortcut.
    static func write(_ bytes: [UInt8], to file: URL) {
        let dir = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(file.lastPathComponent + ".tmp")
        guard (try? Data(bytes).write(to: tmp)) != nil else { return }
        _ = rename(tmp.path, file.path)
    }
}
