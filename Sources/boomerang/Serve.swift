import ArgumentParser
import BoomerangKit
import BoomerangServe
import Dispatch
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the handbook on this machine and rebuild when content/ or templates/ change.",
        discussion: """
        Open pages reload by themselves after each rebuild. While a build has problems, every page \
        shows them (file:line:column: message) and the last good build stays in the output folder. \
        The files on disk are exactly what `boomerang build` writes; the reload script is added \
        only to the pages as they are served. Stop with Ctrl-C.
        """
    )

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: ROOT/output).", valueName: "DIR"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "PORT"))
    var port: UInt16 = 8000

    @Option(name: .long, help: ArgumentHelp("The address to listen on (loopback by default).", valueName: "ADDRESS"))
    var host: String = "127.0.0.1"

    func run() throws {
        let options = ServeOptions(build: try project.buildOptions(output: output), host: host, port: port)
        let server = PreviewServer(options: options, log: { note($0) })

        // Ctrl-C and SIGTERM: stop watching (after a build in progress), close every connection
        // and the port, exit 0. A second signal a second or more later exits at once; one
        // sooner is the same signal twice (`timeout` sends it to the process and its group).
        for sig in [SIGINT, SIGTERM] { signal(sig, SIG_IGN) }
        let queue = DispatchQueue(label: "boomerang.serve.signals")
        var firstSignal: ContinuousClock.Instant?
        let sources = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: queue) }
        for source in sources {
            source.setEventHandler {
                if let firstSignal {
                    if ContinuousClock.now - firstSignal >= .seconds(1) { note("stopped"); Foundation.exit(1) }
                    return
                }
                firstSignal = .now
                note("stopping")
                Task {
                    await server.stop()
                    Foundation.exit(0)
                }
            }
            source.resume()
        }
        Task {
            do {
                let url = try await server.start()
                FileHandle.standardOutput.write(Data("Serving \(url.absoluteString)\n".utf8))
                note("watching \(options.watched.joined(separator: "/ and "))/ under \(options.build.root.path); Ctrl-C stops")
            } catch {
                note("boomerang serve: \(error)")
                Foundation.exit(1)
            }
        }
        withExtendedLifetime(sources) { dispatchMain() }
    }
}
