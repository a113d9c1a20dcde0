/// Fingerprints any `Encodable` value from its synthesized encoding: every stored property,
/// in declaration order. What a page is drawn from (a dossier's chart inputs)
/// then has one definition, its type, and a new property changes the fingerprint without
/// anyone listing it.
public enum FingerprintEncoding {
    /// `columns: false` takes the generic path for every value: the reference the column fast
    /// path (ColumnFingerprint) is tested against; both mix the same words.
    public static func fingerprint<T: Encodable>(_ value: T, columns: Bool = true) -> Fingerprint {
        let sink = Sink(columns: columns)
        // Encoding into the sink cannot fail: none of its containers throws.
        try? value.encode(to: FingerprintEncoder(sink: sink))
        return sink.value
    }

    final class Sink {
        var value = Fingerprint()
        let columns: Bool
        init(columns: Bool) { self.columns = columns }
    }
}

private struct FingerprintEncoder: Encoder {
    let sink: FingerprintEncoding.Sink
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.value.add(UInt64(0xA1))
        return KeyedEncodingContainer(Keyed(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.value.add(UInt64(0xA2))
        return Unkeyed(sink: sink)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(sink: sink) }
}

/// The primitive values, each with a tag so that different types of equal bits differ.
private struct Single: SingleValueEncodingContainer {
    let sink: FingerprintEncoding.Sink
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() { sink.value.add(UInt64(0xB0)) }
    mutating func encode(_ value: Bool) { sink.value.add(UInt64(0xB1)); sink.value.add(value) }
    mutating func encode(_ value: String) { sink.value.add(UInt64(0xB2)); sink.value.add(value) }
    mutating func encode(_ value: Double) { sink.value.add(UInt64(0xB3)); sink.value.add(value) }
    mutating func encode(_ value: Float) { encode(Double(value)) }
    mutating func encode(_ value: Int) { sink.value.add(UInt64(0xB4)); sink.value.add(value) }
    mutating func encode(_ value: Int8) { encode(Int(value)) }
    mutating func encode(_ value: Int16) { encode(Int(value)) }
    mutating func encode(_ value: Int32) { encode(Int(value)) }
    mutating func encode(_ value: Int64) { encode(Int(value)) }
    mutating func encode(_ value: UInt) { sink.value.add(UInt64(0xB5)); sink.value.add(UInt64(value)) }
    mutating func encode(_ value: UInt8) { encode(UInt(value)) }
    mutating func encode(_ value: UInt16) { encode(UInt(value)) }
    mutating func encode(_ value: UInt32) { encode(UInt(value)) }
    mutating func encode(_ value: UInt64) { encode(UInt(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        if sink.columns, ColumnFingerprint.add(value, to: &sink.value) { return }
        try value.encode(to: FingerprintEncoder(sink: sink))
    }
}

private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: FingerprintEncoding.Sink
    var codingPath: [any CodingKey] = []

    /// Keys are not hashed: a type's synthesized `encode(to:)` writes its properties in the same
    /// order every time, and an absent optional leaves a mark (`encodeIfPresent`), so the
    /// order alone says which value is which. (Hashing every key was half the encoder's time.)
    private func single(_ key: Key) -> Single { Single(sink: sink) }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { sink.value.add(UInt64(0xB0)); return }
        try encode(value, forKey: key)
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) {
        guard let value else { sink.value.add(UInt64(0xB0)); return }
        encode(value, forKey: key)
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) {
        guard let value else { sink.value.add(UInt64(0xB0)); return }
        encode(value, forKey: key)
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) {
        guard let value else { sink.value.add(UInt64(0xB0)); return }
        encode(value, forKey: key)
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) {
        guard let value else { sink.value.add(UInt64(0xB0)); return }
        encode(value, forKey: key)
    }

    mutating func encodeNil(forKey key: Key) { var s = single(key); s.encodeNil() }
    mutating func encode(_ value: Bool, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: String, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: Double, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: Float, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: Int, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: Int8, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: Int16, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: Int32, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: Int64, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: UInt, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) { var s = single(key); s.encode(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { var s = single(key); try s.encode(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        FingerprintEncoder(sink: sink).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        FingerprintEncoder(sink: sink).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { FingerprintEncoder(sink: sink) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { FingerprintEncoder(sink: sink) }
}

/// Elements in order, each tagged, so [1, 2] + [3] and [1] + [2, 3] differ.
private struct Unkeyed: UnkeyedEncodingContainer {
    let sink: FingerprintEncoding.Sink
    var codingPath: [any CodingKey] = []
    var count = 0

    private mutating func single() -> Single {
        count += 1
        sink.value.add(UInt64(0xC0))
        return Single(sink: sink)
    }

    mutating func encodeNil() { var s = single(); s.encodeNil() }
    mutating func encode(_ value: Bool) { var s = single(); s.encode(value) }
    mutating func encode(_ value: String) { var s = single(); s.encode(value) }
    mutating func encode(_ value: Double) { var s = single(); s.encode(value) }
    mutating func encode(_ value: Int) { var s = single(); s.encode(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { var s = single(); try s.encode(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return FingerprintEncoder(sink: sink).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        return FingerprintEncoder(sink: sink).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { FingerprintEncoder(sink: sink) }
}
