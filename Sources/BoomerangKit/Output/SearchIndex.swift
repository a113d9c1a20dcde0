import Foundation
import BoomerangModel
import BoomerangEscaping

/// The site search index (issue 9), `search-index.js`, read by templates/assets/search.js.
///
/// A script rather than a `.json` file, because the handbook is meant to open from disk and
/// browsers refuse `fetch()` of `file://` URLs but do run `<script src>`: the file calls
/// `boomerangSearch({...})` with one JSON object. It is loaded only by the search page.
///
/// Compact by design (100,000 customers): entries are arrays, not objects; managers and cities
/// repeat across customers, so they are listed once and customers point at them by number;
/// a customer's URL is `customers/<stem>.html`, so only the stem is stored.
///
/// ```
/// {"v":1, "lang":"en",
///  "m":[[display, normalized], ...],            managers
///  "c":[[display, normalized], ...],            cities
///  "k":[[stem, name, contact, m, c, text(, id)], ...]   customers; m/c -1 when empty; id only when it differs from stem
///  "p":[[url, title, kind label, lang, text], ...]}     playbooks, in the playbook list's order
/// ```
/// `text` is SearchText.normalize of the name, contact and id (customers) or the title, id and
/// headings (playbooks). Deterministic: customers in file order, tables in order of first use.
public enum SearchIndex {
    public static let fileName = "search-index.js"

    public static func build(_ site: SiteContext) -> [UInt8] {
        var file: [UInt8] = []
        build(site) { file += $0 }
        return file
    }

    /// Customers per piece of the file: about 140 KB.
    static let customersPerPiece = 1000

    /// The file in pieces handed to `piece` in order: the build writes it piece by piece instead
    /// of holding it whole (135 MB at 1,000,000 customers).
    public static func build(_ site: SiteContext, piece: ([UInt8]) -> Void) {
        let lang = site.lang
        var w = ByteJSON()
        w.raw("boomerangSearch({\"v\":1,\"lang\":")
        w.string(lang)

        var norm = SearchNormalizer(lang: lang)
        var managers = Interned(), cities = Interned()
        let customers = site.model.customers
        var refs: [(Int, Int)] = []
        refs.reserveCapacity(customers.count)
        for c in customers { refs.append((managers.id(c.manager), cities.id(c.city))) }

        w.raw(",\"m\":"); table(managers.values, &norm, into: &w)
        w.raw(",\"c\":"); table(cities.values, &norm, into: &w)

        w.raw(",\"k\":[")
        for (i, c) in customers.enumerated() {
            if i > 0 && i % customersPerPiece == 0 { piece(w.bytes); w.bytes.removeAll(keepingCapacity: true) }
            if i > 0 { w.raw(",") }
            let stem = site.customerStems[i]
            w.raw("["); w.string(stem)
            w.raw(","); w.string(c.name)
            w.raw(","); w.string(c.contactName)
            w.raw(","); w.int(refs[i].0)
            w.raw(","); w.int(refs[i].1)
            norm.reset(); norm.add(c.name); norm.add(c.contactName); norm.add(c.id)
            w.raw(","); w.words(norm.bytes)
            if c.id != stem { w.raw(","); w.string(c.id) }
            w.raw("]")
        }
        w.raw("],\"p\":[")
        for (n, row) in site.playbookRows(root: "").enumerated() {
            let i = site.model.playbooks.firstIndex { $0.id == row.id }!
            let p = site.model.playbooks[i]
            if n > 0 { w.raw(",") }
            w.raw("["); w.string(row.href)
            w.raw(","); w.string(p.title)
            w.raw(","); w.string(row.kindLabel)
            w.raw(","); w.string(row.lang)
            norm.reset()
            for part in [p.title, p.id] + headings(p.markdown) { norm.add(part) }
            w.raw(","); w.words(norm.bytes)
            w.raw("]")
        }
        w.raw("]});\n")
        piece(w.bytes)
    }

    private static func table(_ values: [String], _ norm: inout SearchNormalizer, into w: inout ByteJSON) {
        w.raw("[")
        for (i, v) in values.enumerated() {
            if i > 0 { w.raw(",") }
            norm.reset(); norm.add(v)
            w.raw("["); w.string(v); w.raw(","); w.words(norm.bytes); w.raw("]")
        }
        w.raw("]")
    }

    /// The text of every ATX heading (`#` to `######`) outside fenced code blocks.
    static func headings(_ markdown: String) -> [String] {
        var out: [String] = []
        var fence: Substring?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == " " }
            if let f = fence {
                if trimmed.hasPrefix(f) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fence = trimmed.prefix(3); continue }
            let hashes = trimmed.prefix { $0 == "#" }
            guard (1...6).contains(hashes.count) else { continue }
            let rest = trimmed.dropFirst(hashes.count)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            let text = rest.trimmingCharacters(in: .whitespaces)
            // A closing run of #'s is not part of the heading.
            let body = text.hasSuffix("#") ? String(text.reversed().drop { $0 == "#" }.reversed()).trimmingCharacters(in: .whitespaces) : text
            if !body.isEmpty { out.append(body) }
        }
        return out
    }
}

/// Distinct values in order of first use; the empty value is -1.
private struct Interned {
    var values: [String] = []
    var index: [String: Int] = [:]
    mutating func id(_ v: String) -> Int {
        if v.isEmpty { return -1 }
        if let i = index[v] { return i }
        index[v] = values.count
        values.append(v)
        return values.count - 1
    }
}

/// JSON written straight into bytes: the index for 100,000 customers is megabytes of text,
/// and per-character String appends were the slow part.
struct ByteJSON {
    var bytes: [UInt8] = []
    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
    /// Normalized search text: letters, digits and spaces only, so nothing to escape.
    mutating func words(_ utf8: [UInt8]) {
        bytes.append(34); bytes.append(contentsOf: utf8); bytes.append(34)
    }
    mutating func int(_ v: Int) { bytes.append(contentsOf: String(v).utf8) }
    /// A string literal, escaped by the escaping module (Escape.javaScriptString).
    mutating func string(_ s: String) {
        bytes.append(34)
        var s = s
        s.withUTF8 { Escape.javaScriptString($0, into: &bytes) }
        bytes.append(34)
    }
}
