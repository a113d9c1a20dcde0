/// Where a data file's records come from: the CSV reader, or the first (or named) worksheet of
/// an .xlsx workbook, or a database table or query. All hand out `CSVRecord`s, so checking and
/// mapping are shared.
struct RecordSource {
    private enum Kind { case csv(CSVSource), sheet(XLSXSheet), database(DatabaseInput) }
    private let kind: Kind
    private let options: FileOptions
    /// The worksheet's name, for messages (`orders.xlsx:Sheet1:12:C`).
    let sheetName: String?
    let values: ValueStyle

    init(_ source: CSVSource, options: FileOptions) throws {
        self.options = options
        switch source {
        case .xlsx(let path):
            let sheet = try XLSXSheet(path: path, sheet: options.sheet)
            kind = .sheet(sheet)
            sheetName = sheet.name
            values = options.values.with(serialEpoch: sheet.date1904 ? ValueStyle.excel1904 : ValueStyle.excel1900)
        case .database(let input):
            kind = .database(input)
            sheetName = nil
            values = options.values
        default:
            kind = .csv(source)
            sheetName = nil
            values = options.values
        }
    }

    func read(chunkSize: Int, _ body: (CSVRecord) throws -> Void) throws {
        switch kind {
        case .csv(let source):
            try CSVReader.read(source, delimiter: options.delimiter, encoding: options.encoding, chunkSize: chunkSize, body)
        case .sheet(let sheet):
            try sheet.read(decimal: options.values.numbers.decimal, body)
        case .database(let input):
            try input.read(mapping: options.columns, body)
        }
    }
}
