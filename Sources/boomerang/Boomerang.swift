import ArgumentParser
import BoomerangDatabase
import BoomerangKit
import Foundation

@main
struct Boomerang: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boomerang",
        // The number is set in Sources/BoomerangKit/Version.swift.
        abstract: "Turns customer data and retention playbooks into a customer-retention handbook.",
        discussion: """
        A handbook project is a folder with content/ (handbook.yml, data/*.csv, playbooks/**/*.md)
        and templates/ (Mustache templates, strings, assets). Start with:

          boomerang init DIR         start a new project in DIR (--lang en|ru|ro|fa)
          boomerang build            render ./content into ./output
          boomerang check            validate everything without writing

        Problems are listed as file:line:column: message; the exit code is 1 when there are any.
        """,
        version: BoomerangVersion.current,
        subcommands: [Init.self, Build.self, Check.self, Dossier.self, Mail.self, Serve.self, Fields.self]
    )
}

/// Options every command that reads a handbook shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The handbook project folder (holds content/ and templates/).", valueName: "DIR"))
    var root: String = "."

    @Option(name: .long, help: ArgumentHelp("Compute everything as of this day instead of handbook.yml's as_of.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func buildOptions(output: String?) throws -> BuildOptions {
        let rootURL = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL
        var day: Day?
        if let asOf {
            guard let d = Day(iso: asOf) else { throw ValidationError("--as-of: expected a date as YYYY-MM-DD, found \"\(asOf)\"") }
            day = d
        }
        var options = BuildOptions(root: rootURL, output: output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }, asOf: day)
        // A `database:` block in handbook.yml is read with PostgreSQL (docs/database.md).
        options.database = PostgresOpener()
        return options
    }
}

/// Prints problems and exits 1: the CI-visible failure of every command.
func fail(_ failure: BuildFailure) -> Never {
    FileHandle.standardError.write(Data((failure.description + "\n").utf8))
    FileHandle.standardError.write(Data("boomerang: \(failure.countText); nothing was written.\n".utf8))
    Foundation.exit(1)
}

func note(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
