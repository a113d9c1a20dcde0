/// The customer rows of the pages one folder below the top (list pages, manager pages,
/// sections, playbooks, dossiers: all link with root "../"), made for each page that shows them.
///
/// Why not once per build and shared: every customer's row then stayed in memory for the whole
/// render, about 500 MB at 1,000,000 customers, the largest single holder of a shard-1 build,
/// and any shard's first dossier made the rows of every customer, its own or not. A row is a
/// few microseconds of formatting; each customer appears on about seven pages.
/// (The name is the dossier view's, which calls `listRows.row`.)
struct RowMemo: Sendable {
    static let root = "../"

    /// Customer `c`'s row.
    func row(_ c: Int, site: SiteContext) -> CustomerRow {
        site.customerRow(c, root: Self.root)
    }
}

extension SiteContext {
    /// Customer rows for a page at `root`, made for that page.
    func customerRows(_ customers: some Collection<Int>, root: String) -> [CustomerRow] {
        customers.map { customerRow($0, root: root) }
    }
}
