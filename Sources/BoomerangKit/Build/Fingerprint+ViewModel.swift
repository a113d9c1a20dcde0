import BoomerangModel

/// View models in the build cache's fingerprints.
extension Fingerprint {
    /// The fingerprint of one view-model value (see `add(value:)`).
    static func of(value: Any) -> Fingerprint { var f = Fingerprint(); f.add(value: value); return f }

    /// A view model ([String: Any] trees of strings, numbers, flags and lists). Dictionary
    /// entries are fingerprinted one by one and summed per lane, so the result does not depend
    /// on the dictionary's order and no keys need sorting. Exact types are matched by metatype
    /// (a pointer compare) before any conditional cast.
    public mutating func add(value: Any) {
        let type = type(of: value)
        if type == String.self { add(UInt64(1)); add(payload(of: value, as: String.self)) }
        else if type == [String: Any].self { add(dictionary: payload(of: value, as: [String: Any].self)) }
        else if type == Bool.self { add(UInt64(2)); add(payload(of: value, as: Bool.self)) }
        else if type == [[String: Any]].self {
            let list = payload(of: value, as: [[String: Any]].self)
            add(UInt64(6)); add(list.count)
            for d in list { add(dictionary: d) }
        } else if type == [Any].self {
            let list = payload(of: value, as: [Any].self)
            add(UInt64(6)); add(list.count)
            for v in list { add(value: v) }
        } else if type == Int.self { add(UInt64(3)); add(payload(of: value, as: Int.self)) }
        else if type == Double.self { add(UInt64(4)); add(payload(of: value, as: Double.self)) }
        else if type == EmptyText.self { add(UInt64(8)) }
        else if type == SharedRows.self { add(UInt64(9)); add(payload(of: value, as: SharedRows.self).fingerprint) }
        else { addByCasting(value) }
    }

    private mutating func add(dictionary d: [String: Any]) {
        var sumA: UInt64 = 0, sumB: UInt64 = 0
        for (k, v) in d {
            var entry = Fingerprint()
            entry.add(k)
            entry.add(value: v)
            sumA &+= entry.a
            sumB &+= entry.b
        }
        add(UInt64(5)); add(d.count); add(sumA); add(sumB)
    }

    private mutating func addByCasting(_ value: Any) {
        switch value {
        case let s as String: add(UInt64(1)); add(s)
        case let v as Bool: add(UInt64(2)); add(v)
        case let v as Int: add(UInt64(3)); add(v)
        case let v as Double: add(UInt64(4)); add(v)
        case let d as [String: Any]: add(dictionary: d)
        case let list as [Any]:
            add(UInt64(6)); add(list.count)
            for v in list { add(value: v) }
        default:
            // Any other type: its name and description, so a new kind of value can only cause a re-render.
            add(UInt64(7)); add(String(describing: Swift.type(of: value))); add(String(describing: value))
        }
    }

}
