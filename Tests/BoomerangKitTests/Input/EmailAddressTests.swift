import Testing
@testable import BoomerangKit

/// The byte check of plain addresses against the scalar-by-scalar check it stands in front of.
@Suite struct EmailAddressTests {
    /// Random addresses from the characters that decide the check: for ASCII the two agree
    /// exactly; with other scripts the byte check only ever passes the address on.
    @Test func byteCheckAgreesWithTheScalarCheck() {
        var rng = SeededRandom(state: 22)
        let ascii: [String] = "ab.Z09-_@@..--+'\" <>()[],;:\\`~\t\u{7F}\u{01}".map { String($0) } + ["localhost", "x.y", "@b.c"]
        let other = ["é", "\u{301}", "я", "\u{200D}", "\u{A0}", "١"]
        var accepted = 0
        for n in 0..<50_000 {
            let alphabet = n % 4 == 0 ? ascii + other : ascii
            var s = ""
            for _ in 0..<Int.random(in: 0...14, using: &rng) { s += alphabet.randomElement(using: &rng)! }
            // Half of them shaped like an address, so that many are valid.
            if n % 2 == 1 { s = Self.shaped(&rng, alphabet: alphabet) }
            let plain = EmailAddress.isPlainValid(s)
            if plain { accepted += 1; #expect(EmailAddress.checkScalars(s) == nil, "\(s.debugDescription)") }
            if s.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(plain == (EmailAddress.checkScalars(s) == nil), "\(s.debugDescription)")
            }
        }
        #expect(accepted > 500)
    }

    static func shaped(_ rng: inout SeededRandom, alphabet: [String]) -> String {
        let local = ["a", "b.", "Z9", "'", "+", "-", "_", ".", "~", "o.k"], domain = ["b", "c-d", ".", "x1", "-", "localhost", ".ru"]
        var s = ""
        for _ in 0..<Int.random(in: 0...4, using: &rng) { s += local.randomElement(using: &rng)! }
        if Int.random(in: 0..<8, using: &rng) == 0 { s += alphabet.randomElement(using: &rng)! }
        s += "@"
        for _ in 0..<Int.random(in: 0...5, using: &rng) { s += domain.randomElement(using: &rng)! }
        if Int.random(in: 0..<8, using: &rng) == 0 { s += alphabet.randomElement(using: &rng)! }
        return s
    }

    @Test func plainAddressesTakeTheByteCheck() {
        for s in ["a@b.c", "office1@customer.example", "x.y+z@mail.co.uk", "o'brien@x.ie", "boomerang@localhost"] {
            #expect(EmailAddress.isPlainValid(s), "\(s)")
        }
        for s in ["имя@пример.рф", "a@b", "a..b@c.d", "a@-b.c", "a@b.c.", ".a@b.c", "a@b..c"] { #expect(!EmailAddress.isPlainValid(s), "\(s)") }
    }
}
