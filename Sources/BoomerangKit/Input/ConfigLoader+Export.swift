import BoomerangModel
import Yams

/// The `export:` block of handbook.yml: how customers.csv is written (docs/config.md).
enum ExportConfig {
    static let keys = ["delimiter", "decimal", "encoding", "bom"]

    static func parse(_ node: Node, reader: inout ConfigValues) -> ExportFormat {
        var f = ExportFormat()
        guard let map = node.mapping else {
            reader.key = "export"
            reader.fail(node, "expected keys such as delimiter, decimal, encoding, bom, found \(YAMLSupport.describe(node))")
            return f
        }
        var decimalNode: Node?
        for (k, v) in map {
            let key = k.scalar?.string ?? ""
            reader.key = "export.\(key)"
            switch key {
            case "delimiter":
                guard let s = reader.text(v) else { continue }
                switch s {
                case ",": f.delimiter = 0x2C
                case ";": f.delimiter = 0x3B
                case "tab", "\t": f.delimiter = 0x09
                default: reader.fail(v, "expected \",\", \";\" or tab, found \(ValueParsing.quoted(s))")
                }
            case "decimal":
                guard let s = reader.text(v) else { continue }
                if s == "." { f.decimal = 0x2E } else if s == "," { f.decimal = 0x2C } else { reader.fail(v, "expected \".\" or \",\", found \(ValueParsing.quoted(s))") }
                decimalNode = v
            case "encoding":
                guard let s = reader.text(v) else { continue }
                if let e = ExportFormat.Encoding(rawValue: s.lowercased()) { f.encoding = e } else {
                    // A single-byte code page cannot hold Cyrillic, Latin and Persian names at once,
                    // and a name it cannot write would be lost: Excel reads UTF-8 with a mark.
                    reader.fail(v, "expected utf-8 or utf-16le, found \(ValueParsing.quoted(s)) (for Excel, keep utf-8 and set bom: true; a single-byte code page cannot write every name)")
                }
            case "bom":
                if let b = reader.flag(v) { f.bom = b }
            default:
                reader.key = "export"
                reader.fail(k, "unknown key '\(key)'\(Suggestion.hint(key, keys))")
            }
        }
        if f.decimal == 0x2C && f.delimiter == 0x2C, let node = decimalNode {
            reader.key = "export.decimal"
            reader.fail(node, "a decimal comma needs another delimiter: set delimiter: \";\"")
        }
        return f
    }
}
