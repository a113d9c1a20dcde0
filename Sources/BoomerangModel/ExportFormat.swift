/// How output/data/customers.csv is written (`export:` in handbook.yml), so it opens in Excel in
/// the company's locale. The default is the contract's plain UTF-8 CSV with commas and dots.
public struct ExportFormat: Sendable, Equatable {
    public enum Encoding: String, Sendable, Equatable {
        case utf8 = "utf-8"
        /// Excel's "Unicode text": every script, opened correctly in any Excel locale.
        case utf16le = "utf-16le"
    }

    /// `,`, `;` or tab: Excel in a locale with a decimal comma splits on `;`.
    public var delimiter: UInt8 = 0x2C
    /// `.` or `,` in numbers.
    public var decimal: UInt8 = 0x2E
    public var encoding: Encoding = .utf8
    /// A byte-order mark first (always for UTF-16): Excel then reads UTF-8 as UTF-8.
    public var bom = false

    public init() {}
}
