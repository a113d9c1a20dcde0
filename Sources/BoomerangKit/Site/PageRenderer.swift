import BoomerangEscaping
import BoomerangModel
import Foundation

/// The render stage: one planned page -> its bytes. Pure; called from several threads.
public struct PageRenderer: Sendable {
    public let site: SiteContext
    public let assets: [String: [UInt8]]
    public let rejected: [RejectedRecord]
    /// The site's templates, or a render thread's own copy of them (`privateCopy`).
    let templates: TemplateSet

    public init(site: SiteContext, assets: [String: [UInt8]], rejected: [RejectedRecord] = []) {
        self.site = site
        self.assets = assets
        self.rejected = rejected
        templates = site.templates
    }

    private init(_ other: PageRenderer, templates: TemplateSet) {
        site = other.site
        assets = other.assets
        rejected = other.rejected
        self.templates = templates
    }

    /// This renderer with templates of its own, for one render thread: two threads rendering
    /// from the same template objects passed their reference counts' cache lines back and
    /// forth, 7 % of a 10,000-customer check's user CPU (docs/performance.md, "Threads").
    func privateCopy() -> PageRenderer {
        PageRenderer(self, templates: templates.privateCopy())
    }

    /// A page rendered from a template: its model, ready to fingerprint and to render; nil for
    /// files that are not (assets, exports, the search index). `dossier` is the customer's model
    /// when the caller has it already (the .html and .md pages share one).
    func view(_ page: PlannedPage, dossier: DossierPage? = nil) -> PageView? {
        let root = page.root
        let t = site.strings
        switch page.kind {
        case .index:
            return html(page, "index", site.indexPage(root: root), title: site.model.config.title)
        case .customerList(let view, let number):
            return html(page, "customers", site.customerList(view, page: number, root: root), title: t("nav_customers"))
        case .managers:
            let model = ManagersPage()
            model.managers = site.managerRows(root: root)
            return html(page, "managers", model, title: t("nav_managers"))
        case .manager(let name):
            return html(page, "manager", site.managerPage(name, root: root), title: name)
        case .playbooks:
            let model = PlaybooksPage()
            model.playbooks = site.playbookRows(root: root)
            return html(page, "playbooks", model, title: t("nav_playbooks"))
        case .playbook(let i, let number):
            return html(page, "playbook", site.playbookPage(i, page: number, root: root), title: site.model.playbooks[i].title)
        case .section(let s):
            return html(page, "section", site.sectionPage(s, root: root), title: t("section_" + s.rawValue))
        case .search:
            return html(page, "search", site.searchPage(root: root), title: t("search_title"))
        case .dossier(let c):
            return html(page, "dossier", dossier ?? site.dossier(c, root: root), title: site.model.customers[c].name)
        case .dossierMarkdown(let c):
            return markdown(dossier ?? site.dossier(c, root: root))
        case .searchIndex, .asset, .customersCSV, .summaryJSON, .rejectedCSV:
            return nil
        }
    }

    /// A file the build writes piece by piece instead of holding it whole (customers.csv: 170 MB
    /// at 1,000,000 customers): what hands the pieces over; nil for every other page.
    func pieces(_ page: PlannedPage) -> ((([UInt8]) -> Void) -> Void)? {
        guard case .customersCSV = page.kind else { return nil }
        let site = self.site
        return { piece in Exports.customersCSV(site.model, site.analysis, nextStep: { site.plan($0).first }, piece: piece) }
    }

    public func render(_ page: PlannedPage) -> [UInt8] {
        if let view = view(page) { return view.render() }
        switch page.kind {
        case .searchIndex:
            return SearchIndex.build(site)
        case .asset(let name):
            return assets[name] ?? []
        case .customersCSV:
            return Exports.customersCSV(site.model, site.analysis) { site.plan($0).first }
        case .summaryJSON:
            return Exports.summaryJSON(site.model, site.analysis)
        case .rejectedCSV:
            return Exports.rejectedCSV(rejected)
        case .index, .customerList, .managers, .manager, .playbooks, .playbook, .section, .search, .dossier, .dossierMarkdown:
            preconditionFailure("a template page without a view: \(page.path)")
        }
    }

    /// An HTML page: the template inside the layout.
    private func html<M: TemplateModel>(_ page: PlannedPage, _ template: String, _ model: M, title: String) -> PageView {
        let layout = site.layout(page, title: title)
        layout.template = template
        let templates = self.templates
        return PageView(
            template: template, frames: [.item([layout], 0), .item([model], 0)],
            fingerprint: {
                var f = Fingerprint()
                f.add(template); f.add(title); f.add(model: model)
                return f
            },
            render: { templates.renderPage(template, model, layout: layout) })
    }

    /// The Markdown copy of a dossier.
    private func markdown(_ dossier: DossierPage) -> PageView {
        let top = MarkdownLayout(asOf: site.format.date(site.model.asOf))
        let templates = self.templates
        return PageView(
            template: "dossier.md", frames: [.item([top], 0), .item([dossier], 0)],
            fingerprint: {
                var f = Fingerprint()
                f.add("dossier.md"); f.add(model: dossier)
                return f
            },
            render: { templates.render("dossier.md", dossier, outer: [.item([top], 0)]) })
    }
}

/// A page made from a template: what its bytes depend on, and the bytes.
struct PageView {
    let template: String
    /// The models the template sees, outermost first (the layout's, then the page's).
    let frames: [MustacheRenderer.Frame]
    /// Equal fingerprints render equal pages, given the build-wide inputs (PageCache's global fingerprint).
    let fingerprint: () -> Fingerprint
    let render: () -> [UInt8]
}

/// Markdown copies show data as text: characters Markdown would read as syntax are escaped.
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
}
