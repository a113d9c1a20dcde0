@testable import BoomerangKit
import Foundation
import Testing

/// The previous build is removed with our own `rm -rf` (SiteWriter.removeTree): it must remove
/// nested folders, hard links and symbolic links, and never follow a link out of the folder.
struct RemoveTreeTests {
    @Test func removesEverythingInsideButNothingALinkPointsAt() throws {
        let fm = FileManager.default
        let base = TestProject.temporaryFolder()
        let outside = base.appendingPathComponent("outside")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: outside.appendingPathComponent("file.txt"))

        let tree = base.appendingPathComponent("tree")
        try fm.createDirectory(at: tree.appendingPathComponent("a/b/c"), withIntermediateDirectories: true)
        for (i, dir) in ["", "a", "a/b", "a/b/c"].enumerated() {
            try Data("page \(i)".utf8).write(to: tree.appendingPathComponent(dir).appendingPathComponent("page\(i).html"))
        }
        try fm.linkItem(at: outside.appendingPathComponent("file.txt"), to: tree.appendingPathComponent("a/hard-link.txt"))
        try fm.createSymbolicLink(at: tree.appendingPathComponent("a/b/to-outside"), withDestinationURL: outside)
        try fm.createSymbolicLink(at: tree.appendingPathComponent("dangling"), withDestinationURL: base.appendingPathComponent("nowhere"))

        SiteWriter.removeTree(tree.path)

        #expect(!fm.fileExists(atPath: tree.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("file.txt"), encoding: .utf8) == "keep me")
        // A folder that is not there is not an error.
        SiteWriter.removeTree(tree.path)
        #expect(!fm.fileExists(atPath: tree.path))
    }
}
