import Foundation

/// Why `boomerang init` wrote nothing; the message says what to do instead.
public struct InitFailure: Error, CustomStringConvertible, Equatable {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// `boomerang init`: a new handbook project that builds at once (an empty handbook saying there
/// is no data yet), with the templates and the language's starter playbooks copied from a
/// Boomerang checkout (or a copy of its templates/ and starters/ folders).
public enum ProjectTemplate {
    /// The folders a source must hold: init copies templates/ and one language's starters.
    static let sourceFolders = ["templates", "starters"]

    /// What init copies for a language: (folder in the source, folder in the new project).
    /// The starters are written in the language itself (starters/<lang>/playbooks/), not
    /// the English example in content/playbooks/.
    static func copiedFolders(_ language: StarterLanguage) -> [(from: String, to: String)] {
        [("templates", "templates"), ("starters/\(language.rawValue)/playbooks", "content/playbooks")]
    }

    /// Writes the project into `dir` (created if missing) and returns the files and folders
    /// written, relative to `dir`. `source` is a Boomerang checkout (see `sourceTree`).
    @discardableResult
    public static func write(into dir: URL, language: StarterLanguage, currency: String? = nil, source: URL) throws -> [String] {
        let code = try checkedCurrency(currency ?? language.defaultCurrency)
        try requireEmptyOrMissing(dir)
        let fm = FileManager.default
        for folder in copiedFolders(language) where !isDirectory(source.appendingPathComponent(folder.from)) {
            throw InitFailure("\(source.path) has no \(folder.from)/: it is neither a Boomerang checkout nor a copy of its templates/ and starters/ folders")
        }
        var written: [String] = []
        try fm.createDirectory(at: dir.appendingPathComponent("content/data"), withIntermediateDirectories: true)
        try write(StarterFiles.handbookYAML(language: language, currency: code), to: dir, "content/handbook.yml", &written)
        for (file, header) in StarterFiles.dataHeaders {
            try write(header + "\n", to: dir, "content/data/" + file, &written)
        }
        try write(StarterFiles.dataReadme, to: dir, "content/data/README.md", &written)
        for folder in copiedFolders(language) {
            try fm.copyItem(at: source.appendingPathComponent(folder.from), to: dir.appendingPathComponent(folder.to))
            written.append(folder.to + "/")
        }
        return written
    }

    /// An ISO 4217-shaped code: three letters, written in capitals whatever case was typed.
    /// Whether the code exists is left to the build, which reports it against handbook.yml.
    static func checkedCurrency(_ raw: String) throws -> String {
        let code = raw.uppercased()
        guard code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw InitFailure("--currency: expected a three-letter ISO 4217 code such as USD, EUR, RUB, RON or IRR, found \"\(raw)\"")
        }
        return code
    }

    /// Init never mixes its files with someone else's: an existing folder must be empty.
    static func requireEmptyOrMissing(_ dir: URL) throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir.path, isDirectory: &isDir) else { return }
        guard isDir.boolValue else { throw InitFailure("\(dir.path) is a file, not a folder: choose a new folder name") }
        let entries = (try? fm.contentsOfDirectory(atPath: dir.path)) ?? []
        if !entries.isEmpty {
            let more = entries.count > 1 ? " and \(entries.count - 1) more" : ""
            throw InitFailure("\(dir.path) is not empty (it holds \(entries.sorted()[0])\(more)): init writes only into a new or empty folder, so nothing was written")
        }
    }

    /// The Boomerang checkout the running binary was built in: the nearest folder above
    /// `executable` holding Package.swift, templates/ and starters/ (a SwiftPM
    /// binary lives in CHECKOUT/.build/debug/). Nil when the binary was copied elsewhere.
    public static func sourceTree(executable: URL) -> URL? {
        var dir = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        while dir.path != "/" && !dir.path.isEmpty {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path)
                && sourceFolders.allSatisfy({ isDirectory(dir.appendingPathComponent($0)) }) {
                return dir
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }

    private static func write(_ text: String, to dir: URL, _ path: String, _ written: inout [String]) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(path))
        written.append(path)
    }
}
