import Foundation
import ZIPFoundation

/// One worksheet of an .xlsx workbook, read as records like a CSV file: the first row with a
/// value is the header, its first and last cells set the columns; empty rows are skipped.
/// Positions are cells: `line` is the row number, columns are counted from column A.
struct XLSXSheet {
    let name: String
    /// The workbook counts dates from 1904 (old Mac Excel) instead of 1900.
    let date1904: Bool
    private let rows: [SheetParser.Row]

    init(path: String, sheet wanted: String?) throws {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw SheetError("not an Excel workbook: the file is not a ZIP archive (save it from Excel as \"Excel Workbook (*.xlsx)\"; an old .xls or a CSV renamed to .xlsx is not read)")
        }
        guard let workbookXML = try XMLPart.data(archive, "xl/workbook.xml") else {
            throw SheetError("not an Excel workbook: the archive has no xl/workbook.xml")
        }
        let workbook = WorkbookParser()
        try XMLPart.parse(workbookXML, path: "xl/workbook.xml", delegate: workbook)
        let rels = RelationshipsParser()
        if let relsXML = try XMLPart.data(archive, "xl/_rels/workbook.xml.rels") {
            try XMLPart.parse(relsXML, path: "xl/_rels/workbook.xml.rels", delegate: rels)
        }
        guard let first = workbook.sheets.first else { throw SheetError("the workbook has no sheets") }
        let chosen: (name: String, rid: String)
        if let wanted {
            guard let s = workbook.sheets.first(where: { $0.name == wanted }) else {
                let names = workbook.sheets.map { ValueParsing.quoted($0.name) }.joined(separator: ", ")
                throw SheetError("no sheet \(ValueParsing.quoted(wanted)) (sheet: in content/handbook.yml); the workbook has \(names)")
            }
            chosen = s
        } else {
            chosen = first
        }
        name = chosen.name
        date1904 = workbook.date1904
        // Targets are relative to xl/ unless they start with a slash.
        let target = rels.targets[chosen.rid] ?? "worksheets/sheet\(workbook.sheets.firstIndex { $0.name == chosen.name }! + 1).xml"
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        var shared: [String] = []
        if let sst = try XMLPart.data(archive, "xl/sharedStrings.xml") {
            let p = SharedStringsParser()
            try XMLPart.parse(sst, path: "xl/sharedStrings.xml", delegate: p)
            shared = p.strings
        }
        guard let sheetXML = try XMLPart.data(archive, sheetPath) else {
            throw SheetError("the workbook is damaged: the sheet's part \(sheetPath) is missing", sheet: name)
        }
        let parser = SheetParser(shared: shared, sheet: name)
        do {
            try XMLPart.parse(sheetXML, path: sheetPath, delegate: parser)
        } catch var e as SheetError {
            if e.sheet == nil { e.sheet = name }
            throw e
        }
        rows = parser.rows
    }

    /// Hands each row to `body` as a record. Numbers are stored with a dot; in a file whose
    /// decimal separator is a comma they are given with a comma, so one number style reads both.
    func read(decimal: UInt8, _ body: (CSVRecord) throws -> Void) throws {
        guard let header = rows.first else { return }
        let firstColumn = header.cells.map(\.column).min() ?? 1
        let width = (header.cells.map(\.column).max() ?? firstColumn) - firstColumn + 1
        var bytes: [UInt8] = [], ends: [Int] = [], raw: [UInt8] = []
        for row in rows {
            bytes.removeAll(keepingCapacity: true); ends.removeAll(keepingCapacity: true); raw.removeAll(keepingCapacity: true)
            let lastColumn = max(firstColumn + width - 1, row.cells.last?.column ?? 0)
            var k = 0
            for column in firstColumn...lastColumn {
                // Cells left of the header's first column are outside the table: ignored.
                while k < row.cells.count, row.cells[k].column < column { k += 1 }
                if k < row.cells.count, row.cells[k].column == column {
                    let cell = row.cells[k]
                    var text = Array(cell.text.utf8)
                    if cell.isNumber, decimal != 0x2E { text = text.map { $0 == 0x2E ? decimal : $0 } }
                    bytes.append(contentsOf: text)
                    Self.appendCSV(text, to: &raw)
                }
                ends.append(bytes.count)
                if column < lastColumn { raw.append(0x2C) }
            }
            // Trailing empty cells past the header's width are not fields.
            while ends.count > width, ends[ends.count - 1] == ends[ends.count - 2] {
                ends.removeLast()
                if raw.last == 0x2C { raw.removeLast() }
            }
            let nonASCII = bytes.contains { $0 >= 0x80 }
            try raw.withUnsafeBufferPointer { r in
                try bytes.withUnsafeBufferPointer { b in
                    try ends.withUnsafeBufferPointer { e in
                        try body(CSVRecord(line: row.number, raw: r, bytes: b, ends: e, nonASCII: nonASCII,
                                           firstSheetColumn: firstColumn))
                    }
                }
            }
        }
    }

    /// The record as a CSV line, for rejected.csv.
    private static func appendCSV(_ text: [UInt8], to raw: inout [UInt8]) {
        guard text.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            raw.append(contentsOf: text); return
        }
        raw.append(0x22)
        for b in text { raw.append(b); if b == 0x22 { raw.append(0x22) } }
        raw.append(0x22)
    }
}
