import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One worksheet's rows as text: shared strings looked up, inline strings read, numbers kept as
/// stored (`1234.5`), booleans as 1/0, error cells as their code (`#N/A`).
final class SheetParser: NSObject, XMLParserDelegate, XMLFailing {
    struct Cell { var column: Int; var text: String; var isNumber: Bool }
    struct Row { var number: Int; var cells: [Cell] }

    private let shared: [String]
    private let sheet: String
    private(set) var rows: [Row] = []
    var failure: SheetError?

    private var row = Row(number: 0, cells: [])
    private var cellColumn = 0, cellType = "", text = ""
    private var inValue = false, inInline = false

    init(shared: [String], sheet: String) {
        self.shared = shared
        self.sheet = sheet
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.local(elementName) {
        case "row":
            let number = attributes["r"].flatMap { Int($0) } ?? (rows.last?.number ?? 0) + 1
            row = Row(number: number, cells: [])
        case "c":
            cellColumn = attributes["r"].flatMap(CellReference.column) ?? (row.cells.last?.column ?? 0) + 1
            cellType = attributes["t"] ?? "n"
            text = ""
        case "v": inValue = true
        case "is": inInline = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue || inInline { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch XMLPart.local(elementName) {
        case "v": inValue = false
        case "is": inInline = false
        case "c":
            var value = text, isNumber = false
            switch cellType {
            case "s":
                guard let i = Int(text), i >= 0, i < shared.count else {
                    failure = SheetError("the workbook is damaged: shared string \(ValueParsing.quoted(text)) does not exist",
                                         sheet: sheet, row: row.number, column: cellColumn)
                    parser.abortParsing()
                    return
                }
                value = shared[i]
            case "d":
                // An ISO date-time cell (rare): keep the date.
                if value.count > 10, value.dropFirst(10).first == "T" { value = String(value.prefix(10)) }
            case "n":
                isNumber = !value.isEmpty
            default:
                break  // str, inlineStr, b (1/0), e (#N/A): the text as it is
            }
            if !value.isEmpty { row.cells.append(Cell(column: cellColumn, text: value, isNumber: isNumber)) }
        case "row":
            if !row.cells.isEmpty { rows.append(row) }
        default: break
        }
    }
}
