import Foundation
import Testing

/// Every expected SVG must render in a real SVG renderer (librsvg's rsvg-convert, Debian package
/// librsvg2-bin). Where the tool is not installed the test is disabled rather than failed, since
/// the rest of the suite still checks well-formedness; `scripts/install-deps.sh` should install it.
@Suite struct RendererTests {
    static let rsvg: String? = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert", "/opt/homebrew/bin/rsvg-convert"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
        ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map { "\($0)/rsvg-convert" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: rsvg != nil, "rsvg-convert is not on PATH (install librsvg2-bin)"))
    func everyExpectedSVGRenders() throws {
        let files = ExpectedFiles.all()
        #expect(files.count >= 20, "expected files are missing from the bundle")
        // rsvg-convert refuses /dev/null ("not a regular file"), so it writes to a scratch PNG.
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("boomerang-charts-\(ProcessInfo.processInfo.processIdentifier).png")
        defer { try? FileManager.default.removeItem(at: png) }
        for file in files {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.rsvg!)
            process.arguments = ["--format", "png", "--output", png.path, file.path]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0 && message.isEmpty, "\(file.lastPathComponent): \(message)")
        }
    }
}
