@testable import BoomerangKit
import Foundation
import Testing

/// The link scanner (memchr for each `=`) against the plain byte loop it replaced.
@Suite struct LinkScanTests {
    /// The loop as it was: every byte checked for `="`, then the attribute name before it.
    static func reference(_ html: [UInt8]) -> [String] {
        var refs: [String] = []
        let p = html, n = p.count
        var i = 5
        while i + 1 < n {
            if p[i] == 61 && p[i + 1] == 34 {
                let isHref = i >= 5 && p[i - 5] == 32 && p[i - 4] == 104 && p[i - 3] == 114 && p[i - 2] == 101 && p[i - 1] == 102
                let isSrc = i >= 4 && p[i - 4] == 32 && p[i - 3] == 115 && p[i - 2] == 114 && p[i - 1] == 99
                if isHref || isSrc {
                    var j = i + 2
                    while j < n && p[j] != 34 { j += 1 }
                    refs.append(String(decoding: p[(i + 2)..<j], as: UTF8.self))
                    i = j
                }
            }
            i += 1
        }
        return refs
    }

    @Test(arguments: [
        "",
        "href=\"a\"",
        "<a href=\"x.html\">x</a><img src=\"y.svg\">",
        "<a  href=\"\">empty</a>",
        "<a href=\"unterminated",
        "<a href=\"",
        "<a href=",
        "<p data-href=\"no\" xhref=\"no\" href =\"no\"> src=\"yes\"",
        "<svg><rect fill=\"#fff\"/><a href=\"../customers/S1.html#top\">é</a></svg>=\"",
        "==\"\" href=\"a\"href=\"b\" src=\"c\"",
    ])
    func sameReferencesAsTheByteLoop(_ html: String) {
        let bytes = Array(html.utf8)
        #expect(LinkChecker.references(in: bytes) == Self.reference(bytes))
    }

    @Test func samePagesOfTheExample() throws {
        let root = try TestProject.copyOfExample()
        try HandbookBuilder.build(BuildOptions(root: root))
        var pages = 0
        for (path, data) in TestProject.snapshot(root.appendingPathComponent("output")) where path.hasSuffix(".html") {
            let bytes = Array(data)
            #expect(LinkChecker.references(in: bytes) == Self.reference(bytes), "\(path)")
            pages += 1
        }
        #expect(pages > 100)
    }

    /// A reference with no folder part is resolved without walking parts; the answers are the
    /// walk's (the last five take the general path). A folder means its index page.
    @Test(arguments: [
        ("S1.md", "customers/S1.html", "customers/S1.md"),
        ("page-2.html", "customers/by-priority/page-1.html", "customers/by-priority/page-2.html"),
        ("search.html", "index.html", "search.html"),
        ("x.html", "a/b/c.html", "a/b/x.html"),
        ("..", "customers/S1.html", "index.html"),
        (".", "customers/S1.html", "customers/index.html"),
        ("./S2.html", "customers/S1.html", "customers/S2.html"),
        ("S2.html#orders", "customers/S1.html", "customers/S2.html"),
        ("../playbooks/..", "customers/S1.html", "index.html"),
    ])
    func resolvesReferencesInTheSameFolder(_ ref: String, _ page: String, _ expected: String) {
        #expect(LinkChecker.resolve(ref, from: page) == expected)
    }

    /// The byte walk against the walk over Characters, on random references and pages made of
    /// the pieces that matter (dots, slashes, fragments, queries, schemes, a combining mark).
    @Test func resolvesAsTheCharacterWalk() {
        var rng = SeededRandom(state: 7)
        let refPieces = ["..", ".", "/", "//", "#", "?", ":", "a", "S1.html", "index.html", "x/", "é", "\u{301}", ""]
        let pagePieces = ["customers", "/", "S1.html", "a", "b", "index.html", "..", ".", "я"]
        for _ in 0..<20_000 {
            var ref = "", page = ""
            for _ in 0..<Int.random(in: 0...6, using: &rng) { ref += refPieces.randomElement(using: &rng)! }
            for _ in 0..<Int.random(in: 0...5, using: &rng) { page += pagePieces.randomElement(using: &rng)! }
            #expect(LinkChecker.resolve(ref, from: page) == LinkChecker.resolveCharacters(ref, from: page),
                    "\(ref.debugDescription) from \(page.debugDescription)")
        }
    }
}
