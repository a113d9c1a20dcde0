import BoomerangEscaping
@testable import BoomerangKit
import Foundation
import Testing

/// The fast view-model passes (ViewFlags, MarkdownEscaping, the dossier's built-in flags,
/// placeholder filling, the fingerprint) against the plain implementations they replaced.
@Suite struct ViewModelTests {
    /// A canonical text of a view model: sorted keys, exact leaf values, and every kind of list
    /// written alike (the renderer iterates `[Any]`, `[[String: Any]]` and `[String]` the same way).
    static func canon(_ value: Any) -> String {
        switch value {
        case is EmptyText: return "∅"
        case let r as SharedRows: return canon(r.rows)
        case let s as String: return "s" + s.debugDescription
        case let b as Bool: return "b\(b)"
        case let i as Int: return "i\(i)"
        case let d as Double: return "d\(d)"
        case let d as [String: Any]: return "{" + d.keys.sorted().map { $0.debugDescription + ":" + canon(d[$0]!) }.joined(separator: ",") + "}"
        case let a as [Any]: return "[" + a.map(canon).joined(separator: ",") + "]"
        default: return "?\(type(of: value))"
        }
    }

    /// ViewFlags and escapeAll as they were before the fast paths.
    enum Reference {
        static func flags(_ value: Any) -> Any {
            switch value {
            case let d as [String: Any]:
                var out = d
                for (k, v) in d {
                    let v = (v as? SharedRows)?.rows ?? v
                    if let list = v as? [Any] { out["has_" + k] = !list.isEmpty; out[k] = list.map(flags) }
                    else if v is [String: Any] { out[k] = flags(v) }
                    else if let text = v as? String, text.isEmpty { out[k] = EmptyText() }
                }
                return out
            default: return value
            }
        }

        static func escapeAll(_ value: Any) -> Any {
            switch value {
            case let s as String: return Escape.markdownText(s)
            case let d as [String: Any]:
                var out: [String: Any] = [:]
                for (k, v) in d {
                    if k == "markdown" { out[k] = v }
                    else if k == "href" || k.hasSuffix("_href") { out[k] = (v as? String).map(Escape.markdownLinkDestination) ?? v }
                    else { out[k] = escapeAll(v) }
                }
                return out
            case let a as [[String: Any]]: return a.map { escapeAll($0) as! [String: Any] }
            case let a as [Any]: return a.map(escapeAll)
            default: return value
            }
        }
    }

    static func sites() throws -> [SiteContext] {
        [try DossierSource.load(root: TestProject.repository).site, try DossierEmailTests.source().site]
    }

    /// Odd shapes the general paths must treat exactly as before.
    static var oddValues: [String: Any] { [
        "plain": ["a": "", "b": "x*y", "c_href": "a_b", "markdown": "*m*"] as [String: String],
        "words": ["", "a|b", "c"],
        "mixed": ["", 1, ["k": ""] as [String: Any], ["in": [String]()] as [String: Any]] as [Any],
        "dicts": [["e": "", "n": ["x": "<y>"] as [String: String]]] as [[String: Any]],
        "nested": ["deep": ["deeper": ["", "z"] as [Any]] as [String: Any]] as [String: Any],
        "numbers": [1, 2], "empty": [Any](), "optional": Optional("") as Any, "flag": true, "count": 3, "ratio": 0.5,
        "text": "#1 (draft)\nsecond line", "blank": "",
    ] }

    @Test func viewFlagsMatchTheCastBasedPass() throws {
        #expect(Self.canon(ViewFlags.add(Self.oddValues)) == Self.canon(Reference.flags(Self.oddValues)))
        for site in try Self.sites() {
            for c in site.model.customers.indices.prefix(40) {
                let row = site.customerRow(c, root: "../")
                #expect(Self.canon(ViewFlags.add(row)) == Self.canon(Reference.flags(row)))
            }
            let list = site.customerList(.priority, page: 0, root: "../")
            #expect(Self.canon(ViewFlags.add(list)) == Self.canon(Reference.flags(list)))
        }
    }

