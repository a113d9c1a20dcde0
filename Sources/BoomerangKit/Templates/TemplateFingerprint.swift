import BoomerangModel

/// Page-cache fingerprints from the page models themselves: every field the schema lists, in
/// order, so a page's fingerprint covers exactly what its templates can show, and a new field
/// is covered the day it is added.
extension TemplateModel {
    func addFingerprint(to f: inout Fingerprint) { addFields(to: &f) }

    /// Every field, in schema order: the default fingerprint, and what the models that keep
    /// theirs (CustomerRow, DossierPage) make it from.
    func addFields(to f: inout Fingerprint) {
        for field in 0..<Self.fieldCount { f.add(slot: slot(field)) }
    }
}

extension Fingerprint {
    mutating func add<M: TemplateModel>(model: M) {
        model.addFingerprint(to: &self)
    }

    mutating func add(slot: Slot) {
        switch slot {
        case .text(let s): add(UInt64(1)); add(s)
        case .markup(let s): add(UInt64(2)); add(s)
        case .url(let s): add(UInt64(3)); add(s)
        case .bytes(let b): add(UInt64(4)); add(b)
        case .flag(let b): add(UInt64(5)); add(b)
        case .items(let items):
            add(UInt64(6)); add(items.count)
            for i in 0..<items.count { items.addFingerprint(i, to: &self) }
        case .deferred(let d): add(UInt64(7)); add(d.fingerprint)
        }
    }
}
