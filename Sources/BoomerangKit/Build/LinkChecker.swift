import BoomerangModel
import Foundation

/// Every internal link and asset reference must resolve to a planned page.
public enum LinkChecker {
    /// href="..." and src="..." values in an HTML page (the generator always writes double quotes).
    public static func references(in html: [UInt8]) -> [String] {
        var refs: [String] = []
        html.withUnsafeBufferPointer { p in forEachReference(in: p) { refs.append(String(decoding: $0, as: UTF8.self)) } }
        return refs
    }

    /// Calls `body` with the bytes of every href="..." and src="..." value, in order.
    static func forEachReference(in p: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = p.baseAddress else { return }
        let n = p.count
        var i = 5
        // Look for `="` (rarer than a space), then check the attribute name before it. memchr
        // finds each `=`: every page is scanned, and its charts are full of attributes.
        while i + 1 < n {
            guard let hit = memchr(base + i, 61, n - 1 - i) else { return }   // "=" before the last byte
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if p[i + 1] == 34 {   // ="
                let isHref = p[i - 5] == 32 && p[i - 4] == 104 && p[i - 3] == 114 && p[i - 2] == 101 && p[i - 1] == 102
                let isSrc = p[i - 4] == 32 && p[i - 3] == 115 && p[i - 2] == 114 && p[i - 1] == 99
                if isHref || isSrc {
                    let from = i + 2
                    let close = from < n ? memchr(base + from, 34, n - from) : nil
                    let j = close.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? n
                    body(UnsafeBufferPointer(rebasing: p[from..<j]))
                    i = j
                }
            }
            i += 1
        }
    }

    /// Checks pages as they are rendered (each render thread has its own): a reference is broken
    /// when it points at no page of the site. Pages in one folder share most references (assets,
    /// lists, playbooks), so each is resolved once per folder.
    public struct Pass {
        let targets: LinkTargets
        /// Per folder: references (as bytes) already found to need no report. Most references
        /// are seen thousands of times, so they are looked up without making a String.
        private var fine: [String: ByteKeyTable] = [:]

        /// References remembered per folder before the folder's table starts afresh.
        static let knownLimit = 4096

        /// `targets`: every output path of the whole site (all shards).
        public init(targets: LinkTargets) { self.targets = targets }

        /// The references in `html` (the page at `path`) that resolve to no page.
        public mutating func broken(in html: [UInt8], page path: String) -> [String] {
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
            var known = fine.removeValue(forKey: folder) ?? ByteKeyTable(capacity: 64)
            // Started afresh when full: the references worth remembering (assets, lists,
            // playbooks) come back on the next page, and the many seen a few times each (every
            // dossier link of the list pages) would otherwise all be kept by every render
            // thread: 24.8 MB of the heap peak at 100,000 customers on two threads.
            defer { fine[folder] = known.count < Self.knownLimit ? known : ByteKeyTable(capacity: 64) }
            var broken: [String] = []
            let targets = self.targets
            html.withUnsafeBufferPointer { p in
                LinkChecker.forEachReference(in: p) { bytes in
                    if known.find(bytes) != nil { return }
                    let ref = String(decoding: bytes, as: UTF8.self)
                    // External, mailto and fragment-only references need no check either.
                    if let target = resolve(ref, from: path), !targets.contains(target) { broken.append(ref) } else { known.insert(bytes, 0) }
                }
            }
            return broken
        }
    }

    /// The output-relative path a reference points at; nil for external, mailto, fragment-only and empty.
    public static func resolve(_ ref: String, from page: String) -> String? {
        var ref = ref, page = page
        let ascii = ref.withUTF8 { r in page.withUTF8 { p in resolveASCII(r, from: p) } }
        return ascii ?? resolveCharacters(ref, from: page)
    }

    /// `resolve` by Characters: the reference `resolveASCII` is tested against, and the path for
    /// references and pages beyond ASCII (where a combining mark can join a `/` or `#`).
    static func resolveCharacters(_ ref: String, from page: String) -> String? {
        if ref.isEmpty || ref.hasPrefix("#") || ref.contains(":") || ref.hasPrefix("//") { return nil }
        // A page in the same folder (a dossier's own Markdown copy, the next list page): no parts to walk.
        if ref != ".", ref != "..", !ref.utf8.contains(where: { $0 == 47 || $0 == 35 || $0 == 63 }) {   // / # ?
            guard let slash = page.utf8.lastIndex(of: 47) else { return ref }
            return page[..<slash] + "/" + ref
        }
        var path = ref
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for piece in path.split(separator: "/", omittingEmptySubsequences: false) {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." && !piece.isEmpty { parts.append(String(piece)) }
        }
        var joined = parts.joined(separator: "/")
        // A folder ("dir/", ".", "..", "a/..") means its index page, as a browser and `serve` read it.
        let last = path.split(separator: "/", omittingEmptySubsequences: false).last
        if path.hasSuffix("/") || last == "." || last == ".." || joined.isEmpty { joined += (joined.isEmpty ? "" : "/") + "index.html" }
        return joined
    }
}
