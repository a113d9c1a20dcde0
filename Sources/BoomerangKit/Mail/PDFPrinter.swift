import Foundation

/// Prints an HTML page to PDF with headless Chromium (Debian's `chromium` package), when installed.
public enum PDFPrinter {
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// Chromium's path on PATH, or nil.
    public static func chromium() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// The PDF bytes of `html`, on the paper and with the footer of `page`. Throws
    /// `Unavailable` with an install hint when there is no Chromium.
    public static func pdf(html: String, name: String, page style: PDFPageStyle) throws -> [UInt8] {
        guard let chromium = chromium() else {
            throw Unavailable(description: "PDF needs Chromium (apt-get install chromium)")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("boomerang-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent(MIMEEncoding.asciiFileName(name) + ".html")
        let out = dir.appendingPathComponent("out.pdf")
        try Data(style.apply(to: html).utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-pdf-header-footer",
                             "--user-data-dir=\(dir.appendingPathComponent("profile").path)",
                             "--print-to-pdf=\(out.path)", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: out.path), !data.isEmpty else {
            throw Unavailable(description: "Chromium could not print \(name) to PDF (exit \(process.terminationStatus))")
        }
        return Array(data)
    }
}
