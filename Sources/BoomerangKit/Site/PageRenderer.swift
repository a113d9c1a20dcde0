import BoomerangEscaping
import BoomerangModel
import Foundation

/// The render stage: one planned page -> its bytes. Pure; called from several threads.
public struct PageRenderer: Sendable {
    public let site: SiteContext
    public let assets: [String: [UInt8]]
    public let rejected: [RejectedRecord]
    /// search-index.js when the build made it beforehand (its own timed stage); else made on demand.
    public let searchIndex: [UInt8]?

    public init(site: SiteContext, assets: [String: [UInt8]], rejected: [RejectedRecord] = [], searchIndex: [UInt8]? = nil) {
        self.site = site
        self.assets = assets
        self.rejected = rejected
        self.searchIndex = searchIndex
    }

    /// An HTML page's template, view model and title; nil for dossiers (see `renderDossier`)
    /// and for files that are not rendered from a template. The build fingerprints the view model
    /// to keep an unchanged page without rendering it.
    public func view(_ page: PlannedPage) -> PageView? {
        let root = page.root
        let t = site.strings
        switch page.kind {
        case .index:
            return PageView("index", site.indexPage(root: root), title: site.model.config.title)
        case .customerList(let view, let number):
            return PageView("customers", site.customerList(view, page: number, root: root), title: t("nav_customers"))
        case .managers:
            return PageView("managers", ["managers": site.managerRows(root: root)], title: t("nav_managers"))
        case .manager(let name):
            return PageView("manager", site.managerPage(name, root: root), title: name)
        case .playbooks:
            return PageView("playbooks", ["playbooks": site.playbookRows(root: root)], title: t("nav_playbooks"))
        case .playbook(let i):
            return PageView("playbook", site.playbookPage(i, root: root), title: site.model.playbooks[i].title)
        case .section(let s):
            return PageView("section", site.sectionPage(s, root: root), title: t("section_" + s.rawValue))
        case .search:
            return PageView("search", site.searchPage(root: root), title: t("search_title"))
        case .dossier, .dossierMarkdown, .searchIndex, .asset, .customersCSV, .summaryJSON, .rejectedCSV:
            return nil
        }
    }

    public func render(_ page: PlannedPage) -> [UInt8] {
        if let view = view(page) { return html(page, view) }
        switch page.kind {
        case .dossier(let c), .dossierMarkdown(let c):
            return renderDossier(page, c, base: site.dossier(c, root: page.root, charts: false))
        case .searchIndex:
            return searchIndex ?? SearchIndex.build(site)
        case .asset(let name):
            return assets[name] ?? []
        case .customersCSV:
            return Exports.customersCSV(site.model, site.analysis) { site.plan($0).first }
        case .summaryJSON:
            return Exports.summaryJSON(site.model, site.analysis)
        case .rejectedCSV:
            return Exports.rejectedCSV(rejected)
        case .index, .customerList, .managers, .manager, .playbooks, .playbook, .section, .search:
            preconditionFailure("an HTML page without a view: \(page.path)")
        }
    }

    /// Renders a page's view (from `view(_:)`).
    public func html(_ page: PlannedPage, _ view: PageView) -> [UInt8] {
        html(page, view.template, view.vm, title: view.title)
    }

    /// A dossier page (.html or .md) from its view model without charts (`SiteContext.dossier`
    /// with `charts: false`), which the build also fingerprints for its cache.
    public func renderDossier(_ page: PlannedPage, _ c: Int, base: [String: Any]) -> [UInt8] {
        if case .dossierMarkdown = page.kind {
            // The view model has its flags already (see `dossier`); escaping keeps them.
            var context = MarkdownEscaping.escapeDictionary(base)
            context["t"] = site.strings.values
            context["as_of"] = site.format.date(site.model.asOf)
            return site.templates.renderBytes("dossier.md", context)
        }
        var vm = base
        site.list(&vm, "charts", site.dossierChartRows(c))
        return html(page, "dossier", vm, title: site.model.customers[c].name, flagged: true)
    }

    /// Renders the page's template, then wraps it in the layout. `flagged`: the view model has
    /// its `ViewFlags` already.
    private func html(_ page: PlannedPage, _ template: String, _ vm: [String: Any], title: String, flagged: Bool = false) -> [UInt8] {
        // The layout's keys under the page's own (which win): fewer insertions than the other way round.
        var context = flagged ? vm : ViewFlags.flagged(vm)
        for (k, v) in site.layout(page, title: title, body: "") where context[k] == nil { context[k] = v }
        context["page_" + template] = true
        return site.templates.renderPage(template, layout: "layout", context)
    }
}

/// What an HTML page is rendered from.
public struct PageView {
    public let template: String
    public let vm: [String: Any]
    public let title: String
    init(_ template: String, _ vm: [String: Any], title: String) { self.template = template; self.vm = vm; self.title = title }

    /// Equal fingerprints render equal pages, given the build-wide inputs (PageCache's global fingerprint).
    public var fingerprint: Fingerprint {
        var f = Fingerprint()
        f.add(template); f.add(title); f.add(value: vm)
        return f
    }
}

/// An empty value: renders as nothing, and `{{#key}}` skips its section (Mustache would
/// otherwise treat an empty string as present) without falling back to an outer key.
struct EmptyText: TemplateRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// Markdown copies show data as text: characters Markdown would read as syntax are escaped.
/// (`escapeAll` is in ViewModelPasses.swift.)
enum MarkdownEscaping {
    /// Playbook Markdown copied into a Markdown dossier: raw HTML tags are escaped (`\<tag`)
    /// unless the handbook allows raw HTML, matching what the HTML pages show. Code spans
    /// (between backticks) are left alone.
    static func neutralizeRawHTML(_ markdown: String) -> String {
        var out = String.UnicodeScalarView()
        var inCode = false
        var previous: Unicode.Scalar = " "
        let scalars = Array(markdown.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            if u == "`" { inCode.toggle() }
            // What CommonMark reads as the start of raw HTML: "<" then an ASCII letter, "/", "!" or "?".
            if u == "<", !inCode, previous != "\\", i + 1 < scalars.count, startsTag(scalars[i + 1]) {
                out.append("\\")
            }
            out.append(u)
            previous = u
        }
        return String(out)
    }

    private static func startsTag(_ u: Unicode.Scalar) -> Bool {
        (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || u == "/" || u == "!" || u == "?"
    }

    /// Data as Markdown text (Escape.markdownText), or nil when `s` has nothing to escape.
    static func escapedIfNeeded(_ s: String) -> String? {
        let e = Escape.markdownText(s)
        return e == s ? nil : e
    }
}
