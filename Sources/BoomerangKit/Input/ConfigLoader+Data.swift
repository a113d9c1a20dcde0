import Yams

/// The `data:` block of handbook.yml: how the data files are written (docs/data.md, "Dialects,
/// encodings and Excel"). Keys at the top set every file; `files:` sets one file on top of those.
enum DataConfig {
    static let formatKeys = ["delimiter", "decimal", "thousands", "date_format", "encoding", "sheet", "columns", "values"]
    static let keys = formatKeys + ["files"]

    /// Every data file name the loader reads, CSV or Excel.
    static var fileNames: [String] {
        DataLoader.kinds.flatMap { ["\($0).csv", "\($0).xlsx"] }
    }

    static func parse(_ node: Node, reader: inout ConfigValues) -> DataSettings {
        var settings = DataSettings()
        guard let map = node.mapping else {
            reader.key = "data"
            reader.fail(node, "expected keys such as delimiter, decimal, date_format, encoding, files, found \(YAMLSupport.describe(node))")
            return settings
        }
        var files: Node?
        settings.defaults = format(map, base: DataFormat(), fields: nil, reader: &reader, files: &files)
        guard let files else { return settings }
        guard let fileMap = files.mapping else {
            reader.key = "data.files"
            reader.fail(files, "expected file names with their settings, found \(YAMLSupport.describe(files))")
            return settings
        }
        for (k, v) in fileMap {
            let name = k.scalar?.string ?? ""
            reader.key = "data.files"
            guard let kind = DataLoader.kind(ofFile: name) else {
                reader.fail(k, "unknown data file \(ValueParsing.quoted(name))\(Suggestion.hint(name, fileNames)); data files are \(DataLoader.kinds.map { "\($0).csv" }.joined(separator: ", ")) or the same names with .xlsx")
                continue
            }
            guard let m = v.mapping else {
                reader.key = "data.files.\(name)"
                reader.fail(v, "expected settings such as delimiter, decimal, columns, found \(YAMLSupport.describe(v))")
                continue
            }
            var nested: Node?
            let schema = DataLoader.schema(ofKind: kind)
            // Mappings of the whole block apply where this file has the field; the file's own win.
            var base = settings.defaults
            base.columns = base.columns.filter { schema.all.contains($0.key) }
            let f = format(m, base: base, fields: schema.all, reader: &reader, files: &nested, prefix: "data.files.\(name)")
            if let nested {
                reader.key = "data.files.\(name)"
                reader.fail(nested, "files: belongs directly under data:, not under one file")
            }
            settings.files[name] = f
        }
        return settings
    }

    /// `values: {field: {as exported: as the handbook reads it}}`. A flag must map to yes or no,
    /// a channel to one the handbook knows, so a mistake shows here and not in a plan.
    private static func valueMaps(_ v: Node, allowed: [String], into f: inout DataFormat, reader: inout ConfigValues, prefix: String) {
        guard let m = v.mapping else { reader.fail(v, "expected field: {exported value: value} lines, found \(YAMLSupport.describe(v))"); return }
        for (fk, fv) in m {
            let field = fk.scalar?.string ?? ""
            guard allowed.contains(field) else {
                reader.fail(fk, "no field \(ValueParsing.quoted(field)) in this file's contract\(Suggestion.hint(field, allowed)); fields: \(allowed.joined(separator: ", "))")
                continue
            }
            reader.key = "\(prefix).values.\(field)"
            guard let pairs = fv.mapping else { reader.fail(fv, "expected exported value: value lines, found \(YAMLSupport.describe(fv))"); continue }
            for (from, to) in pairs {
                guard let a = reader.text(from), let b = reader.text(to) else { continue }
                if field == "resolved", ValueWords.flag(b) == nil { reader.fail(to, "expected yes or no, found \(ValueParsing.quoted(b))"); continue }
                if field == "channel", ValueWords.channel(b) == nil {
                    reader.fail(to, "expected one of \(ValueWords.channelNames.joined(separator: ", ")), found \(ValueParsing.quoted(b))\(Suggestion.hint(b, ValueWords.channelNames))")
                    continue
                }
                f.values[field, default: [:]][ValueWords.key(a)] = b
            }
        }
        reader.key = "\(prefix).values"
    }

