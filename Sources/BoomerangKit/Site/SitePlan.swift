import BoomerangModel

/// What a page shows; the renderer builds its page model only when it renders it, so a
/// plan of 200,000 pages stays small.
public enum PageKind: Sendable, Hashable {
    case index
    /// One page (0-based) of one sorted view of the customer list.
    case customerList(CustomerListView, page: Int)
    case dossier(Int)
    case dossierMarkdown(Int)
    case managers
    case manager(String)
    case playbooks
    /// One page (0-based) of a playbook: a reason's customers come in pages like the list's.
    case playbook(Int, page: Int)
    case section(Section)
    case search                 // search.html: the search form and its results (search.js)
    case searchIndex            // search-index.js: what search.js searches
    case asset(String)          // a file under templates/assets/, copied as it is
    case customersCSV
    case summaryJSON
    case rejectedCSV

    public enum Section: String, Sendable, CaseIterable { case why, lost, reasons, winback, trust }
}

/// The pre-sorted views of the customer list (sorting without JavaScript).
public enum CustomerListView: String, Sendable, CaseIterable {
    case priority, value, name, recency, status
    public var fileName: String { fileName(page: 0) }
    /// index.html, page-2.html ...; by-value.html, by-value-2.html ...
    public func fileName(page: Int) -> String {
        let stem = self == .priority ? (page == 0 ? "index" : "page") : "by-\(rawValue)"
        return page == 0 ? stem + ".html" : "\(stem)-\(page + 1).html"
    }
    /// Whether `stem` (lower case) names a page of some view: `fileName(page:)` asked for the page
    /// its trailing number says, or for the first page.
    public static func isPageName(_ stem: String) -> Bool {
        var page = 0
        if let dash = stem.lastIndex(of: "-"), let n = Int(stem[stem.index(after: dash)...]), n >= 1 { page = n - 1 }
        return allCases.contains { $0.fileName(page: page) == stem + ".html" || $0.fileName == stem + ".html" }
    }

    /// Customers per list page: a list of 100,000 rows would be a 40 MB page no browser enjoys.
    public static let pageSize = 500
    public static func pageCount(customers: Int) -> Int { max(1, (customers + pageSize - 1) / pageSize) }
}

public struct PlannedPage: Sendable, Hashable {
    /// Path relative to the output folder, `/`-separated.
    public var path: String
    public var kind: PageKind
    public init(path: String, kind: PageKind) { self.path = path; self.kind = kind }

    /// price.html, price.page-2.html ...: a stem never has a dot (FileNames.readable), so a
    /// later page cannot take another playbook's name, as "price-2" could.
    static func playbookFileName(_ stem: String, page: Int) -> String {
        page == 0 ? stem + ".html" : "\(stem).page-\(page + 1).html"
    }

    /// `../` repeated once per folder level: links stay relative so the site opens from disk.
    public var root: String { String(repeating: "../", count: Self.depth(path)) }

    /// Folders above a `/`-separated path (empty segments, as in `a//b`, do not count): by bytes,
    /// as `path.split(separator: "/").count - 1` was about 10,000 instructions a page.
    static func depth(_ path: String) -> Int {
        var segments = 0, inSegment = false
        for b in path.utf8 {
            if b == UInt8(ascii: "/") { inSegment = false } else if !inSegment { inSegment = true; segments += 1 }
        }
        return max(0, segments - 1)
    }

    /// A page whose model lists customers one folder down (their rows are shared: RowMemo.swift).
    var listsCustomers: Bool {
        switch kind {
        case .customerList, .manager, .section, .playbook: return true
        default: return false
        }
    }
}

/// The plan stage: every page of the handbook, decided before anything is rendered.
public enum SitePlanner {
    public static func plan(_ site: SiteContext, assets: [String], shard: Shard? = nil, rejected: Bool = false) -> [PlannedPage] {
        var pages: [PlannedPage] = []
        let shared = shard?.includesSharedPages ?? true
        if shared {
            pages.append(PlannedPage(path: "index.html", kind: .index))
            let listPages = CustomerListView.pageCount(customers: site.model.customers.count)
            for v in CustomerListView.allCases {
                for p in 0..<listPages { pages.append(PlannedPage(path: "customers/" + v.fileName(page: p), kind: .customerList(v, page: p))) }
            }
            pages.append(PlannedPage(path: "managers/index.html", kind: .managers))
            for m in site.managerNames { pages.append(PlannedPage(path: "managers/\(site.managerStems[m]!).html", kind: .manager(m))) }
            pages.append(PlannedPage(path: "playbooks/index.html", kind: .playbooks))
            for (i, p) in site.model.playbooks.enumerated() {
                let count = p.kind == .reason ? CustomerListView.pageCount(customers: site.reasonCustomers(p.id).count) : 1
                for n in 0..<count {
                    pages.append(PlannedPage(path: "playbooks/" + PlannedPage.playbookFileName(site.playbookStems[i], page: n), kind: .playbook(i, page: n)))
                }
            }
            for s in PageKind.Section.allCases { pages.append(PlannedPage(path: "sections/\(s.rawValue).html", kind: .section(s))) }
            pages.append(PlannedPage(path: "search.html", kind: .search))
            pages.append(PlannedPage(path: SearchIndex.fileName, kind: .searchIndex))
            for a in assets { pages.append(PlannedPage(path: "assets/" + a, kind: .asset(a))) }
            pages.append(PlannedPage(path: "data/customers.csv", kind: .customersCSV))
            pages.append(PlannedPage(path: "data/summary.json", kind: .summaryJSON))
            if rejected { pages.append(PlannedPage(path: "data/rejected.csv", kind: .rejectedCSV)) }
        }
        for (i, stem) in site.customerStems.enumerated() where shard?.contains(site.model.customers[i].id) ?? true {
            pages.append(PlannedPage(path: "customers/\(stem).html", kind: .dossier(i)))
            pages.append(PlannedPage(path: "customers/\(stem).md", kind: .dossierMarkdown(i)))
        }
        return pages
    }
}

/// `--shard i/n`: only the customers whose id hashes to shard i (1-based) of n; shared pages in shard 1.
public struct Shard: Sendable, Equatable {
    public var index: Int
    public var count: Int
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 1, i <= n else { return nil }
        index = i; count = n
    }
    public var includesSharedPages: Bool { index == 1 }
    public func contains(_ id: String) -> Bool {
        var h: UInt64 = 14695981039346656037
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 1099511628211 }
        return Int(h % UInt64(count)) == index - 1
    }
}
