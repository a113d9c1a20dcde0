import BoomerangAnalytics
@testable import BoomerangKit
import Foundation
import Testing

/// Site search (issue 9): the normalized text, the index the build writes, and the search page.
@Suite struct SearchTests {
    @Test func normalizeFoldsCaseScriptsAndMarks() {
        let n = { SearchText.normalize($0, lang: "en") }
        #expect(n("Ёлка") == n("елка"))
        #expect(n("Ёлка") == "елка")
        #expect(n("Андрей") == "андреи")                     // й folds with и, as the reader may type
        #expect(n("كريمي") == n("کریمی"))                    // Arabic kaf/yeh -> Persian
        #expect(n("انبوه‌سازی") == "انبوهسازی")               // ZWNJ dropped
        #expect(n("مُحَمَّد") == "محمد")                        // harakat dropped
        #expect(n("Café  Crème") == "cafe creme")
        #expect(n("ООО «Новый Квартал»") == "ооо новыи квартал")
        #expect(n("شماره ۱۲۳") == "شماره 123")
        #expect(n("ＡＢＣ ﬁle") == "abc file")                  // NFKC: full-width and ligatures
        #expect(n("  Hello, World-42! ") == "hello world 42")
        #expect(n("") == "")
        #expect(SearchText.normalize("DIYARBAKIR", lang: "tr") == "dıyarbakır")  // Turkish dotless i by locale
        #expect(SearchText.normalize("DIYARBAKIR", lang: "en") == "diyarbakir")
    }

    /// The per-character table (fast) gives the whole-string reference's result: every text of
    /// the example's customers.csv and awkward cases (Hangul, jamo, ligatures, fractions, marks).
    @Test func tableMatchesTheReference() throws {
        let csv = TestProject.text(TestProject.repository.appendingPathComponent("content/data/customers.csv"))
        var texts = csv.split(whereSeparator: { $0 == "\n" || $0 == "," }).map(String.init)
        texts += ["Lakeside Home Center Co.", "O'Brien & Sons, LLC", "x\ty\nz", "한국어 가게", "ᄒ한ᅡᆫ", "ㄱㅏ", "ﾊﾝｶﾞｸ",
                  "½ ⅓ №5 ℃", "ǅemal", "ΟΔΟΣ ΣΟΦΟΣ", "İstanbul", "ﷺ ﻻ", "Straße", "e\u{301}cole", "😀 a😀b",
                  "انبوه‌سازی مهرگان", "مُحَمَّد", "شماره ۱۲۳ و ٤٥", "Ёжик в тумане", "ŠKODA Škoda", "\u{0}\u{7F}\u{85}"]
        for lang in ["en", "ru", "fa"] {
            var n = SearchNormalizer(lang: lang)
            for t in texts {
                n.reset(); n.add(t)
                #expect(n.text == SearchText.reference(t, lang: lang), "\(lang): \(t)")
            }
        }
        // Several parts are the parts joined with a space.
        var n = SearchNormalizer(lang: "en")
        n.add("Ёлка, "); n.add(""); n.add(" C-1 ")
        #expect(n.text == SearchText.reference("Ёлка,  C-1 ", lang: "en"))
        #expect(n.text == "елка c 1")
    }

    @Test func headingsOutsideCodeFences() {
        let md = "# Top\ntext\n## How to confirm ##\n```\n# not a heading\n```\n###No space\n### Third\n####### seven\n"
        #expect(SearchIndex.headings(md) == ["Top", "How to confirm", "Third"])
    }

