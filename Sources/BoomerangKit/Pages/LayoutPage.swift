/// What every page's layout (and every page template beneath it) sees besides the page's own
/// fields: language, direction, title, links up to the root, the body and the footer's day.
final class LayoutPage: TemplateModel, @unchecked Sendable {
    var lang = "", dir = "", title = "", siteTitle = "", root = ""
    var body: [UInt8] = []
    var hasAsOf = false
    var asOf = "", asOfISO = ""
    /// The page template the layout wraps (for the `page_<template>` flags).
    var template = ""

    /// The HTML page templates, each with a `page_<name>` flag for layouts that differ by page.
    static let pageTemplates = ["index", "customers", "managers", "manager", "playbooks", "playbook", "section", "search", "dossier"]

    static let fields = TemplateFields<LayoutPage>("layout", pageTemplates.map { name in
        .flag("page_" + name, "True on the \(name) page (templates/\(name).mustache)") { $0.template == name }
    } + [
        .text("lang", "The page's language tag, e.g. ru or fa") { $0.lang },
        .text("dir", "The page's direction, ltr or rtl") { $0.dir },
        .text("title", "The page's title") { $0.title },
        .text("site_title", "The handbook's title (handbook.yml title)") { $0.siteTitle },
        .url("root", "The path from this page up to the handbook's top folder, e.g. ../") { $0.root },
        TemplateField(info: FieldInfo("body", .markup, "The page template's output (layout only)")) { .bytes($0.body) },
        .flag("has_as_of", "True when the handbook has a day its figures are for (data or as_of)") { $0.hasAsOf },
        .text("as_of", "The day the figures are for") { $0.asOf },
        .text("as_of_iso", "The same day as YYYY-MM-DD") { $0.asOfISO },
    ])
}

/// The top of the Markdown copy of a dossier: the day the figures are for.
struct MarkdownLayout: TemplateModel {
    var asOf = ""
    static let fields = TemplateFields<MarkdownLayout>("markdown dossier", [
        .text("as_of", "The day the figures are for") { $0.asOf },
    ])
}
