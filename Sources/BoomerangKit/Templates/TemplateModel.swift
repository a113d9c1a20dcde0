import BoomerangModel

/// A page or a repeated item of a page, as its templates see it: a Swift type whose fields
/// are listed once, with name, kind, meaning and how to read them (`TemplateFields`).
///
/// The list is the schema: templates are checked against it when they load (TemplateBinder),
/// rendering reads fields by the index found then, the build's cache fingerprints pages from it
/// (TemplateFingerprint) and docs/templates.md is generated from it.
protocol TemplateModel {
    static var fields: TemplateFields<Self> { get }
    /// Field `field`'s value. (A requirement with a default below, rather than a call through
    /// `Element.fields` in generic code: the default is compiled once per model type, while the
    /// generic call looked the getters' function type up in the runtime's metadata cache on
    /// every field read, a third of the renderer's instructions.)
    func slot(_ field: Int) -> Slot
    /// Field `field` of `items[item]`: a requirement for the same reason as `slot(_:)` (through
    /// the generic `Array: TemplateItems` witness the item was copied out by its value witnesses).
    static func slot(in items: [Self], _ item: Int, _ field: Int) -> Slot
    static var schema: TemplateSchema { get }
    static var fieldCount: Int { get }
    /// Adds what the model shows to a page-cache fingerprint (TemplateFingerprint.swift).
    func addFingerprint(to f: inout Fingerprint)
}

extension TemplateModel {
    func slot(_ field: Int) -> Slot { Self.fields.getters[field](self) }
    static func slot(in items: [Self], _ item: Int, _ field: Int) -> Slot { items[item].slot(field) }
    static var schema: TemplateSchema { fields.schema }
    static var fieldCount: Int { fields.getters.count }
}

/// One field's value while rendering.
enum Slot {
    /// Text from data or made from it: escaped for the output (HTML, Markdown or plain text).
    case text(String)
    /// Markup the handbook made itself (a playbook's HTML, a chart's SVG): inserted as it is.
    case markup(String)
    /// A rendered page body inside the layout: inserted as it is, without a String round trip.
    case bytes([UInt8])
    /// A link or path: escaped as a URL where a template puts it in a URL attribute.
    case url(String)
    case flag(Bool)
    /// A list of items, or an optional object (no items or one).
    case items(any TemplateItems)
    /// Something whose text is made only when a page is rendered (a dossier's charts), with a
    /// fingerprint of what it is made from.
    case deferred(any DeferredItems)
}

/// Items a section iterates, read field by field without copying an item out.
protocol TemplateItems {
    var count: Int { get }
    /// The item type's schema.
    var schema: TemplateSchema { get }
    /// Fields per item.
    var fieldCount: Int { get }
    func slot(_ item: Int, _ field: Int) -> Slot
    func addFingerprint(_ item: Int, to f: inout Fingerprint)
}

extension Array: TemplateItems where Element: TemplateModel {
    var schema: TemplateSchema { Element.schema }
    var fieldCount: Int { Element.fieldCount }
    func slot(_ item: Int, _ field: Int) -> Slot { Element.slot(in: self, item, field) }
    func addFingerprint(_ item: Int, to f: inout Fingerprint) { self[item].addFingerprint(to: &f) }
}

/// Items made on demand: the page cache asks for the fingerprint, rendering for the items.
protocol DeferredItems {
    var fingerprint: Fingerprint { get }
    func make() -> any TemplateItems
}

/// The fields of model `M`: the schema (names, kinds, meanings) and a reader per field.
struct TemplateFields<M>: Sendable {
    let schema: TemplateSchema
    let getters: [@Sendable (M) -> Slot]

    init(_ name: String, _ fields: [TemplateField<M>]) {
        schema = TemplateSchema(name, fields.map(\.info))
        getters = fields.map(\.get)
    }
}

/// One field: the schema's entry and how to read it from a model.
struct TemplateField<M>: Sendable {
    let info: FieldInfo
    let get: @Sendable (M) -> Slot

    static func text(_ name: String, _ doc: String, _ get: @escaping @Sendable (M) -> String) -> Self {
        Self(info: FieldInfo(name, .text, doc)) { .text(get($0)) }
    }

    static func markup(_ name: String, _ doc: String, _ get: @escaping @Sendable (M) -> String) -> Self {
        Self(info: FieldInfo(name, .markup, doc)) { .markup(get($0)) }
    }

    static func url(_ name: String, _ doc: String, _ get: @escaping @Sendable (M) -> String) -> Self {
        Self(info: FieldInfo(name, .url, doc)) { .url(get($0)) }
    }

    static func flag(_ name: String, _ doc: String, _ get: @escaping @Sendable (M) -> Bool) -> Self {
        Self(info: FieldInfo(name, .flag, doc)) { .flag(get($0)) }
    }

    static func list<Item: TemplateModel>(_ name: String, _ doc: String, _ get: @escaping @Sendable (M) -> [Item]) -> Self {
        Self(info: FieldInfo(name, .list(Item.fields.schema), doc)) { .items(get($0)) }
    }

    static func object<Item: TemplateModel>(_ name: String, _ doc: String, _ get: @escaping @Sendable (M) -> Item?) -> Self {
        Self(info: FieldInfo(name, .object(Item.fields.schema), doc)) { .items(get($0).map { [$0] } ?? []) }
    }

    /// A list made only when a page is rendered (DeferredRows); an absent one has no items.
    static func deferred<Inputs, Item>(_ name: String, _ doc: String, _ get: @escaping @Sendable (M) -> DeferredRows<Inputs, Item>?) -> Self {
        Self(info: FieldInfo(name, .deferred(Item.fields.schema), doc)) { m in get(m).map { .deferred($0) } ?? .items([Item]()) }
    }

    /// The fields of a part of `M` (a dossier's customer row) as fields of `M` itself.
    static func lifted<Part: TemplateModel>(_ part: Part.Type, _ get: @escaping @Sendable (M) -> Part) -> [Self] {
        Part.fields.schema.fields.indices.map { i in Self(info: Part.fields.schema.fields[i]) { get($0).slot(i) } }
    }

    init(info: FieldInfo, get: @escaping @Sendable (M) -> Slot) {
        self.info = info
        self.get = get
    }
}
