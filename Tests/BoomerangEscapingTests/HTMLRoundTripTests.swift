import Foundation
import Testing
@testable import BoomerangEscaping

/// Property: any string of Unicode scalars, escaped for HTML text or a quoted attribute and
/// parsed by an HTML5-conformant parser (html5lib, installed by `make test`), comes back as
/// exactly the same scalars, and makes no element or attribute of its own.
@Suite struct HTMLRoundTripTests {
    @Test func randomScalarsSurviveAnHTML5Parser() throws {
        var rng = SplitMix64(seed: 0x5EED_0017)
        let samples = (0..<600).map { _ in randomString(&rng) }
        var html = "<!DOCTYPE html><html><head><title>t</title></head><body>\n"
        for (i, s) in samples.enumerated() {
            html += "<div id=\"t\(i)\">\(Escape.htmlText(s))</div>\n"
            html += "<div id=\"a\(i)\" title=\"\(Escape.htmlAttribute(s))\"></div>\n"
            html += "<div id=\"s\(i)\" title='\(Escape.htmlAttribute(s))'></div>\n"
        }
        let parsed = try HTML5Parser.dump(html + "</body></html>\n")
        for (i, s) in samples.enumerated() {
            // NUL cannot be carried by HTML: it comes back as U+FFFD, as the escaper writes it.
            let expected = Array(s.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : $0 })
            let text = try #require(parsed["t\(i)"], "sample \(i)")
            #expect(Array(text.text.unicodeScalars) == expected, "text \(i): \(s.debugDescription)")
            #expect(text.elements == 0 && text.attributes.keys.sorted() == ["id"], "text \(i)")
            for id in ["a\(i)", "s\(i)"] {
                let attr = try #require(parsed[id], "sample \(i)")
                #expect(attr.attributes.keys.sorted() == ["id", "title"], "\(id): \(s.debugDescription)")
                #expect(Array((attr.attributes["title"] ?? "").unicodeScalars) == expected, "\(id): \(s.debugDescription)")
                #expect(attr.elements == 0 && attr.text.isEmpty, "\(id)")
            }
        }
    }

    /// Mostly the characters that matter to HTML, the marks that join them, and controls; then
    /// any scalar of the BMP or the other planes.
    private func randomString(_ rng: inout SplitMix64) -> String {
        let syntax: [Unicode.Scalar] = ["\"", "'", "<", ">", "&", "=", "/", "\0", "\r", "\n", "\t", "#", ";", "`"]
        let marks: [UInt32] = [0x0301, 0x0338, 0x20D2, 0xFE0F, 0x200D, 0x202E, 0x2028, 0xFEFF, 0xFFFE, 0xFFFF]
        var out = String.UnicodeScalarView()
        for _ in 0..<rng.next(below: 24) {
            switch rng.next(below: 10) {
            case 0, 1, 2: out.append(syntax[rng.next(below: syntax.count)])
            case 3, 4: out.append(Unicode.Scalar(marks[rng.next(below: marks.count)])!)
            case 5, 6: out.append(Unicode.Scalar(UInt8(rng.next(below: 128))))
            case 7: out.append(Unicode.Scalar(UInt32(0x80 + rng.next(below: 0x80)))!)   // C1 controls and Latin-1
            default:
                var v: UInt32
                repeat { v = UInt32(rng.next(below: 0x110000)) } while (0xD800...0xDFFF).contains(v)
                out.append(Unicode.Scalar(v)!)
            }
        }
        return String(out)
    }
}

/// Deterministic pseudo-random numbers (SplitMix64): the same samples on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(below n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// scripts/html5-dump.py, run on a temporary file.
enum HTML5Parser {
    struct Element: Decodable {
        let tag: String
        let attributes: [String: String]
        let text: String
        let elements: Int
    }

    static func dump(_ html: String) throws -> [String: Element] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("boomerang-html5-\(getpid()).html")
        try Data(html.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repository.appendingPathComponent("scripts/html5-dump.py").path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "scripts/html5-dump.py failed: is html5lib installed? (make test installs it)")
        return try JSONDecoder().decode([String: Element].self, from: data)
    }

    /// The package root: the nearest folder above the working directory with Package.swift.
    static let repository: URL = {
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()
}
