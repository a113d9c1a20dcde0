import ArgumentParser
import BoomerangKit
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render the handbook: content/ and templates/ in, a static site out.",
        discussion: "Writes into a temporary folder that replaces the output folder only when the whole build succeeded; files whose bytes did not change keep their timestamps."
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: ROOT/output).", valueName: "DIR"))
    var output: String?

    @Flag(name: .long, help: "Build anyway, skipping bad records; each is listed and written to output/data/rejected.csv.")
    var keepGoing = false

    @Option(name: .long, help: ArgumentHelp("Render only the dossiers whose id hashes to shard i of n (shared pages in shard 1); merge shard outputs with a plain copy.", valueName: "i/n"))
    var shard: String?

    @Flag(name: .long, help: "Render every page, ignoring the incremental cache in ROOT/.boomerang-cache/ (it is still refreshed).")
    var noCache = false

    @Flag(name: .long, help: "Remove the previous build after the swap instead of keeping it beside the output as .OUTPUT.boomerang-spare (hard links) for the next build to start from.")
    var noSpare = false

    @Option(name: .long, help: ArgumentHelp("Render with N threads (default: one per processor).", valueName: "N"))
    var jobs: Int?

    @Flag(name: .long, help: "Print nothing but problems.")
    var quiet = false

    func run() throws {
        var options = try project.buildOptions(output: output)
        options.keepGoing = keepGoing
        options.ignoreCache = noCache
        options.keepSpare = !noSpare
        options.leavesMemoryToExit = true
        LargeBlocks.returnToSystemWhenFreed()
        if let jobs {
            guard (1...256).contains(jobs) else { throw ValidationError("--jobs: expected a number from 1 to 256, found \(jobs)") }
            options.jobs = jobs
        }
        if let shard {
            guard let s = Shard(shard) else { throw ValidationError("--shard: expected i/n with 1 <= i <= n, found \"\(shard)\"") }
            options.shard = s
        }
        do {
            let silent = quiet
            let log: @Sendable (String) -> Void = { line in if !silent { note(line) } }
            let report = try HandbookBuilder.build(options, log: log)
            if !quiet {
                note("built \(report.pages) files (\(report.written) written, \(report.unchanged) unchanged) into \(options.output.path)")
                if report.cached > 0 { note("\(report.cached) pages unchanged since the last build were kept without rendering (cache: \(options.root.path)/.boomerang-cache)") }
                if !report.rejected.isEmpty { note("\(report.rejected.count) records skipped: see \(options.output.path)/data/rejected.csv") }
            }
        } catch let failure as BuildFailure {
            fail(failure)
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate data, playbooks, templates and internal links without writing anything.")

    @OptionGroup var project: ProjectOptions

    func run() throws {
        var options = try project.buildOptions(output: nil)
        options.write = false
        do {
            let report = try HandbookBuilder.build(options, log: { note($0) })
            note("ok: \(report.pages) pages checked, no problems")
        } catch let failure as BuildFailure {
            fail(failure)
        }
    }
}
