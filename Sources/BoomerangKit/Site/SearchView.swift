/// The search page (issue 9): the form, where search.js finds the index, and the plain links
/// to the full lists that work without JavaScript.
extension SiteContext {
    func searchPage(root: String) -> SearchPage {
        let page = SearchPage()
        page.indexSrc = root + SearchIndex.fileName
        page.customersHref = root + "customers/index.html"
        page.playbooksHref = root + "playbooks/index.html"
        page.allCustomers = strings("search_all_customers", format.integer(model.customers.count))
        page.allPlaybooks = strings("search_all_playbooks", format.integer(model.playbooks.count))
        return page
    }
}
