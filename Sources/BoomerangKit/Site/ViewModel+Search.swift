/// The search page (issue 9): the form, where search.js finds the index, and the plain links
/// to the full lists that work without JavaScript.
extension SiteContext {
    func searchPage(root: String) -> [String: Any] {
        [
            "index_src": root + SearchIndex.fileName,
            "customers_href": root + "customers/index.html",
            "playbooks_href": root + "playbooks/index.html",
            "all_customers": strings("search_all_customers", format.integer(model.customers.count)),
            "all_playbooks": strings("search_all_playbooks", format.integer(model.playbooks.count)),
        ]
    }
}
