/// How the data files are written, from the `data:` block of handbook.yml: real exports from an
/// ERP, a CRM or Excel use other separators, number and date styles, encodings and headers than
/// the contract's plain UTF-8 CSV. The loader turns them into the same records.
public struct DataFormat: Sendable, Equatable {
    public enum Delimiter: Sendable, Equatable {
        /// Chosen from the header line: the most frequent of `,` `;` tab outside quotes.
        case auto
        case byte(UInt8)
    }

    /// The characters allowed between groups of three digits.
    public enum Thousands: String, Sendable, Equatable {
        case none, space, comma, dot, apostrophe
    }

    public enum Encoding: String, Sendable, Equatable {
        case utf8 = "utf-8"
        /// UTF-16 with a byte-order mark saying LE or BE.
        case utf16 = "utf-16"
        case utf16le = "utf-16le"
        case utf16be = "utf-16be"
        case windows1251 = "windows-1251"
        case windows1252 = "windows-1252"
    }

    public var delimiter: Delimiter = .auto
    /// `.` or `,`.
    public var decimal: UInt8 = 0x2E
    public var thousands: Thousands = .none
    /// A pattern of `yyyy`, `MM`/`M`, `dd`/`d` and separators; checked when the config is read.
    public var dateFormat: String = "yyyy-MM-dd"
    public var encoding: Encoding = .utf8
    /// The worksheet of an .xlsx file; nil means the first.
    public var sheet: String?
    /// Contract field -> the company's own header, e.g. `customer_id` -> `Код клиента`.
    public var columns: [String: String] = [:]
    /// Contract field -> where its `columns:` entry is in handbook.yml, so a header that is not
    /// in the file can be reported there.
    public var columnSources: [String: ColumnSource] = [:]
    /// Contract field -> (value as the export writes it, lower-cased and trimmed -> the value the
    /// handbook understands), e.g. `resolved`: `да` -> `yes`. Applied before any check.
    public var values: [String: [String: String]] = [:]

    public init() {}

    /// Plain numbers: a dot for decimals, no grouping. The loader's fast path.
    public var plainNumbers: Bool { decimal == 0x2E && thousands == .none }
}

/// Where a `columns:` entry was written: its place and key path in handbook.yml, and whether it
/// is under `data:` (shared by every file with that field) or under one file in `files:`.
public struct ColumnSource: Sendable, Equatable {
    public var location: SourceLocation
    public var key: String
    public var shared: Bool
    public init(location: SourceLocation, key: String, shared: Bool) {
        self.location = location; self.key = key; self.shared = shared
    }
}

/// Defaults for every data file plus overrides per file name (`orders.csv`, `customers.xlsx`).
public struct DataSettings: Sendable, Equatable {
    public var defaults = DataFormat()
    /// File name -> its format (defaults with the file's own keys applied on top).
    public var files: [String: DataFormat] = [:]

    public init() {}

    public func format(for file: String) -> DataFormat { files[file] ?? defaults }
}
