import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import BoomerangCharts

/// What every chart must satisfy, as a list of problems (empty when fine).
enum SVGChecks {
    static func problems(_ chart: SVGChart) -> [String] {
        var problems: [String] = []
        let root = RootCollector()
        // The page's form has no xmlns (an HTML parser supplies the namespace); the standalone form is
        // the XML document, and carries it.
        if chart.svg.hasPrefix("<svg xmlns") { problems.append("the inline form carries an xmlns") }
        let parser = XMLParser(data: Data(chart.standaloneSVG.utf8))
        parser.delegate = root
        if !parser.parse() { problems.append("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") line \(parser.lineNumber)") }
        if root.rootName != "svg" { problems.append("root is \(root.rootName ?? "nothing"), not svg") }
        for name in ["xmlns", "viewBox", "width", "height", "role", "aria-labelledby"] where root.rootAttributes[name] == nil {
            problems.append("root has no \(name)")
        }
        if root.rootAttributes["width"] != String(chart.width) || root.rootAttributes["height"] != String(chart.height) {
            problems.append("width/height differ from the SVGChart's")
        }
        if root.rootAttributes["viewBox"] != "0 0 \(chart.width) \(chart.height)" { problems.append("viewBox does not match size") }
        if root.titleText.isEmpty || root.titleText != chart.title { problems.append("title missing or not the chart's title") }
        if root.descText.isEmpty || root.descText != chart.summary { problems.append("desc missing or not the chart's summary") }
        // The elements aria-labelledby names must exist.
        for id in (root.rootAttributes["aria-labelledby"] ?? "").split(separator: " ") where !root.ids.contains(String(id)) {
            problems.append("aria-labelledby names missing id \(id)")
        }
        for ref in root.references where !ref.hasPrefix("#") { problems.append("external reference \(ref)") }
        problems += root.badNumbers.map { "non-finite number: \($0)" }
        let lower = chart.svg.lowercased()
        for bad in ["<script", "<image", "<foreignobject", "@import", "http://", "https://"] {
            // The SVG namespace URI is the one allowed http:// string.
            let count = lower.components(separatedBy: bad).count - 1
            let allowed = bad == "http://" ? 1 : 0
            if count > allowed { problems.append("contains \(bad)") }
        }
        return problems
    }

    /// Collects the root, the title/desc texts, ids and every href or url(...) reference.
    final class RootCollector: NSObject, XMLParserDelegate {
        var rootName: String?
        var rootAttributes: [String: String] = [:]
        var titleText = "", descText = ""
        var ids: Set<String> = []
        var references: [String] = []
        var badNumbers: [String] = []
        private static let textAttributes: Set<String> = ["font-family", "lang", "id", "aria-labelledby", "xmlns", "role"]
        private var current: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if rootName == nil { rootName = name; rootAttributes = attributes }
            current = name
            if let id = attributes["id"] { ids.insert(id) }
            for (key, value) in attributes {
                let lower = value.lowercased()
                if !Self.textAttributes.contains(key), lower.contains("nan") || lower.contains("inf") { badNumbers.append("\(key)=\(value)") }
                if key.hasSuffix("href") { references.append(value) }
                var rest = Substring(value)
                while let r = rest.range(of: "url(") {
                    let after = rest[r.upperBound...]
                    let end = after.firstIndex(of: ")") ?? after.endIndex
                    references.append(String(after[..<end]))
                    rest = after[end...]
                }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if string.contains("NaN") || string.contains("∞") { badNumbers.append(string) }
            if current == "title" { titleText += string }
            if current == "desc" { descText += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            current = nil
        }
    }
}

/// Expected files live in Expected/ (a copied resource). Run with BOOMERANG_RECORD=1 to (re)write them
/// into the source tree, then look at them before committing.
enum ExpectedFiles {
    static var recording: Bool { ProcessInfo.processInfo.environment["BOOMERANG_RECORD"] == "1" }

    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")
    }

    static func expected(_ name: String) -> String? {
        guard let url = Bundle.module.url(forResource: "Expected/\(name)", withExtension: "svg") else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    static func record(_ name: String, _ svg: String) throws {
        try FileManager.default.createDirectory(at: sourceFolder, withIntermediateDirectories: true)
        try Data(svg.utf8).write(to: sourceFolder.appendingPathComponent("\(name).svg"))
    }

    /// Every expected SVG in the bundle.
    static func all() -> [URL] {
        guard let folder = Bundle.module.url(forResource: "Expected", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".svg") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
