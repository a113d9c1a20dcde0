import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A problem in a workbook, placed by sheet, row and column when it is known.
struct SheetError: Error, Equatable {
    var message: String
    var sheet: String?
    var row: Int?
    var column: Int?

    init(_ message: String, sheet: String? = nil, row: Int? = nil, column: Int? = nil) {
        self.message = message; self.sheet = sheet; self.row = row; self.column = column
    }
}

/// Reading the XML parts of an .xlsx (a ZIP archive) with ZIPFoundation and FoundationXML.
enum XMLPart {
    /// A part may unpack to at most this much: a small workbook that unpacks to gigabytes is an
    /// attack or a broken file, not customer data.
    static let maxBytes = 512 << 20

    /// The part's bytes, nil when the archive has no such part.
    static func data(_ archive: Archive, _ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        if entry.uncompressedSize > UInt64(maxBytes) {
            throw SheetError("\(path) unpacks to more than \(maxBytes >> 20) MiB; not read")
        }
        var out = Data()
        out.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if out.count + chunk.count > maxBytes { throw SheetError("\(path) unpacks to more than \(maxBytes >> 20) MiB; not read") }
                out.append(chunk)
            }
        } catch let e as SheetError {
            throw e
        } catch {
            throw SheetError("the workbook is damaged: \(path) cannot be unpacked (\(error))")
        }
        return out
    }

    /// Parses `data` with `delegate`; a syntax error becomes a SheetError naming the part and line.
    static func parse(_ data: Data, path: String, delegate: XMLParserDelegate) throws {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        if !parser.parse() {
            if let e = delegate as? XMLFailing, let failure = e.failure { throw failure }
            throw SheetError("the workbook is damaged: \(path) is not well-formed XML (line \(parser.lineNumber))")
        }
    }

    /// `x:row` -> `row`: some writers give SpreadsheetML a prefix.
    static func local(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return Substring(name)
    }
}

/// A delegate that can stop parsing with its own error.
protocol XMLFailing: AnyObject {
    var failure: SheetError? { get }
}

/// `xl/workbook.xml`: sheet names with their relationship ids, and the date system.
final class WorkbookParser: NSObject, XMLParserDelegate {
    var sheets: [(name: String, rid: String)] = []
    var date1904 = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.local(elementName) {
        case "sheet":
            let rid = attributes.first { XMLPart.local($0.key) == "id" }?.value ?? ""
            sheets.append((attributes["name"] ?? "", rid))
        case "workbookPr":
            let v = attributes["date1904"] ?? ""
            date1904 = v == "1" || v == "true"
        default: break
        }
    }
}

/// `xl/_rels/workbook.xml.rels`: relationship id -> part path.
final class RelationshipsParser: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        if XMLPart.local(elementName) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
            targets[id] = target
        }
    }
}

/// `xl/sharedStrings.xml`: the table text cells point into. Rich text runs are joined;
/// phonetic guides (`rPh`) are left out.
final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false, inPhonetic = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.local(elementName) {
        case "si": current = ""
        case "t": inText = true
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, !inPhonetic { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch XMLPart.local(elementName) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}
