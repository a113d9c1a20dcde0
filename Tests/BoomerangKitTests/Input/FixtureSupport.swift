import Foundation
@testable import BoomerangKit

/// The fixture handbooks copied into the test bundle.
enum Fixtures {
    static var root: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }
    static var validMinimal: URL { root.appendingPathComponent("valid-minimal") }
    static func invalid(_ kind: String) -> URL { root.appendingPathComponent("invalid").appendingPathComponent(kind) }

    /// The full failure text of loading `url`, or nil when it loads.
    static func failureText(_ url: URL, keepGoing: Bool = false) -> String? {
        do {
            _ = try HandbookLoader.load(root: url, options: LoadOptions(keepGoing: keepGoing))
            return nil
        } catch let f as BuildFailure {
            return f.description
        } catch {
            return "unexpected error: \(error)"
        }
    }
}

/// A scratch handbook in a temporary folder, for tests that write their own files.
struct TempHandbook {
    let root: URL

    init(copying source: URL = Fixtures.validMinimal) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("boomerang-input-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: root)
    }

    func write(_ path: String, _ text: String) throws { try write(path, Data(text.utf8)) }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent("content").appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
