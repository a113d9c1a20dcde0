import BoomerangKit
import Foundation

/// What `boomerang serve` was asked to do.
public struct ServeOptions: Sendable {
    /// The build to run at start and after every change (its output folder is what is served).
    public var build: BuildOptions
    /// An IPv4 or IPv6 address, or `localhost`. Loopback by default: the preview is for this machine.
    public var host = "127.0.0.1"
    /// 0 asks the system for a free port.
    public var port: UInt16 = 8000
    /// How often content/ and templates/ are compared with the last snapshot.
    public var pollInterval: Duration = .milliseconds(300)
    /// The folders under the root that trigger a rebuild when anything in them changes.
    public var watched = ["content", "templates"]

    public init(build: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000) {
        self.build = build
        self.host = host
        self.port = port
    }
}
