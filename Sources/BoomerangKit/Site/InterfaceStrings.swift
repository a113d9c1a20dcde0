import BoomerangModel
import Foundation

/// The interface strings of one language, from `templates/strings/<language>.yml`.
///
/// English is the reference: a key missing from the chosen language is a build error
/// naming the key and the file, and so is a key the code asks for that no file has.
/// A value is a text or, for words that follow a number, a map of plural forms
/// (`{one: "{0} day", other: "{0} days"}`; see `PluralRules`).
public struct InterfaceStrings: Sendable {
    public let language: String
    /// One text per key (the `other` form of plural keys): what templates print as `{{t.key}}`.
    public let values: [String: String]
    /// Plural forms by key, then by CLDR category (`one`, `few`, `many`, `other` ...).
    public let plurals: [String: [String: String]]
    /// Keys asked for that the file lacks; the build fails on them after rendering.
    private let misses = MissingKeys()
    /// `language` without its region ("pt" for "pt_BR"), for the plural rules.
    private let pluralLanguage: String

    public init(language: String, values: [String: String], plurals: [String: [String: String]] = [:]) {
        self.language = language
        self.values = values
        self.plurals = plurals
        pluralLanguage = PluralRules.baseLanguage(language)
    }

    /// Every key asked for and not found, sorted.
    public var missingKeys: [String] { misses.sorted }

    /// The value of `lang` attributes: BCP 47 writes `pt-BR` where file names may say `pt_BR`.
    public var languageTag: String { language.replacingOccurrences(of: "_", with: "-") }

    /// Loads `templates/strings/<language>.yml`, checked against `templates/strings/en.yml`.
    public static func load(root: URL, language: String) throws -> InterfaceStrings {
        let available = availableLanguages(root: root)
        // Only names of existing files are accepted, so `language:` can never point outside strings/.
        guard available.contains(language) else {
            let list = available.isEmpty ? "none" : available.joined(separator: ", ")
            throw BuildFailure(StringsFile.languageSetting(root: root),
                               "unknown language '\(language)': templates/strings/ has \(list) (set `language:` to one of them, or add templates/strings/\(language).yml)")
        }
        let reference = try StringsFile.read(root: root, language: "en")
        guard language != "en" else { return reference.strings(language: "en") }
        let chosen = try StringsFile.read(root: root, language: language)
        let problems = chosen.problems(against: reference)
        if !problems.isEmpty { throw BuildFailure(problems) }
        return chosen.strings(language: language)
    }

    /// Languages with a strings file, sorted: `templates/strings/<language>.yml`.
    public static func availableLanguages(root: URL) -> [String] {
        let dir = root.appendingPathComponent("templates/strings")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".yml") && !$0.hasPrefix(".") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The text for `key` when the file has it; for values from data such as a channel name.
    public func lookup(_ key: String) -> String? { values[key] }

    /// The text for `key`; `{0}`, `{1}` ... are replaced by `args`. An unknown key is
    /// remembered (the build then fails naming it) and shows as the key itself.
    public func callAsFunction(_ key: String, _ args: String...) -> String {
        callAsFunction(key, arguments: args)
    }

    /// The same, with the arguments in an array (a priority fact carries a varying number).
    public func callAsFunction(_ key: String, arguments args: [String]) -> String {
        guard let text = values[key] else { misses.insert(key); return key }
        return Self.fill(text, args)
    }

    /// The form of `key` that goes with `count` (shown with `fractionDigits` decimals), filled
    /// with `args` (usually the formatted count): "1 day", "2 дня", "5 дней".
    public func plural(_ key: String, count: Double, fractionDigits: Int = 0, _ args: String...) -> String {
        guard let other = values[key] else { misses.insert(key); return key }
        let category = PluralRules.category(base: pluralLanguage, count: count, fractionDigits: fractionDigits)
        return Self.fill(plurals[key]?[category] ?? other, args)
    }

    /// `{0}` ... `{9}` in `template` replaced by `args`, byte by byte in one pass (this runs a
    /// few times per dossier). An argument is inserted as it is and never searched for
    /// placeholders itself, so a customer named "{1}" stays "{1}"; a placeholder next to a
    /// combining mark is replaced like any other. (Foundation's `replacingOccurrences`, one
    /// placeholder after the other, gets both wrong; it is this function's reference in the tests
    /// where it is right.)
    static func fill(_ template: String, _ args: [String]) -> String {
        guard !args.isEmpty else { return template }
        var out: [UInt8] = []
        var template = template
        template.withUTF8 { t in
            let n = t.count
            out.reserveCapacity(n + 16)
            var i = 0
            var run = 0
            while i + 2 < n {
                let d = Int(t[i + 1]) - 48
                guard t[i] == UInt8(ascii: "{"), d >= 0, d < min(args.count, 10), t[i + 2] == UInt8(ascii: "}") else { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: t[run..<i]))
                out.append(contentsOf: args[d].utf8)
                i += 3
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: t[run..<n]))
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A thread-safe set of missing keys (rendering runs on several threads).
final class MissingKeys: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: Set<String> = []
    func insert(_ key: String) { lock.lock(); keys.insert(key); lock.unlock() }
    var sorted: [String] { lock.lock(); defer { lock.unlock() }; return keys.sorted() }
}
