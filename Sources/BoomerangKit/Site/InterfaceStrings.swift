import BoomerangModel
import Foundation
import Yams

/// The interface strings of one language, from `templates/strings/<language>.yml`.
///
/// English is the reference: a key missing from the chosen language is a build error
/// naming the key and the file, and so is a key the code asks for that no file has.
public struct InterfaceStrings: Sendable {
    public let language: String
    public let values: [String: String]
    /// Keys asked for that the file lacks; the build fails on them after rendering.
    private let misses = MissingKeys()

    public init(language: String, values: [String: String]) {
        self.language = language
        self.values = values
    }

    /// Every key asked for and not found, sorted.
    public var missingKeys: [String] { misses.sorted }

    /// Loads `templates/strings/<language>.yml`, checked against `templates/strings/en.yml`.
    public static func load(root: URL, language: String) throws -> InterfaceStrings {
        let reference = try readFile(root: root, language: "en")
        guard language != "en" else { return InterfaceStrings(language: "en", values: reference) }
        let chosen = try readFile(root: root, language: language)
        let file = "templates/strings/\(language).yml"
        var problems: [Diagnostic] = []
        for key in reference.keys.sorted() where chosen[key] == nil {
            problems.append(Diagnostic(SourceLocation(file: file), "missing string '\(key)' (present in templates/strings/en.yml)"))
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
        return InterfaceStrings(language: language, values: chosen)
    }

    private static func readFile(root: URL, language: String) throws -> [String: String] {
        let file = "templates/strings/\(language).yml"
        let url = root.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw BuildFailure(SourceLocation(file: file), "cannot read the strings file for language '\(language)' (set `language:` in content/handbook.yml to one of the files in templates/strings/)")
        }
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch {
            throw BuildFailure(SourceLocation(file: file), "not valid YAML: \(error)")
        }
        guard case .mapping(let mapping)? = node else {
            throw BuildFailure(SourceLocation(file: file), "expected a mapping of key: text")
        }
        var values: [String: String] = [:]
        for (k, v) in mapping {
            guard let key = k.string, let value = v.string else {
                throw BuildFailure(SourceLocation(file: file, line: k.mark?.line ?? 0), "expected key: text")
            }
            values[key] = value
        }
        return values
    }

    /// The text for `key` when the file has it; for values from data such as a channel name.
    public func lookup(_ key: String) -> String? { values[key] }

    /// The text for `key`; `{0}`, `{1}` ... are replaced by `args`. An unknown key is
    /// remembered (the build then fails naming it) and shows as the key itself.
    public func callAsFunction(_ key: String, _ args: String...) -> String {
        guard var text = values[key] else { misses.insert(key); return key }
        for (i, a) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: a) }
        return text
    }

}

/// A thread-safe set of missing keys (rendering runs on several threads).
final class MissingKeys: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: Set<String> = []
    func insert(_ key: String) { lock.lock(); keys.insert(key); lock.unlock() }
    var sorted: [String] { lock.lock(); defer { lock.unlock() }; return keys.sorted() }
}
