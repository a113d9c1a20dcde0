import BoomerangCharts
import BoomerangKit
import Foundation
import Testing

/// Interface languages: the strings files against the English reference, and the example
/// built in Russian, Romanian and Persian (language, direction, words, numbers and dates).
@Suite struct LanguageTests {
    /// A copy of the example whose handbook.yml says `settings` instead of the locale and currency lines.
    static func example(_ settings: String, name: String = #function) throws -> URL {
        let root = try TestProject.copyOfExample(name)
        let config = root.appendingPathComponent("content/handbook.yml")
        let lines = TestProject.text(config).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("locale:") && !$0.hasPrefix("currency:") }
        try Data((lines.map(String.init) + [settings]).joined(separator: "\n").utf8).write(to: config)
        return root
    }

    /// The build's failure message, or "" when it succeeded.
    static func failure(_ root: URL) -> String {
        do { try HandbookBuilder.build(BuildOptions(root: root)); return "" } catch { return "\(error)" }
    }

    static func keys(_ language: String) throws -> Set<String> {
        let s = try InterfaceStrings.load(root: TestProject.repository, language: language)
        return Set(s.values.keys)
    }

    @Test func everyStringsFileHasExactlyTheReferenceKeys() throws {
        let languages = InterfaceStrings.availableLanguages(root: TestProject.repository)
        #expect(languages.contains("ru") && languages.contains("fa") && languages.contains("ro"))
        let reference = try Self.keys("en")
        for language in languages {
            let keys = try Self.keys(language)
            #expect(keys == reference, "\(language).yml: missing \(reference.subtracting(keys).sorted()), extra \(keys.subtracting(reference).sorted())")
        }
    }

    /// Chart words are interface strings too: en.yml carries every chart key with the chart's English text.
    @Test func chartWordsComeFromTheStringsFiles() throws {
        let en = try InterfaceStrings.load(root: TestProject.repository, language: "en")
        for (key, text) in ChartStrings.english { #expect(en.lookup("chart." + key) == text, "chart.\(key)") }
        #expect(en.values.keys.filter { $0.hasPrefix("chart.") }.count == ChartStrings.english.count)
    }

    @Test func russianPluralForms() throws {
        let ru = try InterfaceStrings.load(root: TestProject.repository, language: "ru")
        let days = [1, 2, 5, 11, 12, 21, 22, 25, 111].map { ru.plural("duration_days", count: Double($0), String($0)) }
        #expect(days == ["1 день", "2 дня", "5 дней", "11 дней", "12 дней", "21 день", "22 дня", "25 дней", "111 дней"])
        #expect(ru.plural("duration_years", count: 2.5, fractionDigits: 1, "2,5") == "2,5 года")
        #expect(ru.plural("duration_years", count: 5, "5") == "5 лет")
        let en = try InterfaceStrings.load(root: TestProject.repository, language: "en")
        #expect(en.plural("count_orders", count: 1, "1") == "1 order")
        #expect(en.plural("count_orders", count: 0, "0") == "0 orders")
        #expect(en.plural("duration_years", count: 1, fractionDigits: 1, "1.0") == "1.0 years")
    }

    @Test func russianHandbook() throws {
        let root = try Self.example("locale: ru_RU\ncurrency: RUB")
        try HandbookBuilder.build(BuildOptions(root: root))
        let out = root.appendingPathComponent("output")
        let index = TestProject.text(out.appendingPathComponent("index.html"))
        #expect(index.contains("<html lang=\"ru\" dir=\"ltr\">"))
        #expect(index.contains("<h2 id=\"h-winback\">Вернуть в первую очередь</h2>"))
        #expect(index.contains("<a href=\"index.html\">Справочник</a>"))
        #expect(index.contains("Отток за последний год"))
        #expect(index.contains("1\u{A0}261\u{A0}228\u{A0}₽"))   // money lost a year: no-break spaces in ru
        #expect(index.contains("9,5\u{A0}%"))   // churn over the last year: the last 12 months compounded
        let dossier = TestProject.text(out.appendingPathComponent("customers/C014.html"))
        #expect(dossier.contains("<html lang=\"ru\" dir=\"ltr\">"))
        #expect(dossier.contains("Досье клиента · C014"))
        #expect(dossier.contains("<dd>75 (79 заказов)\n"))
        #expect(dossier.contains("18 июня 2026\u{202F}г. (135 дней назад)"))   // ICU: narrow no-break space before г.
        #expect(dossier.contains("<dd>31 день"))
        #expect(dossier.contains("С 12 августа 2026\u{202F}г.; последняя покупка — 4 месяца назад."))
        #expect(dossier.contains("1\u{A0}849\u{A0}635\u{A0}₽"))
        #expect(dossier.contains(">Хронология покупок<"))   // chart title from ru.yml
        #expect(!dossier.contains(">Purchase timeline<"))
    }

    /// Romanian counts: one for 1; few for 0, 2-19 and numbers ending in 01-19; other ("20 de zile").
    @Test func romanianPluralForms() throws {
        let ro = try InterfaceStrings.load(root: TestProject.repository, language: "ro")
        let days = [0, 1, 2, 19, 20, 101, 102, 119, 120].map { ro.plural("duration_days", count: Double($0), String($0)) }
        #expect(days == ["0 zile", "1 zi", "2 zile", "19 zile", "20 de zile", "101 zile", "102 zile", "119 zile", "120 de zile"])
        #expect(ro.plural("duration_years", count: 1.5, fractionDigits: 1, "1,5") == "1,5 ani")
        #expect(ro.plural("count_orders", count: 79, "79") == "79 de comenzi")
    }

    @Test func romanianHandbook() throws {
        let root = try Self.example("locale: ro_RO\ncurrency: RON")
        try HandbookBuilder.build(BuildOptions(root: root))
        let out = root.appendingPathComponent("output")
        let index = TestProject.text(out.appendingPathComponent("index.html"))
        #expect(index.contains("<html lang=\"ro\" dir=\"ltr\">"))
        #expect(index.contains("<h2 id=\"h-winback\">De recâștigat mai întâi</h2>"))
        #expect(index.contains("<a href=\"index.html\">Ghid</a>"))
        #expect(index.contains("Pierderea de clienți în ultimul an"))
        #expect(index.contains("1.261.228\u{A0}RON"))   // money lost a year: dot groups, no-break space before the code
        #expect(index.contains("<dd>9,5\u{A0}%<dd"))   // decimal comma, no-break space before %
        let dossier = TestProject.text(out.appendingPathComponent("customers/C014.html"))
        #expect(dossier.contains("<html lang=\"ro\" dir=\"ltr\">"))
        #expect(dossier.contains("Dosarul clientului · C014"))
        #expect(dossier.contains("<dd>75 (79 de comenzi)\n"))
        #expect(dossier.contains("18 iunie 2026 (acum 135 de zile)"))
        #expect(dossier.contains("<dd>31 de zile"))
        #expect(dossier.contains("Din 12 august 2026; ultima cumpărare acum 4 luni."))
        #expect(dossier.contains("1.849.635\u{A0}RON"))
        #expect(dossier.contains(">Cronologia cumpărărilor<"))
        #expect(!dossier.contains(">Purchase timeline<"))
    }

    @Test func persianHandbookIsRightToLeft() throws {
        let root = try Self.example("locale: fa_IR\ncurrency: IRR")
        try HandbookBuilder.build(BuildOptions(root: root))
        let out = root.appendingPathComponent("output")
        let index = TestProject.text(out.appendingPathComponent("index.html"))
        #expect(index.contains("<html lang=\"fa\" dir=\"rtl\">"))
        #expect(index.contains("<h2 id=\"h-winback\">اول این‌ها را بازگردانید</h2>"))
        #expect(index.contains("ریزش در سال گذشته"))
        #expect(index.contains("۹٫۵٪"))   // Persian digits, Persian decimal separator
        let dossier = TestProject.text(out.appendingPathComponent("customers/C014.html"))
        #expect(dossier.contains("<html lang=\"fa\" dir=\"rtl\">"))
        #expect(dossier.contains("پروندهٔ مشتری · C014"))
        #expect(dossier.contains("<dd>۷۵ (۷۹ سفارش)\n"))
        #expect(dossier.contains("۲۸ خرداد ۱۴۰۵ (۱۳۵ روز پیش)"))   // Persian calendar
        #expect(dossier.contains("ریال\u{A0}۱٬۸۴۹٬۶۳۵"))
        #expect(dossier.contains("گاه‌شمار خریدها"))
        #expect(!dossier.contains("Purchase timeline"))
        // A Persian comma between the gift's severity and the contact's role.
        #expect(dossier.contains("(آسیب جدی، director)"))
        // Reasons are separated by the Persian semicolon, with none after the last one.
        let twoReasons = TestProject.text(out.appendingPathComponent("customers/C002.html"))
        #expect(twoReasons.contains("Rude or dismissive staff</a>؛ <a href=\"../playbooks/service_quality.html\">Poor service quality</a>. رفت به سوی:"))
        let markdown = TestProject.text(out.appendingPathComponent("customers/C002.md"))
        #expect(markdown.contains("Rude or dismissive staff؛ Poor service quality. رفت به سوی:"))
    }

    /// The dossier email speaks the handbook's language too: subject, plural forms, footer.
    @Test func russianDossierEmail() throws {
        let root = try Self.example("locale: ru_RU\ncurrency: RUB")
        let source = try DossierSource.load(root: root)
        let c = try #require(source.site.model.customers.firstIndex { $0.id == "C014" })
        let mail = try source.email(c, step: source.site.plan(c).first, to: try source.recipient(c))
        #expect(mail.subject == "Досье: Lakeshore Development Group, визит до 2 ноября 2026\u{202F}г.")
        #expect(mail.html.contains("<html lang=\"ru\" dir=\"ltr\">"))
        #expect(mail.text.contains("Покупки: 75 (79 заказов)"))
        #expect(mail.text.contains("Данные на 31 октября 2026\u{202F}г."))
    }

    /// `language:` picks the words; the locale still formats numbers and dates, and the page
    /// direction follows the words.
    @Test func languageKeyOverridesTheLocalesLanguage() throws {
        let root = try Self.example("locale: fa_IR\nlanguage: en\ncurrency: IRR")
        try HandbookBuilder.build(BuildOptions(root: root))
        let dossier = TestProject.text(root.appendingPathComponent("output/customers/C014.html"))
        #expect(dossier.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(dossier.contains("<dd>۷۵ (۷۹ orders)\n"))
        #expect(dossier.contains("Customer dossier"))
        #expect(!dossier.contains("\u{202B}"), "English words: the charts are not mirrored")
    }

    /// Persian words with US formats: the pages and the charts read right to left.
    @Test func persianWordsWithAnEnglishLocale() throws {
        let root = try Self.example("locale: en_US\nlanguage: fa\ncurrency: USD")
        try HandbookBuilder.build(BuildOptions(root: root))
        let dossier = TestProject.text(root.appendingPathComponent("output/customers/C014.html"))
        #expect(dossier.contains("<html lang=\"fa\" dir=\"rtl\">"))
        #expect(dossier.contains("<dd>75 (79 سفارش)\n"))
        #expect(dossier.contains("$1,849,635"))
        #expect(dossier.contains("\u{202B}گاه‌شمار خریدها\u{202C}"), "chart titles embedded right to left")
    }

    @Test func missingKeyFailsNamingKeyAndFile() throws {
        let root = try Self.example("locale: ru_RU\ncurrency: RUB")
        let ru = root.appendingPathComponent("templates/strings/ru.yml")
        let text = TestProject.text(ru).split(separator: "\n").filter { !$0.hasPrefix("dossier_kicker:") }.joined(separator: "\n")
        try Data(text.utf8).write(to: ru)
        let en = TestProject.text(root.appendingPathComponent("templates/strings/en.yml")).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(en.firstIndex { $0.hasPrefix("dossier_kicker:") }) + 1
        #expect(Self.failure(root) == "templates/strings/ru.yml:1:1: missing string 'dossier_kicker' (templates/strings/en.yml:\(line) has it)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }

    @Test func misspelledKeyAndLostPlaceholderAreErrors() throws {
        let root = try Self.example("locale: ru_RU\ncurrency: RUB")
        let ru = root.appendingPathComponent("templates/strings/ru.yml")
        var lines = TestProject.text(ru).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let subject = try #require(lines.firstIndex { $0.hasPrefix("email_subject:") })
        lines[subject] = "email_subject: \"Досье\""
        lines.append("dossier_kiker: Досье")
        try Data(lines.joined(separator: "\n").utf8).write(to: ru)
        let message = Self.failure(root)
        #expect(message.contains("templates/strings/ru.yml:\(subject + 1):1: 'email_subject': the text lacks the placeholder {0} that templates/strings/en.yml has"), "\(message)")
        #expect(message.contains("templates/strings/ru.yml:\(lines.count):1: unknown string 'dossier_kiker': templates/strings/en.yml has no such key"), "\(message)")
    }

    @Test func unknownLanguageNamesTheAvailableOnes() throws {
        let root = try Self.example("language: de\nlocale: de_DE\ncurrency: EUR")
        let config = TestProject.text(root.appendingPathComponent("content/handbook.yml")).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(config.firstIndex { $0.hasPrefix("language:") }) + 1
        let available = InterfaceStrings.availableLanguages(root: root)
        #expect(available.contains("en") && available.contains("fa") && available.contains("ru"))
        #expect(Self.failure(root) == "content/handbook.yml:\(line):11: unknown language 'de': templates/strings/ has \(available.joined(separator: ", ")) (set `language:` to one of them, or add templates/strings/de.yml)")
    }

    /// The stylesheet mirrors for right-to-left pages only if it says start/end, never left/right
    /// (a box pushed far to the left once made every Persian page scroll sideways).
    @Test func stylesheetUsesLogicalDirections() throws {
        let css = TestProject.text(TestProject.repository.appendingPathComponent("templates/assets/style.css"))
        var physical: [String] = []
        for (i, line) in css.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = line.components(separatedBy: "/*").first ?? ""
            if code.range(of: #"(^|[^a-z-])(left|right)\s*:|-(left|right)\b|:\s*(left|right)\b"#, options: .regularExpression) != nil {
                physical.append("style.css:\(i + 1): \(line)")
            }
        }
        #expect(physical.isEmpty, "\(physical)")
    }

    /// A language name is only ever a file name in templates/strings/, never a path.
    @Test func languageCannotNameAPath() throws {
        let root = try Self.example("language: ../../content/handbook\nlocale: en_US\ncurrency: USD")
        #expect(Self.failure(root).contains("unknown language '../../content/handbook'"))
    }
}
