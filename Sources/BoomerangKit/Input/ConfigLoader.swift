import Foundation
import Yams

/// content/handbook.yml onto `HandbookConfig`. Every key is documented in docs/config.md;
/// an unknown key is an error (a typo would otherwise silently keep the default).
enum ConfigLoader {
    static let keys = [
        "title", "locale", "language", "currency", "as_of", "lost_factor", "at_risk_factor",
        "clv_horizon_months", "monthly_discount_rate", "expected_years", "abc_thresholds",
        "xyz_thresholds", "allow_raw_html", "mail_within_days", "mail_from", "model",
        "model_check_weeks", "return_horizon_weeks", "data", "export", "database",
    ]

    static func load(url: URL, file: String, log: inout ProblemLog) -> HandbookConfig {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.add(file, line: 0, "missing: every handbook needs this file (see docs/config.md)")
            return HandbookConfig()
        }
        if data.count > YAMLSupport.maxBytes {
            log.add(file, line: 0, "longer than 1 MiB; this is not a handbook config")
            return HandbookConfig()
        }
        let bytes = [UInt8](data)
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            let p = bytes.withUnsafeBufferPointer { TextPosition.of(offset: bad, in: $0, firstLine: 1) }
            log.add(file, line: p.line, column: p.column, "bytes that are not UTF-8 (save the file as UTF-8)")
            return HandbookConfig()
        }
        return parse(String(decoding: bytes, as: UTF8.self), file: file, log: &log)
    }

    static func parse(_ text: String, file: String, log: inout ProblemLog) -> HandbookConfig {
        var config = HandbookConfig()
        let root: Node?
        switch YAMLSupport.compose(text, file: file, firstLine: 1) {
        case .failure(let e): log.add(e.diagnostic); return config
        case .success(let n): root = n
        }
        guard let root, !YAMLSupport.isNull(root) else { return config }
        guard let map = root.mapping else {
            log.add(file, line: YAMLSupport.line(root, firstLine: 1), column: YAMLSupport.column(root),
                    "expected key: value lines at the top level, found \(YAMLSupport.describe(root))")
            return config
        }
        var reader = ConfigValues(file: file)
        for (k, v) in map {
            guard let key = k.scalar?.string else {
                reader.fail(k, "keys must be plain words, found \(YAMLSupport.describe(k))"); continue
            }
            reader.key = key
            switch key {
            case "title": if let s = reader.text(v) { config.title = s }
            case "locale": if let s = reader.locale(v) { config.locale = s }
            case "language":
                if YAMLSupport.isNull(v) { config.language = nil } else if let s = reader.text(v) { config.language = s }
            case "currency": if let s = reader.currency(v) { config.currency = s }
            case "as_of":
                if YAMLSupport.isNull(v) { config.asOf = nil } else if let d = reader.day(v) { config.asOf = d }
            case "lost_factor": if let x = reader.number(v, above: 0) { config.lostFactor = x }
            case "at_risk_factor": if let x = reader.number(v, above: 0) { config.atRiskFactor = x }
            case "clv_horizon_months": if let x = reader.integer(v, min: 1) { config.clvHorizonMonths = x }
            case "monthly_discount_rate": if let x = reader.number(v, atLeast: 0, below: 1) { config.monthlyDiscountRate = x }
            case "expected_years": if let x = reader.number(v, above: 0) { config.expectedYears = x }
            case "abc_thresholds": if let p = reader.pair(v, max: 1) { config.abcThresholds = (p.0, p.1) }
            case "xyz_thresholds": if let p = reader.pair(v, max: nil) { config.xyzThresholds = (p.0, p.1) }
            case "allow_raw_html": if let b = reader.flag(v) { config.allowRawHTML = b }
            case "mail_within_days": if let x = reader.integer(v, min: 0) { config.mailWithinDays = x }
            case "mail_from":
                if YAMLSupport.isNull(v) { config.mailFrom = nil } else if let s = reader.mailbox(v) { config.mailFrom = s }
            case "model": if let m = reader.purchaseModel(v) { config.model = m }
            case "model_check_weeks":
                if YAMLSupport.isNull(v) { config.modelCheckWeeks = nil } else if let x = reader.integer(v, min: 1) { config.modelCheckWeeks = x }
            case "return_horizon_weeks": if let x = reader.integer(v, min: 1) { config.returnHorizonWeeks = x }
            case "data": config.data = DataConfig.parse(v, reader: &reader)
            case "export": config.export = ExportConfig.parse(v, reader: &reader)
            case "database": config.database = DatabaseConfig.parse(k, v, reader: &reader)
            default:
                reader.key = ""
                reader.fail(k, "unknown key '\(key)'\(Suggestion.hint(key, keys))")
            }
        }
        if config.atRiskFactor > config.lostFactor, let node = map["at_risk_factor"] {
            reader.key = "at_risk_factor"
            reader.fail(node, "must not be greater than lost_factor (\(ConfigValues.show(config.lostFactor))), found \(ConfigValues.show(config.atRiskFactor))")
        }
        for d in reader.problems { log.add(d) }
        return config
    }
}

/// Typed reads of config values; each failure is logged against the value's line and column.
struct ConfigValues {
    let file: String
    var key = ""
    var problems: [Diagnostic] = []

