import BoomerangModel
import BoomerangEscaping
import Foundation

/// Machine-readable exports other tools and CI read (issue 3). Column names are a contract.
public enum Exports {
    public static let customerColumns = [
        "customer_id", "name", "manager", "purchases", "revenue", "first_purchase", "last_purchase",
        "median_interval_days", "days_since_last", "status", "p_alive", "expected_purchases_52w", "clv", "simple_clv",
        "r_score", "f_score", "m_score", "abc", "xyz", "priority", "won_back", "won_back_date", "win_back_likelihood", "offer",
        "return_chance", "next_step_date", "next_step_channel",
    ]

    /// `nextStep`: the first step of a customer's plan (SiteContext.plan), nil when nothing is planned.
    /// `win_back_likelihood` predates `return_chance` and holds the same number for lost and
    /// churned customers, so the two columns never disagree.
    /// Written as `export:` in handbook.yml says (delimiter, decimal, encoding, byte-order mark).
    public static func customersCSV(_ model: HandbookModel, _ analysis: Analysis, nextStep: (Int) -> PlanStep?) -> [UInt8] {
        var file: [UInt8] = []
        customersCSV(model, analysis, nextStep: nextStep) { file += $0 }
        return file
    }

    /// customers.csv in pieces of `rowsPerPiece` whole rows (about 170 KB), each in the export's
    /// encoding (the first with the byte-order mark when asked), handed to `piece` in order: the
    /// build writes the file piece by piece instead of holding it whole (170 MB at 1,000,000
    /// customers).
    public static func customersCSV(_ model: HandbookModel, _ analysis: Analysis, nextStep: (Int) -> PlanStep?,
                                    rowsPerPiece: Int = 1000, piece: ([UInt8]) -> Void) {
        let format = model.config.export
        var out: [UInt8] = []
        var first = true
        func flush(_ out: inout [UInt8]) {
            piece(encoded(out, format, first: first))
            first = false
            out.removeAll(keepingCapacity: true)
        }
        out.append(contentsOf: customerColumns.joined(separator: String(UnicodeScalar(format.delimiter))).utf8)
        out.append(0x0A)
        func num(_ v: Double, _ decimals: Int) -> String {
            let s = Exports.num(v, decimals)
            return format.decimal == 0x2E ? s : String(s.map { $0 == "." ? "," : $0 })
        }
        for (i, c) in model.customers.enumerated() {
            let m = analysis.customers[i]
            let step = nextStep(i)
            let cells: [String] = [
                c.id, c.name, c.manager, String(m.purchases), num(m.revenue, 2),
                m.firstPurchase?.iso ?? "", m.lastPurchase?.iso ?? "", m.medianIntervalDays.map { num($0, 1) } ?? "",
                m.daysSinceLast.map(String.init) ?? "", m.status.rawValue, m.pAlive.map { num($0, 4) } ?? "",
                m.expectedPurchases52w.map { num($0, 3) } ?? "", m.clv.map { num($0, 2) } ?? "",
                m.simpleCLV.map { num($0, 2) } ?? "",
                m.rScore.map(String.init) ?? "", m.fScore.map(String.init) ?? "", m.mScore.map(String.init) ?? "",
                m.abc ?? "", m.xyz ?? "", m.priority.map { String($0.rawValue) } ?? "",
                m.status == .noOrders && m.churnDate == nil ? "" : (m.wonBack ? "true" : (m.churnDate != nil ? "false" : "")),
                m.wonBackDate?.iso ?? "", m.priority == nil ? "" : m.returnChance.map { num($0, 3) } ?? "", m.offer?.rawValue ?? "",
                m.returnChance.map { num($0, 3) } ?? "", step?.due.iso ?? "", step?.channel ?? "",
            ]
            appendRow(cells, delimiter: format.delimiter, to: &out)
            if (i + 1) % rowsPerPiece == 0 { flush(&out) }
        }
        flush(&out)
    }

    /// UTF-8 bytes (whole rows) in the export's encoding; the `first` piece of a file starts
    /// with the byte-order mark when asked (always for UTF-16).
    static func encoded(_ utf8: [UInt8], _ format: ExportFormat, first: Bool) -> [UInt8] {
        switch format.encoding {
        case .utf8:
            return format.bom && first ? [0xEF, 0xBB, 0xBF] + utf8 : utf8
        case .utf16le:
            var out: [UInt8] = first ? [0xFF, 0xFE] : []
            out.reserveCapacity(2 + utf8.count * 2)
            for unit in String(decoding: utf8, as: UTF8.self).utf16 { out.append(UInt8(unit & 0xFF)); out.append(UInt8(unit >> 8)) }
            return out
        }
    }

    public static func rejectedCSV(_ rejected: [RejectedRecord]) -> [UInt8] {
        var out = Array("file,line,reason,record\n".utf8)
        for r in rejected { appendRow([r.file, String(r.line), r.reason, r.raw], to: &out) }
        return out
    }

    static func appendRow(_ cells: [String], delimiter: UInt8 = 0x2C, to out: inout [UInt8]) {
        for (k, cell) in cells.enumerated() {
            if k > 0 { out.append(delimiter) }
            appendCell(cell, delimiter: delimiter, to: &out)
        }
        out.append(0x0A)
    }

    /// A CSV cell, by the escaping module (Escape.csvCell: quoted by byte, formulas defused).
    static func appendCell(_ s: String, delimiter: UInt8 = 0x2C, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { Escape.csvCell($0, delimiter: delimiter, into: &out) }
    }

