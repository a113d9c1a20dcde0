import BoomerangCharts
import BoomerangModel
import Foundation

/// Everything the plan and render stages read: the model, its analysis, strings, formats,
/// templates, file names and per-customer indexes. Immutable and shared by render threads.
public final class SiteContext: Sendable {
    public let model: HandbookModel
    public let analysis: Analysis
    public let strings: InterfaceStrings
    public let format: LocaleFormatter
    public let templates: TemplateSet
    public let tables: PlaybookTables
    /// File stem per customer (customers/<stem>.html), per manager and per playbook.
    public let customerStems: [String]
    public let managerStems: [String: String]
    public let playbookStems: [String]
    /// Ranges into model.orders / churn / complaints / contacts, per customer.
    public let orderRanges: CustomerRowRanges
    public let churnRanges: CustomerRowRanges
    public let complaintRanges: CustomerRowRanges
    public let contactRanges: CustomerRowRanges
    /// Manager name -> customers, in customer order.
    public let managerCustomers: [String: [Int]]
    /// Manager names, sorted.
    public let managerNames: [String]
    public let lang: String
    public let dir: String
    /// One chart locale for every chart: its label and number memos are then shared by all pages.
    public let chartLocale: ChartLocale
    /// The sorted customer lists, made on first use and shared by the list's pages.
    let listOrders = SharedMemo<CustomerListView, [Int]>()
    /// The win-back order (see winBackOrder), under the single key 0.
    let winBack = SharedMemo<Int, [Int]>()
    /// Each customer's place in id order (see idRanks), under the single key 0.
    let idRankMemo = SharedMemo<Int, [Int32]>()
    /// The customers who left for each reason (see reasonCustomers), by playbook id.
    let reasonLists = SharedMemo<String, [Int]>()
    /// Reason plans by playbook and link (see reasonPlan).
    let reasonPlans = SharedMemo<String, ReasonPlan>()
    /// The chart words (see chartStrings), made on first use.
    let chartWords = SharedMemo<Int, ChartStrings>()
    /// The customer rows of the pages one folder down, made once per build (see RowMemo).
    let listRows = RowMemo()

    public init(model: HandbookModel, analysis: Analysis, strings: InterfaceStrings, templates: TemplateSet) {
        self.model = model
        self.analysis = analysis
        self.strings = strings
        self.templates = templates
        let n = model.customers.count
        var lo = model.asOf
        if let first = model.firstOrderDay { lo = min(lo, first) }
        for c in model.customers { if let s = c.since { lo = min(lo, s) } }
        for e in model.churn { lo = min(lo, e.date) }
        for e in model.complaints { lo = min(lo, e.date) }
        if let first = model.contactDays.earliest { lo = min(lo, first) }
        format = LocaleFormatter(localeID: model.config.locale, currency: model.config.currency, days: lo...(model.asOf + 800))
        tables = PlaybookTables(playbooks: model.playbooks, contactRoles: model.customers.lazy.map(\.contactRole))
        customerStems = FileNames.stems(for: model.customers.map(\.id))
        playbookStems = FileNames.stems(for: model.playbooks.map(\.id))
        var names = Set(model.managers.map(\.name))
        for c in model.customers where !c.manager.isEmpty { names.insert(c.manager) }
        managerNames = names.sorted()
        let stems = FileNames.stems(for: managerNames, transliterate: true)
        managerStems = Dictionary(uniqueKeysWithValues: zip(managerNames, stems))
        var byManager: [String: [Int]] = [:]
        for (i, c) in model.customers.enumerated() where !c.manager.isEmpty { byManager[c.manager, default: []].append(i) }
        managerCustomers = byManager
        orderRanges = CustomerRowRanges(n, model.orders.lazy.map(\.customer))
        churnRanges = CustomerRowRanges(n, model.churn.lazy.map(\.customer))
        complaintRanges = CustomerRowRanges(n, model.complaints.lazy.map(\.customer))
        contactRanges = CustomerRowRanges(n, model.contacts.lazy.map(\.customer))
        // The page is in the language of its strings; the locale only formats numbers and dates.
        lang = strings.languageTag
        dir = Self.direction(strings.language)
        chartLocale = ChartLocale(identifier: model.config.locale, currencyCode: model.config.currency, rightToLeft: dir == "rtl")
    }

    public func orders(_ c: Int) -> ArraySlice<Order> { model.orders[orderRanges[c]] }
    public func churn(_ c: Int) -> ArraySlice<ChurnEvent> { model.churn[churnRanges[c]] }
    public func complaints(_ c: Int) -> ArraySlice<Complaint> { model.complaints[complaintRanges[c]] }
    public func contacts(_ c: Int) -> ArraySlice<Contact> { model.contacts[contactRanges[c]] }

    /// The dated plan for customer `c`.
    public func plan(_ c: Int) -> [PlanStep] {
        ActionPlan.steps(customer: model.customers[c], metrics: analysis.customers[c], lastContact: model.contactDays[c],
                         tables: tables, asOf: model.asOf)
    }

    /// Direction of a text in language `lang` (playbooks may differ from the handbook).
    public static func direction(_ lang: String) -> String {
        LanguageDirection.isRightToLeft(lang) ? "rtl" : "ltr"
    }
}

/// A lock-guarded memo of view-model pieces that many pages share (list orders, reason plans):
/// made once, by the first thread that asks, while the others wait for it.
final class SharedMemo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [Key: Value] = [:]

    func value(_ key: Key, make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let hit = table[key] { return hit }
        let made = make()
        table[key] = made
        return made
    }
}
