/// A data file's `DataFormat` made ready for reading: separators as bytes, the date pattern
/// compiled, the column mapping. Built once per file.
struct FileOptions: Sendable {
    /// nil: detected from the header line.
    var delimiter: UInt8?
    var encoding: DataFormat.Encoding = .utf8
    var values = ValueStyle()
    /// Contract field -> the company's header for it, and where that was said in handbook.yml.
    var columns: [String: String] = [:]
    var columnSources: [String: ColumnSource] = [:]
    /// Contract field -> exported value (ValueWords.key) -> the value the loader reads.
    var valueMaps: [String: [String: String]] = [:]
    var sheet: String?

    static let plain = FileOptions(delimiter: 0x2C)

    init(delimiter: UInt8? = nil) { self.delimiter = delimiter }

    init(_ f: DataFormat) {
        if case .byte(let b) = f.delimiter { delimiter = b } else { delimiter = nil }
        encoding = f.encoding
        // The config loader has checked the pattern; ISO is the fallback for hand-made settings.
        let dates = (try? DatePattern.compile(f.dateFormat).get()) ?? .iso
        values = ValueStyle(numbers: NumberStyle(decimal: f.decimal, thousands: f.thousands), dates: dates)
        columns = f.columns
        columnSources = f.columnSources
        valueMaps = f.values
        sheet = f.sheet
    }
}

/// How values are written in one file. A class: every row holds it, and a reference is cheap.
final class ValueStyle: Sendable {
    let numbers: NumberStyle
    let dates: DatePattern
    /// In a worksheet a date may be stored as a day number (Excel's serial date); this is the
    /// day of serial 0, nil for CSV.
    let serialEpoch: Day?
    /// ISO dates in a CSV file: the loader's fast path, checked once per value.
    let isoOnly: Bool

    init(numbers: NumberStyle = .plain, dates: DatePattern = .iso, serialEpoch: Day? = nil) {
        self.numbers = numbers
        self.dates = dates
        self.serialEpoch = serialEpoch
        isoOnly = dates.isISO && serialEpoch == nil
    }

    func with(serialEpoch: Day?) -> ValueStyle { ValueStyle(numbers: numbers, dates: dates, serialEpoch: serialEpoch) }

    /// A day in the file's pattern or, in a worksheet, an Excel serial number.
    func day(_ b: UnsafeBufferPointer<UInt8>) -> Result<Day, ValueError> {
        if let d = dates.day(b) { return .success(d) }
        if let epoch = serialEpoch, let d = Self.serialDay(b, epoch: epoch) { return .success(d) }
        return .failure(ValueError(dates.message(String(decoding: b, as: UTF8.self))))
    }

    /// Excel stores a date as days since its epoch (a fraction is the time of day). The 1900
    /// system counts a 29 February 1900 that never was, so from serial 61 on one day is taken off.
    static func serialDay(_ b: UnsafeBufferPointer<UInt8>, epoch: Day) -> Day? {
        guard b.allSatisfy({ $0 &- 0x30 < 10 || $0 == 0x2E }), let v = ValueParsing.number(b), v >= 1, v < 2_958_466 else { return nil }
        var days = Int(v.rounded(.down))
        if epoch == excel1900, days < 61 { days += 1 }
        return epoch + days
    }

    /// Serial 0 of the 1900 system (so that serial 61 is 1 March 1900), and of the 1904 system.
    static let excel1900 = Day(year: 1899, month: 12, day: 30)!
    static let excel1904 = Day(year: 1904, month: 1, day: 1)!
}