    @Test func markdownEscapingMatchesTheCastBasedPass() throws {
        #expect(Self.canon(MarkdownEscaping.escapeAll(Self.oddValues)) == Self.canon(Reference.escapeAll(Self.oddValues)))
        for site in try Self.sites() {
            for c in site.model.customers.indices {
                let vm = site.dossier(c, root: "../", charts: false)
                #expect(Self.canon(MarkdownEscaping.escapeDictionary(vm)) == Self.canon(Reference.escapeAll(vm)))
            }
        }
    }

    /// The dossier carries its flags from the start: adding them again changes nothing, and
    /// escaping for Markdown keeps them.
    @Test func dossierViewModelsAreBuiltFlagged() throws {
        var checked = 0
        for site in try Self.sites() {
            for c in site.model.customers.indices {
                for charts in [false, true] where !charts || c % 10 == 0 {
                    let vm = site.dossier(c, root: "../", charts: charts)
                    #expect(Self.canon(Reference.flags(vm)) == Self.canon(vm), "\(site.model.customers[c].id)")
                    let md = MarkdownEscaping.escapeDictionary(vm)
                    #expect(Self.canon(Reference.flags(md)) == Self.canon(md))
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }

    @Test func placeholdersFillAsFoundationReplacesThem() throws {
        let dir = TestProject.repository.appendingPathComponent("templates/strings")
        var templates: [String] = ["{0}", "{0}{0}{1}", "{{0}}", "{0}́ x", "ы{0}", "{1} before {0}", "{9}", "{a}", "{", "}{0}{",
                                   "{0} и {1}", "", "no placeholders"]
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".yml") {
            let language = String(file.dropLast(4))
            let strings = try StringsFile.read(root: TestProject.repository, language: language).strings(language: language)
            templates += strings.values.values
            templates += strings.plurals.values.flatMap(\.values)
        }
        let argSets: [[String]] = [[], ["7"], ["5 days", "every 30 days"], ["a{1}b", "X"], ["", "€", "۱۲"], ["1", "2", "3", "4"]]
        for t in templates {
            for args in argSets {
                #expect(InterfaceStrings.fill(t, args) == InterfaceStrings.foundationFill(t, args), "\(t.debugDescription) \(args)")
            }
        }
    }

    @Test func fingerprintsIgnoreDictionaryOrderButNotContent() {
        var a: [String: Any] = [:], b: [String: Any] = [:]
        let keys = (0..<50).map { "key\($0)" }
        for k in keys { a[k] = k + "!" }
        for k in keys.reversed() { b[k] = k + "!" }
        func print(_ v: Any) -> Fingerprint { var f = Fingerprint(); f.add(value: v); return f }
        #expect(print(a) == print(b))
        var changed = b
        changed["key7"] = "key7?"
        #expect(print(a) != print(changed))
        // Swapping two values between keys is a change.
        var swapped = b
        swapped["key1"] = "key2!"; swapped["key2"] = "key1!"
        #expect(print(a) != print(swapped))
        #expect(print(["x": ["a", "bc"] as [Any]]) != print(["x": ["ab", "c"] as [Any]]))
        #expect(print(["x": ""]) != print(["x": EmptyText()]))
        #expect(print(["x": 1]) != print(["x": true]))
        #expect(print(["x": [[String: Any]]()]) != print(["x": [String: Any]()]))
        var s1 = Fingerprint(), s2 = Fingerprint()
        s1.add("ab"); s1.add("c"); s2.add("a"); s2.add("bc")
        #expect(s1 != s2)
        var z1 = Fingerprint(), z2 = Fingerprint()
        z1.add([0, 0] as [UInt8]); z2.add([0] as [UInt8])
        #expect(z1 != z2)
    }

    /// Every dossier of a handbook gets its own fingerprint.
    @Test func dossierFingerprintsDiffer() throws {
        for site in try Self.sites() {
            let prints = site.model.customers.indices.map { site.dossierFingerprint($0, base: site.dossier($0, root: "../", charts: false)) }
            #expect(Set(prints).count == prints.count)
        }
    }
}
