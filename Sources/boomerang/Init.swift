import ArgumentParser
import BoomerangKit
import Foundation

extension StarterLanguage: ExpressibleByArgument {}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new handbook project in DIR: settings, header-only data files, playbooks and templates.",
        discussion: """
        Writes content/handbook.yml (the language's locale and currency, a comment on every key), \
        content/data/ (header-only CSV files and a README), and copies templates/ and the \
        language's starter playbooks (starters/<lang>/playbooks/, written in that language) into \
        content/playbooks/, from the Boomerang checkout this binary was built in, or from --from. \
        DIR must be new or empty. The project builds at once: an empty handbook that says there \
        is no data yet.
        """
    )

    @Argument(help: ArgumentHelp("The folder to create (or an empty one).", valueName: "DIR"))
    var dir: String

    @Option(name: .long, help: ArgumentHelp("Interface language and locale: en (en_US), ru (ru_RU), ro (ro_RO), fa (fa_IR).", valueName: "en|ru|ro|fa"))
    var lang: StarterLanguage = .en

    @Option(name: .long, help: ArgumentHelp("Currency of the amounts (default: USD, RUB, RON or IRR by language).", valueName: "CODE"))
    var currency: String?

    @Option(name: .long, help: ArgumentHelp("A Boomerang checkout, or a folder holding a copy of its templates/ and starters/, to copy from (default: the checkout this binary was built in).", valueName: "DIR"))
    var from: String?

    func run() throws {
        let target = URL(fileURLWithPath: dir, isDirectory: true).standardizedFileURL
        let found = from.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
            ?? ProjectTemplate.sourceTree(executable: Self.executable())
        guard let source = found else {
            failInit("this binary (\(Self.executable().path)) is not inside a Boomerang checkout, so there are no templates and starter playbooks to copy; name a checkout, or a folder holding a copy of its templates/ and starters/, with --from DIR")
        }
        do {
            try ProjectTemplate.write(into: target, language: lang, currency: currency, source: source)
        } catch let failure as InitFailure {
            failInit(failure.description)
        }
        let code = (currency ?? lang.defaultCurrency).uppercased()
        print("Created a handbook project in \(dir) (\(lang.locale), \(code)), with templates and playbooks from \(source.path).")
        print("Put the company's data into \(dir)/content/data/ (see its README.md), then:")
        print("")
        print("  boomerang build --root \(Self.quoted(dir))")
        #if os(macOS)
        print("  open \(Self.quoted(dir + "/output/index.html"))")
        #else
        print("  xdg-open \(Self.quoted(dir + "/output/index.html"))")
        #endif
    }

    /// The running binary: /proc/self/exe is absolute and already resolved on Linux, where
    /// arguments[0] may be a bare name found through PATH.
    static func executable() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    /// A path as a shell reads it back: quoted only when it holds something the shell would split.
    static func quoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-+,:@%".unicodeScalars.contains($0) }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

func failInit(_ message: String) -> Never {
    FileHandle.standardError.write(Data("boomerang init: \(message)\n".utf8))
    Foundation.exit(1)
}
