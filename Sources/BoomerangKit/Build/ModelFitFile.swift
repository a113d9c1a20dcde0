import BoomerangAnalytics
import BoomerangModel
import Foundation

/// Where the analysis keeps its model fits between builds: `<root>/.boomerang-cache/model-fits.cache`,
/// one line per fit, "<key> <value> ..." with every value as the 16 hex digits of its bits, so a
/// reused fit is exactly the one computed. Keys are salted with the executable's identity
/// (see ModelFitMemo). A missing or unreadable file only means the fits are computed.
enum ModelFitFile {
    static let formatVersion = "boomerang-model-fits 1"

    static func url(root: URL) -> URL {
        root.appendingPathComponent(".boomerang-cache").appendingPathComponent("model-fits.cache")
    }

    /// A memo holding the stored fits (none with `reuse: false`: `--no-cache` fits everything
    /// again, and the fits it makes are stored for the next build).
    static func load(root: URL, reuse: Bool = true) -> ModelFitMemo {
        var salt = Fingerprint()
        salt.add(formatVersion)
        PageCache.addExecutable(&salt)
        return ModelFitMemo(salt: salt, previous: reuse ? read(url(root: root)) : [:])
    }

    static func read(_ file: URL) -> [Fingerprint: [Double]] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [:] }
        let lines = text.split(separator: "\n")
        guard lines.first == Substring(formatVersion) else { return [:] }
        var out: [Fingerprint: [Double]] = [:]
        for line in lines.dropFirst() {
            let words = line.split(separator: " ")
            guard words.count >= 2, let key = fingerprint(words[0]) else { continue }
            let values = words.dropFirst().compactMap { UInt64($0, radix: 16).map(Double.init(bitPattern:)) }
            if values.count == words.count - 1 { out[key] = values }
        }
        return out
    }

    /// Writes the fits this build used (atomically; a failure only costs the next build a refit).
    static func save(_ memo: ModelFitMemo, root: URL) {
        let file = url(root: root)
        var text = Array((formatVersion + "\n").utf8)
        for (key, values) in memo.entries.sorted(by: { ($0.key.a, $0.key.b) < ($1.key.a, $1.key.b) }) {
            key.appendHex(to: &text)
            for v in values { text.append(0x20); Fingerprint.appendHex(v.bitPattern, to: &text) }
            text.append(0x0A)
        }
        CacheFile.write(text, to: file)
    }

    private static func fingerprint(_ word: Substring) -> Fingerprint? {
        Array(word.utf8).withUnsafeBufferPointer { Fingerprint(hex: $0) }
    }
}
