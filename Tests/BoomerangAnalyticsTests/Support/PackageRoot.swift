import Foundation

/// The package root: the nearest folder at or above the current directory holding Package.swift.
/// Found from the working directory (where `swift test` runs), never from #filePath.
func packageRoot() -> URL? {
    var url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    for _ in 0..<12 {
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        let parent = url.deletingLastPathComponent()
        if parent.path == url.path { break }
        url = parent
    }
    return nil
}
