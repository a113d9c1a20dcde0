/// One stored copy of each distinct value of a column whose values repeat (a customer's
/// manager and city, a contact's manager): rows then share it instead of each holding its own.
///
/// Why: a String longer than 15 UTF-8 bytes (a Cyrillic name is) has storage of its own, about
/// 48 bytes; at 1,000,000 customers and as many contacts the repeated managers and cities were
/// about 130 MB. Values are shared only when byte for byte equal: Swift's `==` also joins
/// canonically equivalent text (é precomposed or not), which must keep its own bytes.
struct StringPool {
    private var values: Set<String> = []

    /// `value`, or the stored copy of the same bytes.
    mutating func shared(_ value: String) -> String {
        // Small strings sit inside the String itself: nothing to share.
        guard value.utf8.count > 15 else { return value }
        let (inserted, stored) = values.insert(value)
        if inserted || stored.utf8.elementsEqual(value.utf8) { return stored }
        return value
    }
}
