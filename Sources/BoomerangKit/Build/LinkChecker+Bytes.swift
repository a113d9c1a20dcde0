/// References resolved over bytes. Splitting the page and the reference into Strings cost about
/// 58,000 instructions a reference (most of the link check); an ASCII one is walked in place.
extension LinkChecker {
    /// The result of `resolveCharacters` for an ASCII reference and page: `.some(nil)` for a
    /// reference that needs no check; nil when either is not ASCII.
    static func resolveASCII(_ ref: UnsafeBufferPointer<UInt8>, from page: UnsafeBufferPointer<UInt8>) -> String?? {
        guard ref.allSatisfy({ $0 < 0x80 }), page.allSatisfy({ $0 < 0x80 }) else { return nil }
        if ref.isEmpty || ref[0] == 0x23 || ref.contains(0x3A) || (ref.count > 1 && ref[0] == 0x2F && ref[1] == 0x2F) { return .some(nil) }
        // A page in the same folder (a dossier's own Markdown copy, the next list page): no parts to walk.
        if !isDots(ref, 0..<ref.count, 1), !isDots(ref, 0..<ref.count, 2), !ref.contains(where: { $0 == 0x2F || $0 == 0x23 || $0 == 0x3F }) {
            guard let slash = page.lastIndex(of: 0x2F) else { return .some(String(decoding: ref, as: UTF8.self)) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: page[...slash]), as: UTF8.self) + String(decoding: ref, as: UTF8.self))
        }
        // Without # and ?, the path is the whole reference.
        let path = UnsafeBufferPointer(rebasing: ref[..<(ref.firstIndex { $0 == 0x23 || $0 == 0x3F } ?? ref.count)])
        // The page's folders (its non-empty parts but the last), then the reference's parts walked on them.
        var parts = Self.parts(of: page)
        parts.removeLast()   // the page itself (a page has a name)
        var segments: [(from: UnsafeBufferPointer<UInt8>, range: Range<Int>)] = parts.map { (page, $0) }
        var start = 0
        for i in 0...path.count where i == path.count || path[i] == 0x2F {
            let piece = start..<i
            if isDots(path, piece, 2) { if !segments.isEmpty { segments.removeLast() } }
            else if !piece.isEmpty && !isDots(path, piece, 1) { segments.append((path, piece)) }
            start = i + 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(page.count + path.count + 11)
        for (n, s) in segments.enumerated() {
            if n > 0 { out.append(0x2F) }
            out += UnsafeBufferPointer(rebasing: s.from[s.range])
        }
        // A folder ("dir/", ".", "..", "a/..") means its index page.
        let last = (path.lastIndex(of: 0x2F).map { $0 + 1 } ?? 0)..<path.count
        if path.last == 0x2F || isDots(path, last, 1) || isDots(path, last, 2) || out.isEmpty {
            if !out.isEmpty { out.append(0x2F) }
            out += "index.html".utf8
        }
        return .some(String(decoding: out, as: UTF8.self))
    }

    /// Ranges of the non-empty parts between slashes; at least one (an empty one for a page without parts).
    private static func parts(of page: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        for i in 0...page.count where i == page.count || page[i] == 0x2F {
            if i > start { parts.append(start..<i) }
            start = i + 1
        }
        return parts.isEmpty ? [0..<0] : parts
    }

    /// True when `range` of `b` is `count` dots ("." or "..").
    private static func isDots(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ count: Int) -> Bool {
        range.count == count && b[range].allSatisfy { $0 == 0x2E }
    }
}
