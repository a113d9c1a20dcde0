import Foundation

/// A value that renders as its own text and may count as "no value" for sections
/// (the handbook's `EmptyText`). Mirrors swift-mustache's `MustacheCustomRenderable`.
protocol TemplateRenderable {
    var renderText: String { get }
    var isNull: Bool { get }
}

/// Already-rendered UTF-8 (a page body inside the layout), copied without a String round trip.
struct TemplateBytes {
    let bytes: [UInt8]
}

/// A context value, classified once by its exact dynamic type so that lookups and
/// rendering switch on a tag instead of trying one dynamic cast after another.
/// Anything unusual keeps its original form in `.other` and gets swift-mustache's
/// general treatment (keyed children, `Mirror`, `String(describing:)`).
enum TemplateValue {
    case string(String)
    case dict([String: Any])
    case strings([String: String])
    case list([Any])
    case dictList([[String: Any]])
    case stringList([String])
    case bool(Bool)
    case int(Int)
    case double(Double)
    case bytes([UInt8])
    /// NSNull: found (stops the lookup up the context stack) but renders as nothing.
    case null
    /// `EmptyText`, the handbook's empty value (the common case of `renderable`, kept small).
    case empty
    case renderable(RenderableBox)
    case other(OtherBox)

    init(_ value: Any) {
        // Comparing metatypes is a pointer compare; after a match the value is read in place
        // (see `payload(of:as:)`).
        let type = type(of: value)
        if type == String.self { self = .string(payload(of: value, as: String.self)) }
        else if type == [String: Any].self { self = .dict(payload(of: value, as: [String: Any].self)) }
        else if type == EmptyText.self { self = .empty }
        else if type == Bool.self { self = .bool(payload(of: value, as: Bool.self)) }
        else if type == [Any].self { self = .list(payload(of: value, as: [Any].self)) }
        else if type == [[String: Any]].self { self = .dictList(payload(of: value, as: [[String: Any]].self)) }
        else if type == SharedRows.self { self = .dictList(payload(of: value, as: SharedRows.self).rows) }
        else if type == Int.self { self = .int(payload(of: value, as: Int.self)) }
        else if type == [String: String].self { self = .strings(payload(of: value, as: [String: String].self)) }
        else if type == Double.self { self = .double(payload(of: value, as: Double.self)) }
        else if type == [String].self { self = .stringList(payload(of: value, as: [String].self)) }
        else if type == TemplateBytes.self { self = .bytes(payload(of: value, as: TemplateBytes.self).bytes) }
        else if value is NSNull { self = .null }
        else if let r = value as? any TemplateRenderable { self = .renderable(RenderableBox(r)) }
        else { self = .other(OtherBox(value)) }
    }

    /// The rare cases live in boxes, so that a `TemplateValue` is two words and copies cheaply.
    final class RenderableBox {
        let value: any TemplateRenderable
        init(_ value: any TemplateRenderable) { self.value = value }
    }

    final class OtherBox {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    /// The value of `name` inside this one, or nil if it has none (the lookup then goes on
    /// up the context stack).
    func child(_ name: String) -> TemplateValue? {
        switch self {
        case .dict(let d):
            guard let v = d[name] else { return nil }
            return TemplateValue(v)
        case .strings(let d):
            guard let s = d[name] else { return nil }
            return .string(s)
        case .other(let v): return Self.slowChild(of: v.value, name)
        case .renderable(let r): return Self.slowChild(of: r.value, name)
        case .string, .list, .dictList, .stringList, .bool, .int, .double, .bytes, .null, .empty:
            // Mirror finds no named children in these.
            return nil
        }
    }

    /// swift-mustache's general lookup: String-keyed dictionaries by key, anything else by
    /// its stored property names (an Optional property that is nil counts as missing).
    private static func slowChild(of value: Any, _ name: String) -> TemplateValue? {
        if value is NSNull { return nil }
        if let keyed = value as? any TemplateKeyed {
            guard let v = keyed.templateChild(name) else { return nil }
            return TemplateValue(v)
        }
        guard let match = Mirror(reflecting: value).children.first(where: { $0.label == name }) else { return nil }
        let mirror = Mirror(reflecting: match.value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first else { return nil }
            return TemplateValue(wrapped.value)
        }
        return TemplateValue(match.value)
    }

    /// `String(describing:)` of a value that is not text, as swift-mustache prints it
    /// (an Optional shows its wrapped value).
    static func describe(_ value: Any) -> String {
        if let optional = value as? any TemplateOptional, let wrapped = optional.wrappedAny {
            return String(describing: wrapped)
        }
        return String(describing: value)
    }
}

/// Dictionaries with String keys, whatever their value type.
protocol TemplateKeyed {
    func templateChild(_ name: String) -> Any?
}

extension Dictionary: TemplateKeyed where Key == String {
    func templateChild(_ name: String) -> Any? { self[name] }
}

/// The collections swift-mustache iterates in a section (its `MustacheSequence`).
protocol TemplateSequence {
    var templateElements: [Any] { get }
}

extension Array: TemplateSequence {
    var templateElements: [Any] { map { $0 } }
}

extension Set: TemplateSequence {
    var templateElements: [Any] { map { $0 } }
}

extension ReversedCollection: TemplateSequence {
    var templateElements: [Any] { map { $0 } }
}

protocol TemplateOptional {
    var wrappedAny: Any? { get }
}

extension Optional: TemplateOptional {
    var wrappedAny: Any? { self }
}