    /// Where `node` is in handbook.yml.
    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: YAMLSupport.line(node, firstLine: 1), column: YAMLSupport.column(node))
    }

    mutating func fail(_ node: Node, _ message: String) {
        let prefix = key.isEmpty ? "" : "\(key): "
        problems.append(Diagnostic(SourceLocation(file: file, line: YAMLSupport.line(node, firstLine: 1),
                                                  column: YAMLSupport.column(node)), prefix + message))
    }

    mutating func text(_ v: Node) -> String? {
        guard let s = v.scalar, !YAMLSupport.isNull(v) else { fail(v, "expected text, found \(YAMLSupport.describe(v))"); return nil }
        return s.string
    }

    mutating func locale(_ v: Node) -> String? {
        guard let s = text(v) else { return nil }
        // ll, ll_CC, optionally with @keywords (fa_IR@numbers=latn).
        let base = s.split(separator: "@", maxSplits: 1).first.map(String.init) ?? ""
        let parts = base.split(separator: "_", omittingEmptySubsequences: false)
        let ok = (1...3).contains(parts.count) && parts[0].count >= 2 && parts[0].count <= 3
            && parts[0].allSatisfy { $0.isASCII && $0.isLowercase }
            && parts.dropFirst().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        if !ok { fail(v, "expected a locale such as en_US, ru_RU or fa_IR, found \(ValueParsing.quoted(s))"); return nil }
        return s
    }

    /// A From mailbox that `MailSender` can use: `Name <address>` or a bare address.
    mutating func mailbox(_ v: Node) -> String? {
        guard let s = text(v) else { return nil }
        guard MailSender(parsing: s) != nil else {
            fail(v, "expected a mailbox such as \"Retention team <retention@example.com>\" or \"retention@example.com\", found \(ValueParsing.quoted(s))"); return nil
        }
        return s
    }

    /// `mbgnbd` or `bgnbd`, exactly as written (the names are identifiers, not prose).
    mutating func purchaseModel(_ v: Node) -> PurchaseModelKind? {
        guard let s = text(v) else { return nil }
        guard let kind = PurchaseModelKind(rawValue: s) else {
            let names = PurchaseModelKind.allCases.map(\.rawValue)
            fail(v, "expected one of \(names.joined(separator: ", ")), found \(ValueParsing.quoted(s))\(Suggestion.hint(s.lowercased(), names))")
            return nil
        }
        return kind
    }

    mutating func currency(_ v: Node) -> String? {
        guard let s = text(v) else { return nil }
        guard s.count == 3, s.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            fail(v, "expected a three-letter ISO 4217 code such as USD, EUR or RUB, found \(ValueParsing.quoted(s))"); return nil
        }
        return s
    }

    mutating func day(_ v: Node) -> Day? {
        guard let s = text(v) else { return nil }
        switch ValueParsing.day(s) {
        case .success(let d): return d
        case .failure(let e): fail(v, e.message); return nil
        }
    }

    mutating func rawNumber(_ v: Node) -> Double? {
        guard let s = v.scalar, !YAMLSupport.isNull(v), let x = ValueParsing.number(s.string) else {
            let found = v.scalar.map { ValueParsing.numberMessage($0.string) } ?? "expected a number, found \(YAMLSupport.describe(v))"
            fail(v, YAMLSupport.isNull(v) ? "expected a number, found nothing" : found)
            return nil
        }
        return x
    }

    mutating func number(_ v: Node, above low: Double) -> Double? {
        guard let x = rawNumber(v) else { return nil }
        guard x > low else { fail(v, "must be greater than \(ConfigValues.show(low)), found \(ConfigValues.show(x))"); return nil }
        return x
    }

    mutating func number(_ v: Node, atLeast low: Double, below high: Double) -> Double? {
        guard let x = rawNumber(v) else { return nil }
        guard x >= low, x < high else {
            fail(v, "must be at least \(ConfigValues.show(low)) and below \(ConfigValues.show(high)), found \(ConfigValues.show(x))"); return nil
        }
        return x
    }

    mutating func integer(_ v: Node, min low: Int) -> Int? {
        guard let s = v.scalar, let x = ValueParsing.integer(s.string) else {
            fail(v, "expected a whole number, found \(YAMLSupport.describe(v))"); return nil
        }
        guard x >= low else { fail(v, "must be at least \(low), found \(x)"); return nil }
        return x
    }

    mutating func flag(_ v: Node) -> Bool? {
        guard let s = v.scalar, let b = ValueParsing.flag(s.string) else {
            fail(v, "expected true or false, found \(YAMLSupport.describe(v))"); return nil
        }
        return b
    }

    /// Two increasing cut-offs, e.g. [0.8, 0.95].
    mutating func pair(_ v: Node, max high: Double?) -> (Double, Double)? {
        let limit = high.map { " <= \(ConfigValues.show($0))" } ?? ""
        let expectation = "expected two numbers [first, second] with 0 < first < second\(limit)"
        guard let seq = v.sequence, seq.count == 2 else { fail(v, "\(expectation), found \(YAMLSupport.describe(v))"); return nil }
        guard let a = seq[0].scalar.flatMap({ ValueParsing.number($0.string) }),
              let b = seq[1].scalar.flatMap({ ValueParsing.number($0.string) }) else {
            fail(v, "\(expectation), found a value that is not a number"); return nil
        }
        guard a > 0, a < b, high.map({ b <= $0 }) ?? true else {
            fail(v, "\(expectation), found [\(ConfigValues.show(a)), \(ConfigValues.show(b))]"); return nil
        }
        return (a, b)
    }

    static func show(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
