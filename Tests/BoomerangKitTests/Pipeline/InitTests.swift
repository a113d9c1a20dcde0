import BoomerangKit
import Foundation
import Testing

/// `boomerang init`: a new project in each language builds at once, empty and then with data.
@Suite struct InitTests {
    static let noData: [StarterLanguage: String] = [
        .en: "No data yet: put the company",
        .ru: "Данных пока нет",
        .ro: "Încă nu sunt date",
        .fa: "هنوز داده‌ای نیست",
    ]

    @Test(arguments: StarterLanguage.allCases)
    func newProjectBuildsEmptyThenWithData(language: StarterLanguage) throws {
        let dir = TestProject.temporaryFolder("init\(language.rawValue)").appendingPathComponent("handbook")
        let written = try ProjectTemplate.write(into: dir, language: language, source: TestProject.repository)
        #expect(written.contains("content/handbook.yml") && written.contains("templates/") && written.contains("content/playbooks/"))
        let config = TestProject.text(dir.appendingPathComponent("content/handbook.yml"))
        #expect(config.contains("\nlocale: \(language.locale)\n"))
        #expect(config.contains("\ncurrency: \(language.defaultCurrency)\n"))
        // The starters of the language, not the English example.
        let gifts = TestProject.text(dir.appendingPathComponent("content/playbooks/gifts.md"))
        #expect(gifts.contains("\nlang: \(language.rawValue)\n") && gifts.contains("\nroles:\n"))
        let customers = TestProject.text(dir.appendingPathComponent("content/data/customers.csv"))
        #expect(customers == "id,name,manager,contact_name,contact_role,channel,segment,city,since,email,referrals\n")

        try HandbookBuilder.build(BuildOptions(root: dir))
        let index = TestProject.text(dir.appendingPathComponent("output/index.html"))
        let lang = language.rawValue
        #expect(index.contains("<html lang=\"\(lang)\" dir=\"\(language == .fa ? "rtl" : "ltr")\">"))
        #expect(index.contains("<p class=\"notice\" role=\"status\">" + Self.noData[language]!))
        #expect(!index.contains("1970"), "no orders and no as_of: the footer leaves the date out")
        let alone = try #require(InterfaceStrings.load(root: dir, language: lang).lookup("footer_generated_alone"))
        #expect(index.contains("<footer class=\"site\">\n<p>" + alone.prefix { $0 != "'" }), "the footer's sentence starts it")

        // The example's data dropped in: the same project builds the full handbook.
        let data = TestProject.repository.appendingPathComponent("content/data")
        for file in try FileManager.default.contentsOfDirectory(atPath: data.path) where file.hasSuffix(".csv") {
            let target = dir.appendingPathComponent("content/data/" + file)
            try FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: data.appendingPathComponent(file), to: target)
        }
        try HandbookBuilder.build(BuildOptions(root: dir))
        let full = TestProject.text(dir.appendingPathComponent("output/index.html"))
        #expect(!full.contains("class=\"notice\""))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("output/customers/C014.html").path))
    }

    @Test func nonEmptyFolderIsRefusedAndLeftAlone() throws {
        let dir = TestProject.temporaryFolder()
        try Data("mine\n".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        let failure = #expect(throws: InitFailure.self) {
            try ProjectTemplate.write(into: dir, language: .en, source: TestProject.repository)
        }
        #expect(failure?.description == "\(dir.path) is not empty (it holds notes.txt): init writes only into a new or empty folder, so nothing was written")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["notes.txt"])
    }

    @Test func currencyOverridesTheLanguagesAndIsChecked() throws {
        let dir = TestProject.temporaryFolder().appendingPathComponent("md")
        try ProjectTemplate.write(into: dir, language: .ro, currency: "mdl", source: TestProject.repository)
        #expect(TestProject.text(dir.appendingPathComponent("content/handbook.yml")).contains("\ncurrency: MDL\n"))
        let other = TestProject.temporaryFolder().appendingPathComponent("bad")
        let failure = #expect(throws: InitFailure.self) {
            try ProjectTemplate.write(into: other, language: .ro, currency: "LEI1", source: TestProject.repository)
        }
        #expect(failure?.description == "--currency: expected a three-letter ISO 4217 code such as USD, EUR, RUB, RON or IRR, found \"LEI1\"")
        #expect(!FileManager.default.fileExists(atPath: other.path))
    }

    /// The shipped files are found from the binary's place in the checkout, and not elsewhere.
    @Test func sourceTreeIsTheCheckoutAboveTheBinary() throws {
        let binary = TestProject.repository.appendingPathComponent(".build/debug/boomerang")
        #expect(ProjectTemplate.sourceTree(executable: binary)?.standardizedFileURL.path == TestProject.repository.standardizedFileURL.path)
        #expect(ProjectTemplate.sourceTree(executable: URL(fileURLWithPath: "/usr/local/bin/boomerang")) == nil)
    }
}
