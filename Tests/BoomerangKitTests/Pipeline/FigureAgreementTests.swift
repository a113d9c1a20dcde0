import BoomerangKit
import Foundation
import Testing

/// A figure that appears in two places must be the same number (issue 18): the front page's
/// cards, the churn chart's caption, the "why" page's wall figure, the managers' table,
/// summary.json, customers.csv and every dossier. Walked on the example handbook and on a
/// generated one (the benchmark generator), as a reader would compare them.
@Suite struct FigureAgreementTests {
    @Test func exampleHandbookFiguresAgree() throws {
        let root = try TestProject.copyOfExample()
        try HandbookBuilder.build(BuildOptions(root: root))
        let problems = try FigureAgreement.problems(root.appendingPathComponent("output"))
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test(.enabled(if: ShardMergeTests.python != nil, "python3 is needed to run scripts/generate-synthetic.py"))
    func generatedHandbookFiguresAgree() throws {
        let root = try TestProject.synthetic(customers: 400, seed: 5)
        try HandbookBuilder.build(BuildOptions(root: root))
        let problems = try FigureAgreement.problems(root.appendingPathComponent("output"))
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        // The order-table check has pages to check: customers with more orders than the table lists.
        let folder = root.appendingPathComponent("output/customers")
        let summed = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".html") && TestProject.text(folder.appendingPathComponent($0)).contains("<tr class=\"earlier\">")
        }
        #expect(summed.count > 50)
    }
}

