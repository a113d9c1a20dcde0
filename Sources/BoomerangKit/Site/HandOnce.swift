import Foundation

/// Bytes made before the render stage for one page, handed to the first caller and then let go.
///
/// Why: search-index.js is built in its own timed stage but written early in render+write; held
/// in the renderer, its bytes (about 100 MB at 1,000,000 customers) stayed to the end of the
/// build, through the customers.csv export and every dossier. A later caller (`serve`, a test
/// rendering the page twice) gets nil and makes the page again.
final class HandOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8]?

    init(_ bytes: [UInt8]?) { self.bytes = bytes }

    func take() -> [UInt8]? {
        lock.lock()
        defer { bytes = nil; lock.unlock() }
        return bytes
    }
}
