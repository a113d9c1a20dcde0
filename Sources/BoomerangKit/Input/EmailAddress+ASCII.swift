/// Nearly every address in a data file is plain ASCII and valid. Asking Unicode's properties
/// about each of its scalars cost about 50,000 instructions an address (half of loading the
/// customers), so such addresses are accepted by a byte check first.
extension EmailAddress {
    /// True when `s` is ASCII and `checkScalars` finds nothing wrong with it; false means
    /// "ask `checkScalars`" (it may still be valid, in another script).
    static func isPlainValid(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { isPlainValid($0) }
    }

    private static func isPlainValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let at = b.firstIndex(of: 0x40), at > 0 else { return false }
        let local = UnsafeBufferPointer(rebasing: b[..<at]), domain = UnsafeBufferPointer(rebasing: b[(at + 1)...])
        guard local.allSatisfy(isLocalByte), local.first != 0x2E, local.last != 0x2E else { return false }
        for (i, byte) in local.enumerated().dropFirst() where byte == 0x2E && local[i - 1] == 0x2E { return false }
        // Labels of letters, digits and hyphens, none empty or with a hyphen at either end; two or more.
        var labels = 0, start = 0
        for i in 0...domain.count where i == domain.count || domain[i] == 0x2E {
            guard i > start, domain[start] != 0x2D, domain[i - 1] != 0x2D else { return false }
            for k in start..<i where !isDomainByte(domain[k]) { return false }
            labels += 1
            start = i + 1
        }
        return labels >= 2 || domain.elementsEqual("localhost".utf8)
    }

    /// A printable ASCII byte that is none of the specials `forbidden` names.
    private static func isLocalByte(_ b: UInt8) -> Bool {
        guard b > 0x20, b < 0x7F else { return false }
        switch b {
        case 0x22, 0x3C, 0x3E, 0x28, 0x29, 0x5B, 0x5D, 0x2C, 0x3B, 0x3A, 0x5C, 0x60, 0x40: return false   // "<>()[],;:\`@
        default: return true
        }
    }

    private static func isDomainByte(_ b: UInt8) -> Bool {
        b == 0x2D || (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
    }
}
