import CCmarkGFM
import Foundation

/// GitHub-flavoured Markdown through cmark-gfm: tables, strikethrough, autolinks, task lists
/// and the tag filter. Raw HTML is omitted (cmark's safe default; `javascript:` links are
/// dropped too) unless the handbook allows it.
public enum Markdown {
    /// Registering the core extensions fills a process-wide registry: do it exactly once.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// cmark_parser_finish edits a process-wide table of special characters, so parses must not
    /// overlap (parallel parses lost autolinks). Rendering a finished document is safe in parallel.
    private static let parseLock = NSLock()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    public static func html(_ markdown: String, allowRawHTML: Bool) -> String {
        _ = registered
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        parseLock.lock()
        guard let parser = cmark_parser_new(options) else { parseLock.unlock(); return "" }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        var text = markdown
        text.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, buf.count) }
        }
        let document = cmark_parser_finish(parser)
        parseLock.unlock()
        defer { cmark_parser_free(parser) }
        guard let document else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
