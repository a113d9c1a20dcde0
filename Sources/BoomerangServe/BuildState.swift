import Foundation

/// The outcome of the latest build, read by every request: the generation of the last good
/// build (what is on disk) and the problems of the latest build when it failed.
final class BuildState: @unchecked Sendable {
    private let lock = NSLock()
    private var _generation = 0
    private var _problems: [String]?
    private var _pages = -1
    private var _words = ServeWords.fallback

    var generation: Int { lock.lock(); defer { lock.unlock() }; return _generation }
    var problems: [String]? { lock.lock(); defer { lock.unlock() }; return _problems }
    /// The words of the server's own pages, read again after every build (the language may
    /// have changed with handbook.yml or the strings files).
    var words: ServeWords {
        get { lock.lock(); defer { lock.unlock() }; return _words }
        set { lock.lock(); _words = newValue; lock.unlock() }
    }

    /// Records a good build; true when open pages should reload (something was written, the
    /// page count changed, or the previous build had failed).
    func succeeded(written: Int, pages: Int) -> Bool {
        lock.lock(); defer { lock.unlock() }
        let changed = written > 0 || pages != _pages || _problems != nil
        if changed { _generation += 1 }
        _problems = nil
        _pages = pages
        return changed
    }

    func failed(_ problems: [String]) {
        lock.lock(); defer { lock.unlock() }
        _problems = problems
    }
}
