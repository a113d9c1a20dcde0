import FlyingFox
import Foundation

/// Answers every request of `boomerang serve`: files of the output folder (HTML with the
/// live-reload script added), the event stream, the build-error page and the 404 page.
struct PreviewHandler: HTTPHandler {
    let output: URL
    let state: BuildState
    let hub: EventHub

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let head = request.method == .HEAD
        guard request.method == .GET || head else {
            var r = Self.respond(.methodNotAllowed, "text/plain; charset=utf-8", Array("GET and HEAD only\n".utf8), head: false)
            r.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return r
        }
        // The decoded path as sent: FlyingFox's `request.path` drops a trailing slash, which
        // tells a folder's index from a redirect. `..` and `.` segments are refused in SitePath.
        let path = request.target.path(percentEncoded: false)
        if path == LiveReload.eventsPath { return events() }

        let generation = state.generation
        let problems = state.problems
        let words = state.words
        switch SitePath.resolve(path, in: output) {
        case .redirect(let to):
            let location = to.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/"
            let headers: HTTPHeaders = [.location: location, .cacheControl: "no-store"]
            return HTTPResponse(statusCode: .found, headers: headers)
        case .notFound:
            if let problems { return Self.respond(.internalServerError, html, ServePages.buildError(problems, generation: generation, words: words), head: head) }
            return Self.respond(.notFound, html, ServePages.notFound(path, generation: generation, words: words), head: head)
        case .file(let path):
            let isHTML = ContentTypes.isHTML(path)
            if isHTML, let problems {
                return Self.respond(.internalServerError, html, ServePages.buildError(problems, generation: generation, words: words), head: head)
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                return Self.respond(.notFound, html, ServePages.notFound(path, generation: generation, words: words), head: head)
            }
            let bytes = isHTML ? LiveReload.inject(into: Array(data), generation: generation) : Array(data)
            return Self.respond(.ok, ContentTypes.forPath(path), bytes, head: head)
        }
    }

    private var html: String { "text/html; charset=utf-8" }

    /// The event stream of one open page: first which build is current (and the problems when
    /// the latest build failed), then whatever is broadcast.
    private func events() -> HTTPResponse {
        var first = Array("retry: 1000\n\n".utf8)
        first += EventHub.message("hello", String(state.generation))
        if let problems = state.problems { first += EventHub.message("build-error", problems.joined(separator: "\n")) }
        return HTTPResponse(
            statusCode: .ok,
            headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
            body: HTTPBodySequence(from: hub.subscribe(first: first)))
    }

    /// A whole response; for HEAD the same headers without the body. Nothing is cached: the
    /// point of the preview is to see the latest build.
    static func respond(_ status: HTTPStatusCode, _ type: String, _ bytes: [UInt8], head: Bool) -> HTTPResponse {
        var headers: HTTPHeaders = [
            .contentType: type, .cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
        if head { headers[.contentLength] = String(bytes.count) }
        return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : Data(bytes))
    }
}