    /// Fixed-point text, no locale: exports are for machines.
    static func num(_ v: Double, _ decimals: Int) -> String {
        guard v.isFinite else { return "" }
        let s = FixedPoint.format(v, decimals: decimals) ?? String(format: "%.\(decimals)f", v)
        return s == "-0" || s.hasPrefix("-0.") && Double(s) == 0 ? String(s.dropFirst()) : s
    }

    public static func summaryJSON(_ model: HandbookModel, _ analysis: Analysis) -> [UInt8] {
        let s = analysis.summary
        let j = JSONWriter()
        j.object {
            j.key("as_of"); j.string(analysis.asOf.iso)
            // "model" names the purchase model; its parameters sit under that name ("bgnbd" as
            // before, or "mbgnbd"), null when there were too few repeat buyers to fit it.
            let kind = analysis.purchaseModel?.kind ?? model.config.model
            j.key("model"); j.string(kind.rawValue)
            j.key(kind.rawValue)
            if let v = analysis.purchaseModel?.values {
                j.object {
                    j.key("r"); j.number(v[0]); j.key("alpha"); j.number(v[1]); j.key("a"); j.number(v[2])
                    j.key("b"); j.number(v[3]); j.key("log_likelihood"); j.number(v[4])
                }
            } else { j.null() }
            j.key("gamma_gamma")
            if let g = analysis.gammaGamma {
                j.object { j.key("p"); j.number(g.p); j.key("q"); j.number(g.q); j.key("v"); j.number(g.v); j.key("log_likelihood"); j.number(g.logLikelihood) }
            } else { j.null() }
            j.key("customers"); j.number(Double(s.customers))
            j.key("status")
            j.object {
                j.key("active"); j.number(Double(s.active)); j.key("at_risk"); j.number(Double(s.atRisk))
                j.key("lost"); j.number(Double(s.lost)); j.key("churned"); j.number(Double(s.churned))
                j.key("no_orders"); j.number(Double(s.noOrders))
            }
            j.key("revenue"); j.number(s.revenue)
            j.key("period_days"); j.number(Double(s.periodDays))
            j.key("lost_in_period"); j.number(Double(s.lostInPeriod))
            j.key("money_lost_per_year"); j.number(s.moneyLostPerYear)
            j.key("churn_rate_month"); j.number(s.churnRateMonth)
            j.key("churn_rate_year"); j.number(s.churnRateYear)
            j.key("won_back"); j.object {
                j.key("count"); j.number(Double(s.wonBackCount)); j.key("rate"); j.number(s.wonBackRate); j.key("revenue"); j.number(s.wonBackRevenue)
            }
            j.key("average_clv"); j.number(s.averageCLV)
            j.key("average_simple_clv"); j.number(s.averageSimpleCLV)
            j.key("expected_years"); j.number(s.expectedYears)
            j.key("clv_horizon_months"); j.number(Double(s.clvHorizonMonths))
            j.key("average_order_value"); j.number(s.averageOrderValue)
            j.key("reasons"); j.array(analysis.reasons) { r in
                j.object {
                    j.key("reason"); j.string(r.reason); j.key("cause"); r.cause.map { j.string($0.rawValue) } ?? j.null()
                    j.key("customers"); j.number(Double(r.customers)); j.key("lost_revenue"); j.number(r.lostRevenue)
                }
            }
            j.key("managers"); j.array(analysis.managers) { m in
                j.object {
                    j.key("manager"); j.string(m.manager); j.key("customers"); j.number(Double(m.customers))
                    j.key("lost"); j.number(Double(m.lost)); j.key("lost_share"); j.number(m.lostShare); j.key("lost_revenue"); j.number(m.lostRevenue)
                    j.key("lost_in_period"); j.number(Double(m.lostInPeriod))
                }
            }
            j.key("months"); months(analysis.months, into: j)
            writeModelCheck(analysis.modelCheck, to: j)
        }
        return Array((j.text + "\n").utf8)
    }
}

extension Exports {
    /// The numbers the front page's status and churn charts draw, one object per month.
    static func months(_ months: [MonthFigure], into j: JSONWriter) {
        j.array(months) { m in
            j.object {
                let year = m.month / 12, month = m.month % 12 + 1
                j.key("month"); j.string(String(year) + (month < 10 ? "-0" : "-") + String(month))
                j.key("active"); j.number(Double(m.active)); j.key("at_risk"); j.number(Double(m.atRisk))
                j.key("lost"); j.number(Double(m.lost)); j.key("churn_rate"); j.number(m.churnRate)
            }
        }
    }
}

/// A tiny JSON writer with a fixed key order and number format, so bytes are deterministic.
final class JSONWriter {
    private(set) var text = ""
    private var needsComma = [false]
    private var afterKey = false

    private func comma() {
        if afterKey { afterKey = false; return }
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
    }
    func object(_ body: () -> Void) {
        comma(); text += "{"; needsComma.append(false); body(); needsComma.removeLast(); text += "}"
    }
    func array<T>(_ items: [T], _ each: (T) -> Void) {
        comma(); text += "["; needsComma.append(false); for i in items { each(i) }; needsComma.removeLast(); text += "]"
    }
    func key(_ k: String) { comma(); text += Escape.jsonString(k) + ":"; afterKey = true }
    func string(_ s: String) { comma(); text += Escape.jsonString(s) }
    func null() { comma(); text += "null" }
    func number(_ v: Double) {
        comma()
        guard v.isFinite else { text += "null"; return }
        // Whole numbers as integers; others in Swift's shortest form that reads back as the same
        // Double. (Six significant digits made $1,542,330.55 "1.54233e+06", a dollar off the page.)
        if v == v.rounded(), abs(v) < 1e15 { text += String(Int64(v)) } else { text += v.description }
    }
}
