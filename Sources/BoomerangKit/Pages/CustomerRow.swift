import BoomerangModel

/// A customer as every table of customers shows it (lists, manager pages, sections, the
/// front page) and the top of the dossier. Made once per customer and page depth, shared by
/// every page that lists the customer (RowMemo), so a class.
final class CustomerRow: TemplateModel, @unchecked Sendable {
    var id = "", name = "", href = "", manager = "", managerHref = "", city = ""
    var status = "", statusLabel = "", priority = "", priorityLabel = ""
    var revenue = "", yearlyRevenue = "", clv = "", simpleCLV = "", abcXYZ = ""
    var lastPurchase = "", daysSince = "", pAlive = "", returnChance = ""
    /// Its fingerprint, made once when the row is finished (`seal`): a row appears in about six
    /// list pages, which the cache fingerprints on every build.
    private var sealed: Fingerprint?

    /// Fixes the row's fingerprint; the row must not change afterwards.
    func seal() {
        var f = Fingerprint()
        addFields(to: &f)
        sealed = f
    }

    func addFingerprint(to f: inout Fingerprint) {
        guard let sealed else { return addFields(to: &f) }
        f.add(sealed)
    }

    static let fields = TemplateFields<CustomerRow>("customer row", [
        .text("id", "The customer's id, as in customers.csv") { $0.id },
        .text("name", "The customer's name") { $0.name },
        .url("href", "Link to the customer's dossier") { $0.href },
        .text("manager", "The account manager's name") { $0.manager },
        .url("manager_href", "Link to the manager's page; empty for a name with no page") { $0.managerHref },
        .text("city", "City") { $0.city },
        .text("status", "Status code: active, at_risk, lost, churned or no_orders (for CSS classes)") { $0.status },
        .text("status_label", "The status in words") { $0.statusLabel },
        .text("priority", "Win-back priority number (1 first); empty when not to chase") { $0.priority },
        .text("priority_label", "The priority in words") { $0.priorityLabel },
        .text("revenue", "Revenue over all time, as money") { $0.revenue },
        .text("yearly_revenue", "Revenue of the 365 days up to the last purchase: what a year of this customer was worth when they last bought (docs/metrics.md)") { $0.yearlyRevenue },
        .text("clv", "Model lifetime value; empty without a model") { $0.clv },
        .text("simple_clv", "Lifetime value from the observed purchase rate") { $0.simpleCLV },
        .text("abc_xyz", "ABC and XYZ classes, e.g. AX") { $0.abcXYZ },
        .text("last_purchase", "Date of the last purchase") { $0.lastPurchase },
        .text("days_since", "Days since the last purchase") { $0.daysSince },
        .text("p_alive", "Chance that the customer is still buying, in percent") { $0.pAlive },
        .text("return_chance", "Chance of a purchase within the return horizon, in percent") { $0.returnChance },
    ])
}
