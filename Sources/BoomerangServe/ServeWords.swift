import BoomerangKit
import BoomerangModel
import Foundation

/// The words of the server's own pages (build failed, not found) in the handbook's language,
/// from templates/strings/ like every other page, with counts in the locale's digits.
/// The build that failed may be about the strings themselves, so any key the files cannot
/// give falls back to the English built in here (the same text as en.yml).
struct ServeWords: Sendable {
    static let english: [String: String] = [
        "serve_build_failed": "Build failed",
        "serve_fix_and_wait": "Fix the files above; this page reloads by itself when the handbook builds again. Until then the last good build stays in the output folder.",
        "serve_not_found": "Not found",
        "serve_no_page": "The handbook has no page at this address:",
        "serve_front_page": "Go to the front page",
    ]

    let lang: String
    let dir: String
    private let strings: InterfaceStrings?
    private let format: LocaleFormatter?

    /// English with Latin digits: before the first build has read anything.
    static let fallback = ServeWords(lang: "en", strings: nil, format: nil)

    private init(lang: String, strings: InterfaceStrings?, format: LocaleFormatter?) {
        self.lang = lang
        dir = SiteContext.direction(lang)
        self.strings = strings
        self.format = format
    }

    /// The words of the project at `root`, as its files are now.
    static func load(root: URL) -> ServeWords {
        let (language, locale) = HandbookLanguage.read(root: root)
        guard let strings = try? InterfaceStrings.load(root: root, language: language) else { return fallback }
        let day = Day(raw: 0)
        return ServeWords(lang: strings.languageTag, strings: strings,
                          format: LocaleFormatter(localeID: locale, currency: "USD", days: day...day))
    }

    subscript(key: String) -> String {
        strings?.lookup(key) ?? Self.english[key] ?? key
    }

    /// "3 problems", in the language's plural form and the locale's digits.
    func problems(_ n: Int) -> String {
        let count = format?.integer(n) ?? String(n)
        if let strings, strings.lookup("serve_problems") != nil {
            return strings.plural("serve_problems", count: Double(n), count)
        }
        return n == 1 ? "\(count) problem" : "\(count) problems"
    }
}
