final class PlaybooksPage: TemplateModel, @unchecked Sendable {
    var playbooks: [PlaybookRow] = []
    static let fields = TemplateFields<PlaybooksPage>("playbooks", [
        .list("playbooks", "Every playbook, by kind and order") { $0.playbooks },
    ])
}

/// One playbook, and for a reason the customers who left for it.
final class PlaybookPage: TemplateModel, @unchecked Sendable {
    var title = "", html = "", summary = "", id = "", lang = "", dir = "", kindLabel = "", cause = ""
    var figure: ReasonFigure?
    var customers: [CustomerRow] = []
    var pages: [PageLink] = []
    var previousHref = "", nextHref = "", range = ""

    static let fields = TemplateFields<PlaybookPage>("playbook", [
        .text("title", "The playbook's title") { $0.title },
        .markup("html", "The playbook as HTML") { $0.html },
        .text("summary", "Its summary (front matter)") { $0.summary },
        .text("id", "Its id") { $0.id },
        .text("lang", "Its language") { $0.lang },
        .text("dir", "Its direction") { $0.dir },
        .text("kind_label", "Its kind in words") { $0.kindLabel },
        .text("cause", "For a reason: whose side it is on, in words") { $0.cause },
        .object("figure", "For a reason: how many left for it and their revenue") { $0.figure },
        .list("customers", "For a reason: the customers who left for it, on this page") { $0.customers },
        .list("pages", "For a reason: links to nearby pages of its customers (when more than one)") { $0.pages },
        .url("previous_href", "The previous page; empty on the first") { $0.previousHref },
        .url("next_href", "The next page; empty on the last") { $0.nextHref },
        .text("range", "Which of its customers this page shows, e.g. 501–1,000") { $0.range },
    ])
}

struct ReasonFigure: TemplateModel {
    var customers = "", lostRevenue = ""
    static let fields = TemplateFields<ReasonFigure>("reason figure", [
        .text("customers", "Customers who left for the reason") { $0.customers },
        .text("lost_revenue", "Their yearly revenue") { $0.lostRevenue },
    ])
}

/// The search page: the form, where search.js finds the index, and plain links to the lists.
final class SearchPage: TemplateModel, @unchecked Sendable {
    var indexSrc = "", customersHref = "", playbooksHref = "", allCustomers = "", allPlaybooks = ""
    static let fields = TemplateFields<SearchPage>("search", [
        .url("index_src", "Where the search index is") { $0.indexSrc },
        .url("customers_href", "The customer list") { $0.customersHref },
        .url("playbooks_href", "The playbook list") { $0.playbooksHref },
        .text("all_customers", "Link text to all customers, with their number") { $0.allCustomers },
        .text("all_playbooks", "Link text to all playbooks, with their number") { $0.allPlaybooks },
    ])
}
