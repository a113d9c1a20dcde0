/// The value inside an `Any` whose dynamic type the caller has just compared with `T`
/// (`type(of: value) == T.self`), read in place.
///
/// Why: `value as! T` goes through the runtime's general cast (`swift_dynamicCast`: unwrap
/// the existential, find the type, copy), which costs as much as the dictionary lookup it
/// follows, and view models are read this way hundreds of times per page. A value of at most
/// three words (String, Bool, Int, Double, Array, Dictionary: every type this is used with)
/// is stored inline at the start of the existential's buffer, as Swift's ABI lays `Any` out,
/// so after the type check it is loaded directly. Larger types take the cast.
@inline(__always)
func payload<T>(of value: Any, as _: T.Type) -> T {
    assert(type(of: value) == T.self, "payload(of:as:) needs the exact type")
    guard MemoryLayout<T>.size <= 3 * MemoryLayout<Int>.size, MemoryLayout<T>.alignment <= MemoryLayout<Int>.alignment else {
        return value as! T
    }
    return withUnsafePointer(to: value) { UnsafeRawPointer($0).load(as: T.self) }
}
