import BoomerangKit
import Foundation
import Testing

/// `boomerang --version` and the help pages as an 80-column terminal shows them.
@Suite struct HelpTextTests {
    func stdout(_ arguments: [String]) throws -> String {
        let binary = try #require(KilledBuildTests.binary, "build the boomerang binary first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["COLUMNS": "80", "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func versionIsTheConstant() throws {
        #expect(try stdout(["--version"]) == BoomerangVersion.current + "\n")
    }

    /// Every line of `help dossier` fits, its usage too (written out in Dossier.swift).
    @Test func dossierHelpFitsEightyColumns() throws {
        for line in try stdout(["help", "dossier"]).split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    /// No sentence is broken in the middle by a hard line end in the source (a line that
    /// stops short while the next one goes on with a lower-case word).
    @Test(arguments: ["init", "build", "check", "dossier", "mail", "serve"])
    func helpWrapsWhereTheTerminalEnds(command: String) throws {
        let lines = try stdout(["help", command]).split(separator: "\n", omittingEmptySubsequences: false)
        for (a, b) in zip(lines, lines.dropFirst()) where !a.isEmpty && a.count < 60 && !a.hasPrefix(" ") && !a.hasSuffix(":") {
            #expect(!(b.first?.isLowercase ?? false), "\(command): a short line before \"\(b)\"")
        }
    }
}
