@testable import BoomerangKit
@testable import BoomerangServe
import Foundation
import Testing

/// The server's own pages speak the handbook's language, from the strings files, and fall back
/// to English when those cannot be read.
@Suite struct ServeWordsTests {
    static func project(_ language: StarterLanguage, name: String = #function) throws -> URL {
        let dir = TestProject.temporaryFolder(name).appendingPathComponent("p")
        try ProjectTemplate.write(into: dir, language: language, source: TestProject.repository)
        return dir
    }

    @Test func persianErrorPageIsRightToLeftWithPersianDigits() throws {
        let words = ServeWords.load(root: try Self.project(.fa))
        let html = String(decoding: ServePages.buildError(["a.md:1:1: x", "b.md:2:2: y"], generation: 1, words: words), as: UTF8.self)
        #expect(html.contains("<html lang=\"fa\" dir=\"rtl\">"))
        #expect(html.contains("<h1>ساخت راهنما ناموفق بود: ۲ مشکل</h1>"))
        #expect(html.contains("<pre id=\"__boomerang_problems\" dir=\"ltr\">a.md:1:1: x\nb.md:2:2: y</pre>"))
        let missing = String(decoding: ServePages.notFound("/x<y", generation: 1, words: words), as: UTF8.self)
        #expect(missing.contains("<h1>صفحه پیدا نشد</h1>") && missing.contains("<code dir=\"ltr\">/x&lt;y</code>"))
    }

    @Test func russianAndRomanianPluralForms() throws {
        let ru = ServeWords.load(root: try Self.project(.ru))
        #expect(ru.problems(1) == "1 проблема" && ru.problems(3) == "3 проблемы" && ru.problems(5) == "5 проблем")
        let ro = ServeWords.load(root: try Self.project(.ro))
        #expect(ro.problems(1) == "1 problemă" && ro.problems(2) == "2 probleme" && ro.problems(20) == "20 de probleme")
        #expect(ro["serve_not_found"] == "Pagina nu există")
    }

    /// A broken strings file (what the failed build may be about) still gives a readable page.
    @Test func brokenStringsFallBackToEnglish() throws {
        let root = try Self.project(.ru)
        try Data("serve_not_found: [".utf8).write(to: root.appendingPathComponent("templates/strings/ru.yml"))
        let words = ServeWords.load(root: root)
        let html = String(decoding: ServePages.buildError(["x"], generation: 1, words: words), as: UTF8.self)
        #expect(html.contains("<html lang=\"en\" dir=\"ltr\">") && html.contains("<h1>Build failed: 1 problem</h1>"))
    }

    /// The English built into the server is en.yml's text.
    @Test func builtInEnglishIsTheReferenceText() throws {
        let en = try InterfaceStrings.load(root: TestProject.repository, language: "en")
        for (key, text) in ServeWords.english { #expect(en.lookup(key) == text, "\(key)") }
        #expect(en.lookup("serve_problems") == "{0} problems")
    }
}
