import BoomerangEscaping

/// The pages the server makes itself: the build-error page and the 404 page, in the handbook's
/// language (ServeWords). Everything that comes from a file, an error message or a strings
/// file is HTML-escaped; problems and paths stay left to right on a right-to-left page.
enum ServePages {
    /// Shown for every page while the latest build has problems (`file:line:column: message` lines).
    static func buildError(_ problems: [String], generation: Int, words: ServeWords = .fallback) -> [UInt8] {
        let lines = problems.map(Escape.htmlText).joined(separator: "\n")
        let failed = Escape.htmlText(words["serve_build_failed"])
        return page(
            title: failed, words: words,
            body: """
            <h1>\(failed): \(Escape.htmlText(words.problems(problems.count)))</h1>
            <pre id="__boomerang_problems" dir="ltr">\(lines)</pre>
            <p>\(Escape.htmlText(words["serve_fix_and_wait"]))</p>
            """,
            generation: generation)
    }

    static func notFound(_ path: String, generation: Int, words: ServeWords = .fallback) -> [UInt8] {
        let title = Escape.htmlText(words["serve_not_found"])
        return page(
            title: title, words: words,
            body: """
            <h1>\(title)</h1>
            <p>\(Escape.htmlText(words["serve_no_page"])) <code dir="ltr">\(Escape.htmlText(path))</code></p>
            <p><a href="/">\(Escape.htmlText(words["serve_front_page"]))</a></p>
            """,
            generation: generation)
    }

    /// `title` and `body` are HTML already.
    static func page(title: String, words: ServeWords, body: String, generation: Int) -> [UInt8] {
        let html = """
        <!DOCTYPE html>
        <html lang="\(Escape.htmlText(words.lang))" dir="\(words.dir)">
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
