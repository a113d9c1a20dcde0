@testable import BoomerangKit
import BoomerangModel
import Testing

/// `DeferredRows.prefix` (a dossier's newest orders) is fingerprinted from the whole list's
/// fingerprint instead of by encoding the prefix. Its reference is the plain way, rows made from
/// `inputs.prefix(n)` and fingerprinted from those inputs: the prefix must make the same rows,
/// and whenever the reference fingerprint changes, the shortcut's must change too.
struct DeferredRowsPrefixTests {
    static func rows(_ list: OrderListInputs) -> [OrderRow] {
        list.ids.indices.map { OrderRow(id: list.ids[$0], date: "\(list.days[$0])", amount: "\(list.amounts[$0])", margin: "\(list.margins[$0] ?? -1)") }
    }

    static func randomList(_ random: inout SeededRandom) -> OrderListInputs {
        let n = Int(random.next() % 20)
        var list = OrderListInputs()
        for i in 0..<n {
            list.ids.append("SO-\(random.next() % 4)-\(i)")
            list.days.append(Int(random.next() % 3))
            list.amounts.append(Double(random.next() % 3))
            list.margins.append(random.next() % 3 == 0 ? nil : Double(random.next() % 2))
        }
        return list
    }

    /// One value of `list` changed at random (often one that cannot change the first `n`).
    static func edited(_ list: OrderListInputs, _ random: inout SeededRandom) -> OrderListInputs {
        guard !list.ids.isEmpty else { return list }
        var list = list
        let i = Int(random.next() % UInt64(list.ids.count))
        switch random.next() % 4 {
        case 0: list.ids[i] += "x"
        case 1: list.days[i] += 1
        case 2: list.amounts[i] += 0.5
        default: list.margins[i] = list.margins[i] == nil ? 1 : nil
        }
        return list
    }

    @Test func prefixMakesTheReferenceRowsAndChangesWhenTheyDo() {
        var random = SeededRandom(state: 22)
        var changedPrefixes = 0
        for _ in 0..<2_000 {
            let a = Self.randomList(&random)
            let b = random.next() % 2 == 0 ? Self.edited(a, &random) : a
            let n = Int(random.next() % 14)
            let fastA = DeferredRows(a, make: Self.rows).prefix(n), fastB = DeferredRows(b, make: Self.rows).prefix(n)
            let referenceA = DeferredRows(a.prefix(n), make: Self.rows), referenceB = DeferredRows(b.prefix(n), make: Self.rows)
            #expect(fastA.rows.map(\.id) == referenceA.rows.map(\.id))
            #expect(fastA.rows.map(\.amount) == referenceA.rows.map(\.amount))
            if referenceA.fingerprint != referenceB.fingerprint {
                changedPrefixes += 1
                #expect(fastA.fingerprint != fastB.fingerprint, "a change within the first \(n) orders must change the prefix's fingerprint")
            }
            if a.ids == b.ids && a.days == b.days && a.amounts == b.amounts && a.margins == b.margins {
                #expect(fastA.fingerprint == fastB.fingerprint)
            }
        }
        #expect(changedPrefixes > 200)
    }

    /// A customer with few orders shows one list as both the full and the recent one: its
    /// fingerprint is made once and is the inputs' own.
    @Test func aListKeepsItsFingerprint() {
        var random = SeededRandom(state: 7)
        let list = Self.randomList(&random)
        let rows = DeferredRows(list, make: Self.rows)
        #expect(rows.fingerprint == FingerprintEncoding.fingerprint(list))
        #expect(rows.fingerprint == rows.fingerprint)
    }
}