    /// The index of the example: one entry per customer and playbook, valid JSON inside the
    /// script call, a Persian customer findable by its normalized name.
    @Test func exampleIndexHasEveryCustomerAndPlaybook() throws {
        let root = try TestProject.copyOfExample()
        try HandbookBuilder.build(BuildOptions(root: root))
        let out = root.appendingPathComponent("output")
        let index = try Self.index(out)
        let customers = try #require(index["k"] as? [[Any]])
        let playbooks = try #require(index["p"] as? [[Any]])
        let managers = try #require(index["m"] as? [[String]])
        let cities = try #require(index["c"] as? [[String]])
        let csv = TestProject.text(root.appendingPathComponent("content/data/customers.csv"))
        #expect(customers.count == csv.split(separator: "\n").count - 1)
        #expect(playbooks.count == (try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("content/playbooks").path)
            .filter { $0.hasSuffix(".md") }.count))
        let c007 = try #require(customers.first { $0[0] as? String == "C007" })
        #expect(c007[1] as? String == "ساختمانی تندیس")
        #expect((c007[5] as? String)?.contains("تندیس") == true)
        #expect(managers[c007[3] as! Int][0] == "مریم احمدی")
        #expect(cities[c007[4] as! Int][0] == "قم")
        let price = try #require(playbooks.first { $0[0] as? String == "playbooks/price.html" })
        #expect((price[4] as? String)?.contains("how to confirm") == true)
        #expect((price[4] as? String)?.contains("price") == true)
        // Every URL in the index is a page of the site.
        for c in customers { #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("customers/\(c[0]).html").path)) }
        for p in playbooks { #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(p[0] as! String).path)) }
    }

    @Test func searchPageWorksWithoutJavaScript() throws {
        let root = try TestProject.copyOfExample()
        try HandbookBuilder.build(BuildOptions(root: root))
        let out = root.appendingPathComponent("output")
        let page = TestProject.text(out.appendingPathComponent("search.html"))
        #expect(page.contains("<a href=\"customers/index.html\">"))
        #expect(page.contains("<a href=\"playbooks/index.html\">"))
        #expect(page.contains("data-index=\"search-index.js\""))
        #expect(page.contains("<script src=\"assets/search.js\" defer></script>"))
        // The search box in every page's header is a plain GET form (GET is a form's default) to
        // the search page.
        let dossier = TestProject.text(out.appendingPathComponent("customers/C007.html"))
        #expect(dossier.contains("<form class=\"nav-search\" action=\"../search.html\" role=\"search\">"))
        #expect(!dossier.contains("method=\"post\""))
        #expect(dossier.contains("name=\"q\""))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("assets/search.js").path))
    }

    /// `--shard i/n`: the search page and index are shared pages (shard 1 only), and the index
    /// depends on the whole model only, so shard 1 writes the bytes of a full build.
    @Test func shardOneHasTheFullIndex() throws {
        let root = try TestProject.copyOfExample()
        try HandbookBuilder.build(BuildOptions(root: root))
        let full = try Data(contentsOf: root.appendingPathComponent("output/" + SearchIndex.fileName))
        let model = try HandbookLoader.load(root: root).model
        let (templates, strings) = try HandbookBuilder.loadTemplates(root: root, model: model)
        let site = SiteContext(model: model, analysis: try Analyzer.analyze(model), strings: strings, templates: templates)
        let isSearch = { (p: PlannedPage) in p.kind == .search || p.kind == .searchIndex }
        let one = SitePlanner.plan(site, assets: [], shard: Shard("1/3"))
        let two = SitePlanner.plan(site, assets: [], shard: Shard("2/3"))
        #expect(one.filter(isSearch).map(\.path) == ["search.html", SearchIndex.fileName])
        #expect(!two.contains(where: isSearch))
        let page = try #require(one.first { $0.kind == .searchIndex })
        #expect(Data(PageRenderer(site: site, assets: [:]).render(page)) == full)
    }

    /// Names from data cannot close the script or inject markup: < > & are \u-escaped.
    @Test func hostileNamesAreEscapedInTheIndex() throws {
        let root = try TestProject.make([
            "content/handbook.yml": "title: T\nlocale: en_US\ncurrency: USD\n",
            "content/data/customers.csv": "id,name,city\nA1,\"</script><img src=x onerror=alert(1)>\",\"a\"\"b\\\\c\"\n",
            "content/data/orders.csv": "order_id,customer_id,date,amount\n1,A1,2024-01-01,10\n2,A1,2024-02-01,10\n",
        ])
        try HandbookBuilder.build(BuildOptions(root: root))
        let out = root.appendingPathComponent("output")
        let raw = TestProject.text(out.appendingPathComponent(SearchIndex.fileName))
        #expect(!raw.contains("<"))
        #expect(!raw.contains(">"))
        let index = try Self.index(out)
        let k = try #require(index["k"] as? [[Any]])
        #expect(k[0][1] as? String == "</script><img src=x onerror=alert(1)>")
        let c = try #require(index["c"] as? [[String]])
        #expect(c[0][0] == "a\"b\\\\c")
    }

    /// The JSON object inside `boomerangSearch(...);`.
    static func index(_ out: URL) throws -> [String: Any] {
        let text = TestProject.text(out.appendingPathComponent(SearchIndex.fileName))
        #expect(text.hasPrefix("boomerangSearch({"))
        #expect(text.hasSuffix("});\n"))
        let json = text.dropFirst("boomerangSearch(".count).dropLast(");\n".count)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }
}