/// Reads an English handbook's pages and exports and lists every figure shown twice that differs.
enum FigureAgreement {
    static func problems(_ out: URL) throws -> [String] {
        let summary = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("data/summary.json"))) as? [String: Any])
        let index = TestProject.text(out.appendingPathComponent("index.html"))
        var problems: [String] = []
        func same(_ what: String, _ a: Double?, _ b: Double?, within: Double) {
            guard let a, let b else { problems.append("\(what): missing (\(String(describing: a)), \(String(describing: b)))"); return }
            if abs(a - b) > within { problems.append("\(what): \(a) vs \(b)") }
        }
        let card = cards(index)
        let caption = first(#/Churn over the last \d+ months: ([\d.]+)%, or ([\d.]+)% a month/#, in: index)
        same("churn a year, card and caption", number(card["Churn over the last year"]), caption.map { Double($0.1) ?? .nan }, within: 1e-9)
        same("churn a year, card and summary.json", number(card["Churn over the last year"]), percent(summary["churn_rate_year"]), within: 0.05)
        let month = first(#/([\d.]+)% a month on average/#, in: index).flatMap { Double($0.1) }
        same("churn a month, card and caption", month, caption.flatMap { Double($0.2) }, within: 1e-9)
        same("churn a month, card and summary.json", month, percent(summary["churn_rate_month"]), within: 0.05)
        // The yearly figure is the last 12 months compounded, and the monthly one compounds to it.
        let months = (summary["months"] as? [[String: Any]] ?? []).compactMap { $0["churn_rate"] as? Double }
        same("churn a year from the months", 1 - months.suffix(12).reduce(1) { $0 * (1 - $1) }, summary["churn_rate_year"] as? Double, within: 1e-5)
        same("churn a month compounded", 1 - pow(1 - ((summary["churn_rate_month"] as? Double) ?? 0), 12),
             summary["churn_rate_year"] as? Double, within: 1e-5)

        same("lost in the period, card and summary.json", number(card["Lost in the period"]), summary["lost_in_period"] as? Double, within: 0)
        let managers = try managerRows(out)
        same("lost in the period, card and managers' table", number(card["Lost in the period"]), managers.map { $0[2] }.reduce(0, +), within: 0)
        let jsonManagers = summary["managers"] as? [[String: Any]] ?? []
        same("lost (all), managers' table and summary.json", managers.map { $0[3] }.reduce(0, +),
             jsonManagers.compactMap { $0["lost"] as? Double }.reduce(0, +), within: 0)

        let why = TestProject.text(out.appendingPathComponent("sections/why.html"))
        same("simple CLV, card and the why page", number(card["Lifetime value of a customer"]), number(first(#/class="wall">([^<]+)/#, in: why).map { String($0.1) }), within: 0)
        same("simple CLV, card and summary.json", number(card["Lifetime value of a customer"]), summary["average_simple_clv"] as? Double, within: 0.5)
        same("money lost a year, card and summary.json", number(card["Money lost a year"]), summary["money_lost_per_year"] as? Double, within: 0.5)
        let model = first(#/model, (\d+) months?: ([^<]+)/#, in: index)
        same("model CLV, card and summary.json", model.flatMap { number(String($0.2)) }, summary["average_clv"] as? Double, within: 0.5)
        same("model CLV horizon, card and summary.json", model.flatMap { Double($0.1) }, summary["clv_horizon_months"] as? Double, within: 0)
        problems += try dossierProblems(out)
        return problems
    }

    /// Every dossier's P(alive) and both lifetime values against customers.csv, and its order table
    /// against its own revenue and order count.
    static func dossierProblems(_ out: URL) throws -> [String] {
        let csv = try String(contentsOf: out.appendingPathComponent("data/customers.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        var rows: [String: [String]] = [:]
        for l in lines.dropFirst() where l.count == header.count { rows[l[0]] = l }
        var problems: [String] = []
        let folder = out.appendingPathComponent("customers")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".html") && file != "index.html" {
            let page = TestProject.text(folder.appendingPathComponent(file))
            guard let id = first(#/Customer dossier · ([^<]+)</#, in: page).map({ String($0.1) }), let row = rows[id] else { continue }
            let shown = cards(page)
            // Each side is rounded on its own (the page to whole units, the export to 4 or 2
            // decimals): they agree when within half a shown unit plus the export's rounding.
            func agree(_ what: String, _ page: Double?, _ export: String, scale: Double, slack: Double) {
                if page == nil && export.isEmpty { return }   // shown as "–" and exported empty
                guard let page, let value = Double(export), abs(page - value * scale) <= 0.5 + slack else {
                    problems.append("\(id): \(what) \(page.map { String($0) } ?? "-") vs \(export)"); return
                }
            }
            agree("P(alive)", number(shown["Probability still active"]), row[column("p_alive")], scale: 100, slack: 0.005)
            agree("CLV", number(shown["Lifetime value"]), row[column("clv")], scale: 1, slack: 0.005)
            agree("simple CLV", first(#/simple: ([^<\n]+)/#, in: page).flatMap { number(String($0.1)) }, row[column("simple_clv")], scale: 1, slack: 0.005)
            problems += orderTableProblems(id, page, shown)
            problems += returnChanceProblems(id, page, export: row[column("return_chance")])
        }
        return problems
    }

    /// The banner states the chance to return once: on the priority line when there is one, else
    /// among the figures; and it is the export's.
    static func returnChanceProblems(_ id: String, _ page: String, export: String) -> [String] {
        guard let start = page.range(of: "<header class=\"banner"),
              let end = page.range(of: "</header>", range: start.upperBound..<page.endIndex) else { return ["\(id): no banner"] }
        let top = page[start.lowerBound..<end.lowerBound]
        let stated = top.matches(of: #/(?:chance to return: |Chance to return in \d+ weeks: )([0-9.,]+%)/#).map { String($0.1) }
        let onPriorityLine = first(#/<p class="priority-line">[^\n]*chance to return: ([0-9.,]+%)/#, in: String(top)).map { String($0.1) }
        let inFigures = first(#/<dd class="muted">Chance to return in \d+ weeks: ([0-9.,]+%)/#, in: String(top)).map { String($0.1) }
        var problems: [String] = []
        if onPriorityLine != nil && inFigures != nil { problems.append("\(id): the chance to return is on the priority line and among the figures") }
        guard let shown = onPriorityLine ?? inFigures else {
            return export.isEmpty ? problems : problems + ["\(id): the banner does not state the chance to return (\(export))"]
        }
        // Shown in whole percent or to a tenth: at most half of that unit apart.
        let unit = shown.contains(".") ? 0.1 : 1
        if let value = Double(export), let page = number(shown), abs(page - value * 100) > unit / 2 + 0.005 {
            problems.append("\(id): the chance to return \(shown) vs \(export)")
        }
        if stated.contains(where: { $0 != shown }) { problems.append("\(id): the banner states the chance to return as \(stated)") }
        return problems
    }

    /// `<dt>label<dd>value` pairs of a page's figure cards and fact lists (the optional end tags are
    /// left out: a value ends where the next tag or line begins).
    static func cards(_ html: String) -> [String: String] {
        var out: [String: String] = [:]
        for m in html.matches(of: #/<dt>([^<\n]+)<dd>([^<\n]+)/#) { out[String(m.1)] = String(m.2) }
        return out
    }

    /// The order table's rows and the row of earlier orders, summed, against "Revenue to date" and
    /// the number of orders in "Purchases": the table shows the newest orders one by one and the
    /// rest in one row, and together they must be every order.
    static func orderTableProblems(_ id: String, _ page: String, _ shown: [String: String]) -> [String] {
        guard let revenue = number(shown["Revenue to date"]),
              let count = first(#/\((\d+) orders?\)/#, in: shown["Purchases"] ?? "").flatMap({ Int($0.1) }) else { return [] }
        var total = 0.0, rows = 0
        for m in page.matches(of: #/<tr><td>[^<]*<td>[^<]*<td>([^<\n]+)/#) { total += number(String(m.1)) ?? .nan; rows += 1 }
        if let earlier = first(#/<tr class="earlier"><td>[^<]*<td>Earlier: (\d+) orders?<td>([^<\n]+)/#, in: page) {
            total += number(String(earlier.2)) ?? .nan; rows += Int(earlier.1) ?? 0
        }
        var problems: [String] = []
        if rows != count { problems.append("\(id): the order table holds \(rows) orders, Purchases says \(count)") }
        if !(abs(total - revenue) <= 0.5 + 0.005 * Double(rows)) { problems.append("\(id): the order table sums to \(total), revenue to date is \(revenue)") }
        return problems
    }

    /// The managers' table: customers, lost in the period, lost (all) per manager, as numbers.
    static func managerRows(_ out: URL) throws -> [[Double]] {
        let html = TestProject.text(out.appendingPathComponent("managers/index.html"))
        // One row per line; cells end where the next begins (the optional end tags are left out).
        return html.split(separator: "\n").filter { $0.hasPrefix("<tr><td>") }.map { row in
            [0] + row.matches(of: #/<td class="num">([^<]*)/#).map { number(String($0.1)) ?? .nan }
        }
    }

    static func first<Output>(_ regex: Regex<Output>, in text: String) -> Output? { text.firstMatch(of: regex)?.output }

    /// "$1,261,228", "9.5%", "4": the number as shown (English formatting).
    static func number(_ shown: String?) -> Double? {
        guard let shown else { return nil }
        let kept = shown.filter { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
        return Double(kept)
    }

    static func percent(_ value: Any?) -> Double? { (value as? Double).map { ($0 * 1000).rounded() / 10 } }
}