    /// One level of settings on top of `base`. `fields` are the contract fields `columns:` may map
    /// (nil: any field of any file).
    static func format(_ map: Node.Mapping, base: DataFormat, fields: [String]?, reader: inout ConfigValues,
                               files: inout Node?, prefix: String = "data") -> DataFormat {
        var f = base
        var decimalNode: Node?, thousandsNode: Node?
        for (k, v) in map {
            let key = k.scalar?.string ?? ""
            reader.key = "\(prefix).\(key)"
            switch key {
            case "delimiter":
                guard let s = reader.text(v) else { continue }
                switch s {
                case "auto": f.delimiter = .auto
                case ",": f.delimiter = .byte(0x2C)
                case ";": f.delimiter = .byte(0x3B)
                case "tab", "\t": f.delimiter = .byte(0x09)
                case "|": f.delimiter = .byte(0x7C)
                default: reader.fail(v, "expected auto, \",\", \";\", tab or \"|\", found \(ValueParsing.quoted(s))")
                }
            case "decimal":
                guard let s = reader.text(v) else { continue }
                if s == "." { f.decimal = 0x2E } else if s == "," { f.decimal = 0x2C } else {
                    reader.fail(v, "expected \".\" or \",\", found \(ValueParsing.quoted(s))"); continue
                }
                decimalNode = v
            case "thousands":
                let s = YAMLSupport.isNull(v) ? "" : (reader.text(v) ?? "")
                switch s {
                case "", "none": f.thousands = .none
                case " ", "space", "nbsp", "\u{A0}", "\u{202F}": f.thousands = .space
                case ",": f.thousands = .comma
                case ".": f.thousands = .dot
                case "'": f.thousands = .apostrophe
                default: reader.fail(v, "expected \"\", \" \" (any space, also no-break), \",\", \".\" or \"'\", found \(ValueParsing.quoted(s))"); continue
                }
                thousandsNode = v
            case "date_format":
                guard let s = reader.text(v) else { continue }
                switch DatePattern.compile(s) {
                case .success: f.dateFormat = s
                case .failure(let e): reader.fail(v, e.message)
                }
            case "encoding":
                guard let s = reader.text(v) else { continue }
                let aliases: [String: DataFormat.Encoding] = ["utf8": .utf8, "cp1251": .windows1251, "cp1252": .windows1252,
                                                              "utf16": .utf16, "utf16le": .utf16le, "utf16be": .utf16be]
                if let e = DataFormat.Encoding(rawValue: s.lowercased()) ?? aliases[s.lowercased()] { f.encoding = e } else {
                    let names = ["utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1251", "windows-1252"]
                    reader.fail(v, "expected one of \(names.joined(separator: ", ")), found \(ValueParsing.quoted(s))\(Suggestion.hint(s.lowercased(), names))")
                }
            case "sheet":
                if YAMLSupport.isNull(v) { f.sheet = nil } else if let s = reader.text(v) { f.sheet = s }
            case "columns":
                guard let m = v.mapping else { reader.fail(v, "expected field: \"Header\" lines, found \(YAMLSupport.describe(v))"); continue }
                let allowed = fields ?? Array(Set(DataLoader.kinds.flatMap { DataLoader.schema(ofKind: $0).all })).sorted()
                for (fk, fv) in m {
                    let field = fk.scalar?.string ?? ""
                    guard allowed.contains(field) else {
                        reader.fail(fk, "no field \(ValueParsing.quoted(field)) in this file's contract\(Suggestion.hint(field, allowed)); fields: \(allowed.joined(separator: ", "))")
                        continue
                    }
                    reader.key = "\(prefix).columns.\(field)"
                    if let header = reader.text(fv) {
                        f.columns[field] = header
                        f.columnSources[field] = ColumnSource(location: reader.location(fv), key: reader.key, shared: prefix == "data")
                    }
                    reader.key = "\(prefix).columns"
                }
            case "values":
                let allowed = fields ?? Array(Set(DataLoader.kinds.flatMap { DataLoader.schema(ofKind: $0).all })).sorted()
                valueMaps(v, allowed: allowed, into: &f, reader: &reader, prefix: prefix)
            case "files" where prefix == "data":
                files = v
            default:
                reader.key = prefix
                let candidates = prefix == "data" ? keys : formatKeys
                reader.fail(k, "unknown key '\(key)'\(Suggestion.hint(key, candidates))")
            }
        }
        if f.decimal == 0x2C && f.thousands == .comma || f.decimal == 0x2E && f.thousands == .dot, let node = thousandsNode ?? decimalNode {
            reader.key = "\(prefix).thousands"
            reader.fail(node, "the same character cannot separate thousands and decimals")
        }
        return f
    }
}
