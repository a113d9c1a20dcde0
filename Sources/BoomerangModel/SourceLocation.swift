/// Where a record or a value came from, so any later error can point at it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// Path relative to the handbook root, e.g. `content/data/orders.csv`.
    public var file: String
    public var line: Int
    public var column: Int?
    /// A spreadsheet column (`C`), shown instead of `column`: `orders.xlsx:Sheet1:12:C`.
    public var columnName: String?

    public init(file: String, line: Int = 0, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        var s = file
        if line > 0 { s += ":\(line)" }
        if let columnName { s += ":\(columnName)" } else if let column { s += ":\(column)" }
        return s
    }
}
