/// The customer rows of list pages, manager pages, sections and the top of each dossier, made
/// for each page that shows them.
///
/// Why not once per build and shared: every customer's row then stayed in memory for the whole
/// render, about 500 MB at 1,000,000 customers, the largest single holder of a shard-1 build,
/// and any shard's first dossier made the rows of every customer, its own or not. A row is a
/// few microseconds of formatting; each customer appears on about seven pages.
extension SiteContext {
    /// Customer rows for a page at `root`, made for that page.
    func customerRows(_ customers: some Collection<Int>, root: String) -> [CustomerRow] {
        customers.map { customerRow($0, root: root) }
    }
}
