import BoomerangKit
import FlyingFox
import FlyingSocks
import Foundation

/// `boomerang serve`: builds, serves the output folder on loopback, rebuilds when content/ or
/// templates/ change and tells open pages to reload (or shows them the problems).
public final class PreviewServer: @unchecked Sendable {
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    let options: ServeOptions
    let log: @Sendable (String) -> Void
    let state = BuildState()
    let hub = EventHub()
    /// Builds run here, off Swift's cooperative threads (the builder blocks and uses every core).
    private let buildQueue = DispatchQueue(label: "boomerang.serve.build")
    private let lock = NSLock()
    private var server: HTTPServer?
    private var serverTask: Task<Void, Never>?
    private var watchTask: Task<Void, Never>?

    public init(options: ServeOptions, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    /// Starts listening (so a taken port is reported at once), builds, starts watching; returns
    /// the address actually bound (`http://127.0.0.1:PORT/`). A failed first build is shown in
    /// the browser like any later one.
    public func start() async throws -> URL {
        let handler = PreviewHandler(output: options.build.output, state: state, hub: hub)
        let server = try makeServer(handler: handler)
        let failure = FailureBox()
        let task = Task { do { try await server.run() } catch { failure.set(error) } }
        lock.withLock { self.server = server; self.serverTask = task }

        // Bounded wait: listening, or the reason it could not (port taken, bad address).
        let deadline = ContinuousClock.now + .seconds(10)
        while await !server.isListening {
            if let error = failure.get() {
                throw StartError(description: "cannot listen on \(options.host):\(options.port): \(error.localizedDescription)")
            }
            guard ContinuousClock.now < deadline else { throw StartError(description: "the server did not start listening within 10 s") }
            try await Task.sleep(for: .milliseconds(5))
        }
        guard let url = await Self.url(of: server.listeningAddress) else {
            throw StartError(description: "cannot read the address the server is listening on")
        }
        let before = snapshot()
        await rebuild(after: [])
        let watch = Task { await self.watch(from: before) }
        lock.withLock { self.watchTask = watch }
        return url
    }

    /// Stops watching (after a build in progress), ends every event stream, closes the listening
    /// socket and every connection. The port is free when this returns.
    public func stop() async {
        let (server, serverTask, watchTask) = lock.withLock { (self.server, self.serverTask, self.watchTask) }
        watchTask?.cancel()
        await watchTask?.value
        hub.closeAll()
        await server?.stop(timeout: 2)
        await serverTask?.value
    }

    // MARK: watching and building

    private func snapshot() -> SourceSnapshot { SourceSnapshot.take(root: options.build.root, folders: options.watched, skipping: options.build.output) }

    private func watch(from start: SourceSnapshot) async {
        var last = start
        var ticks = 0
        while !Task.isCancelled {
            do { try await Task.sleep(for: options.pollInterval) } catch { break }
            ticks += 1
            if ticks % 50 == 0 { hub.ping() }
            let now = snapshot()
            guard now != last else { continue }
            let changed = now.changes(since: last)
            last = now   // edits made during the build are caught by the next comparison
            await rebuild(after: changed)
        }
    }

    /// Runs one build; on success open pages reload, on failure they show the problems and the
    /// previous output stays on disk (the writer replaces it only after a complete build).
    func rebuild(after changed: [String]) async {
        if let first = changed.first {
            log("changed: \(first)\(changed.count > 1 ? " and \(changed.count - 1) more" : ""); rebuilding")
        }
        let started = ContinuousClock.now
        let outcome = await runBuild()
        state.words = ServeWords.load(root: options.build.root)
        let elapsed = ContinuousClock.now - started
        let seconds = String(format: "%.2f", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        switch outcome {
        case .success(let report):
            let reload = state.succeeded(written: report.written, pages: report.pages)
            log("built \(report.pages) files (\(report.written) written, \(report.unchanged) unchanged) in \(seconds) s")
            if reload { hub.send("reload", String(state.generation)) }
        case .failure(let failure):
            let lines = failure.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            state.failed(lines)
            log(failure.description)
            log("build failed in \(seconds) s (\(failure.countText)); still serving the last good build")
            hub.send("build-error", lines.joined(separator: "\n"))
        }
    }

    private func runBuild() async -> Result<BuildReport, BuildFailure> {
        let options = self.options.build
        return await withCheckedContinuation { continuation in
            buildQueue.async {
                do {
                    continuation.resume(returning: .success(try HandbookBuilder.build(options)))
                } catch let failure as BuildFailure {
                    continuation.resume(returning: .failure(failure))
                } catch {
                    let where_ = SourceLocation(file: options.output.lastPathComponent)
                    continuation.resume(returning: .failure(BuildFailure(where_, "\(error)")))
                }
            }
        }
    }

    // MARK: addresses

    private func makeServer(handler: PreviewHandler) throws -> HTTPServer {
        let host = options.host == "localhost" ? "127.0.0.1" : options.host
        do {
            if host.contains(":") {
                return HTTPServer(address: try sockaddr_in6.inet6(ip6: host, port: options.port), timeout: 30, logger: .disabled, handler: handler)
            }
            return HTTPServer(address: try sockaddr_in.inet(ip4: host, port: options.port), timeout: 30, logger: .disabled, handler: handler)
        } catch {
            throw StartError(description: "--host: expected an IPv4 or IPv6 address or localhost, found \"\(options.host)\"")
        }
    }

    static func url(of address: Socket.Address?) -> URL? {
        switch address {
        case .ip4(let ip, let port): return URL(string: "http://\(ip):\(port)/")
        case .ip6(let ip, let port): return URL(string: "http://[\(ip)]:\(port)/")
        default: return nil
        }
    }
}

/// The error that ended the server task, read by `start` while it waits.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?
    func set(_ e: any Error) { lock.withLock { error = e } }
    func get() -> (any Error)? { lock.withLock { error } }
}
