import Foundation

/// Handbook projects for the serve tests.
enum ServeProject {
    /// How long a test waits for a rebuild to show: a bound, not a sleep (polls stop as soon as
    /// the change is seen). The example builds in about 5 s on an idle 2-core machine with a
    /// debug build; the bound leaves room for a machine busy with other test suites.
    static let rebuildWait = 90.0

    /// The small fixture handbook (Fixtures/valid-minimal) with the repository's templates.
    static func minimal(_ name: String = #function) throws -> URL {
        let dir = TestProject.temporaryFolder(name)
        let fixture = TestProject.repository.appendingPathComponent("Tests/BoomerangKitTests/Fixtures/valid-minimal/content")
        try FileManager.default.copyItem(at: fixture, to: dir.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: TestProject.repository.appendingPathComponent("templates"), to: dir.appendingPathComponent("templates"))
        return dir
    }
}
