import BoomerangEscaping

/// The pages the server makes itself: the build-error page and the 404 page. Everything that
/// comes from a file or an error message is HTML-escaped.
enum ServePages {
    /// Shown for every page while the latest build has problems (`file:line:column: message` lines).
    static func buildError(_ problems: [String], generation: Int) -> [UInt8] {
        let lines = problems.map(Escape.htmlText).joined(separator: "\n")
        let n = problems.count
        return page(
            title: "Build failed",
            body: """
            <h1>Build failed: \(n) problem\(n == 1 ? "" : "s")</h1>
            <pre id="__boomerang_problems">\(lines)</pre>
            <p>Fix the files above; this page reloads by itself when the handbook builds again.
            Until then the last good build stays in the output folder.</p>
            """,
            generation: generation)
    }

    static func notFound(_ path: String, generation: Int) -> [UInt8] {
        page(
            title: "Not found",
            body: """
            <h1>Not found</h1>
            <p>The handbook has no page at <code>\(Escape.htmlText(path))</code>.</p>
            <p><a href="/">Go to the front page</a></p>
            """,
            generation: generation)
    }

    static func page(title: String, body: String, generation: Int) -> [UInt8] {
        let html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · boomerang serve</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; }
        pre { background: #2b0a0a; color: #fff; padding: 1em; overflow: auto; white-space: pre-wrap; font: 14px/1.5 ui-monospace, Menlo, Consolas, monospace; }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
        return LiveReload.inject(into: Array(html.utf8), generation: generation)
    }
}
