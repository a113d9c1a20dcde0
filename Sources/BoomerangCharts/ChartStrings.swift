/// The words a chart shows (titles, axis and legend labels, summary templates), keyed by name.
/// The site passes its translated strings; any key it leaves out falls back to English.
/// Templates use `{name}` placeholders that the chart fills with locale-formatted values.
public struct ChartStrings: Sendable {
    public var overrides: [String: String]

    public init(_ overrides: [String: String] = [:]) { self.overrides = overrides }

    public subscript(key: String) -> String { overrides[key] ?? Self.english[key] ?? key }

    /// The template `key` with every `{name}` replaced by `values[name]`.
    /// Unknown placeholders are left as they are, so a typo in a translation shows up on the page.
    public func format(_ key: String, _ values: [String: String]) -> String {
        let template = self[key]
        return Self.fillBytes(template, values) ?? Self.fillCharacters(template, values)
    }

    /// `format` over Characters: the reference, and the path for braces next to non-ASCII text.
    static func fillCharacters(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// `format` over UTF-8 bytes (each chart fills one or two templates). A brace with a non-ASCII
    /// neighbour could belong to a larger Character (a combining mark after it), which the Character
    /// search would not see as a brace: such templates return nil and take the Character path.
    static func fillBytes(_ template: String, _ values: [String: String]) -> String? {
        var template = template
        return template.withUTF8 { t -> String? in
            for (i, b) in t.enumerated() where b == 0x7B || b == 0x7D {
                if i > 0 && t[i - 1] >= 0x80 { return nil }
                if i + 1 < t.count && t[i + 1] >= 0x80 { return nil }
            }
            var out: [UInt8] = []
            out.reserveCapacity(t.count + 64)
            var i = 0
            while i < t.count {
                guard t[i] == 0x7B, let close = t[(i + 1)...].firstIndex(of: 0x7D) else {
                    out.append(t[i]); i += 1; continue
                }
                let name = String(decoding: UnsafeBufferPointer(rebasing: t[(i + 1)..<close]), as: UTF8.self)
                if let value = values[name] { out += value.utf8 } else { out += UnsafeBufferPointer(rebasing: t[i...close]) }
                i = close + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// English defaults; docs/charts.md lists every key.
    public static let english: [String: String] = [
        "noData": "No data to show yet.",
        "noDataSummary": "{title}: no data yet.",

        "timeline.title": "Purchase timeline",
        "timeline.summary": "{count} purchases from {first} to {last}, {total} in total.",
        "timeline.summaryNext": "Next purchase expected {next}; counted as lost after {lost}.",
        "timeline.purchase": "Purchase (area = amount)",
        "timeline.purchases": "Purchases",
        "timeline.expectedNext": "Expected next",
        "timeline.lostThreshold": "Lost after",
        "timeline.churn": "Churn",
        "timeline.complaint": "Complaint",
        "timeline.contact": "Contact",
        "timeline.asOf": "Today",

        "revenue.title": "Monthly revenue, last {months} months",
        "revenue.axis": "Revenue, {currency}",
        "revenue.summary": "{total} over {months} months, {empty} of them without purchases; best month {best} ({bestValue}).",

        "palive.title": "Probability the customer is still active",
        "palive.summary": "The chance that the customer is still buying went from {first} on {from} to {last} on {to}.",

        "status.title": "Customers by status",
        "status.summary": "In {month}: {parts}.",

        "repeat.title": "Purchases in the {weeks} check weeks, per customer",
        "repeat.summary": "Mean purchases per customer in the {weeks} weeks the model did not see, made and predicted, by repeat purchases before them; the widest gap: {group} repeat purchases, {actual} made, {predicted} predicted.",
        "repeat.actual": "Made",
        "repeat.predicted": "Predicted by the model",
        "repeat.axis": "Purchases per customer",
        "repeat.groups": "Repeat purchases before the check weeks",

        "tracking.title": "Repeat purchases, week by week",
        "tracking.summary": "Cumulative repeat purchases: {actual} made by {to}, {predicted} predicted by the model fitted on the purchases up to {calibration}.",
        "tracking.actual": "Made",
        "tracking.predicted": "Predicted by the model",
        "tracking.axis": "Repeat purchases, cumulative",
        "tracking.forecast": "Forecast",

        "churn.title": "Monthly churn rate",
        "churn.rate": "Churn rate",
        "churn.band": "Typical: 9–11 % a year",
        "churn.summary": "Churn over the last {months} months: {year}, or {mean} a month on average (latest month {last}); good companies lose {low}–{high} a month.",

        "pareto.title": "Why customers leave",
        "pareto.count": "Customers",
        "pareto.cumulative": "Cumulative share",
        "pareto.revenue": "Lost a year",
        "pareto.other": "Other",
        "pareto.summary": "Most common reason: {top} ({count} customers, {revenue} a year); the top {n} reasons cover {share} of departures.",

        "managers.title": "Lost share per manager",
        "managers.summary": "Highest lost share: {name}, {share} ({lost} of {customers}); overall {overall}.",

        "abcxyz.title": "ABC × XYZ: customers and revenue",
        "abcxyz.abc": "ABC: share of revenue",
        "abcxyz.xyz": "XYZ: steadiness of demand",
        "abcxyz.summary": "{count} customers, {revenue}; AX holds {axCount} customers and {axRevenue}.",

        "rfm.title": "RFM: recency × frequency",
        "rfm.recency": "Recency score (5 = most recent)",
        "rfm.frequency": "Frequency score",
        "rfm.mean": "avg",
        "rfm.summary": "{count} customers; the largest cell is R{r} F{f} with {cellCount} customers.",

        "clv.title": "Customer lifetime value",
        "clv.axis": "Lifetime value, {currency}",
        "clv.customers": "Customers",
        "clv.summary": "{count} customers; median lifetime value {median}, from {min} to {max}.",

        "cohort.title": "Cohort retention",
        "cohort.monthsSince": "Months since first purchase",
        "cohort.cohort": "First purchase",
        "cohort.summary": "{cohorts} cohorts; on average {share} still buy {k} months after their first purchase.",

        "wonback.title": "Won-back revenue",
        "wonback.axis": "Revenue, {currency}",
        "wonback.summary": "{total} from won-back customers over {months} months; best month {best} ({bestValue}).",
    ]
}

/// What every chart needs besides its data: locale, strings, size and an id prefix.
public struct ChartContext: Sendable {
    public var locale: ChartLocale
    public var strings: ChartStrings
    /// Width in px (the viewBox width); charts are designed for 600 and scale down.
    public var width: Int
    /// Prefix for element ids, so several charts can be inlined in one page without clashes.
    public var idPrefix: String

    public init(locale: ChartLocale = ChartLocale(), strings: ChartStrings = ChartStrings(),
                width: Int = 600, idPrefix: String = "chart") {
        self.locale = locale; self.strings = strings; self.width = max(320, width); self.idPrefix = idPrefix
    }
}
