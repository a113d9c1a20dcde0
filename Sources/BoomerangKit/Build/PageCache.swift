import BoomerangModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The incremental-build cache: for each dossier page of the last successful build into an
/// output folder, the fingerprint it was rendered from. A page whose fingerprint is unchanged
/// is hard-linked from the previous output instead of rendered again.
///
/// It lives in `<root>/.boomerang-cache/`, one file per output folder. It is trusted only when
/// everything build-wide is as it was (the boomerang binary, templates, strings, assets, config,
/// playbooks, the file names of managers and playbooks, the as-of date) and the output folder is
/// the very one that build committed (device and inode: any other writer, or a killed build,
/// makes it a fresh folder). Otherwise the build simply renders everything.
public final class PageCache: @unchecked Sendable {
    static let formatVersion = "boomerang-page-cache 2"

    let file: URL
    let global: Fingerprint
    /// Fingerprints of the previous build, by output path (empty when not trusted).
    private let previous: [String: Fingerprint]
    private let lock = NSLock()
    private var current: [String: Fingerprint] = [:]

    /// Opens the cache for `output`; `global` is the build-wide fingerprint (see `globalFingerprint`).
    public init(root: URL, output: URL, global: Fingerprint) {
        let name = "output-" + Fingerprint.of(output.standardizedFileURL.path).hex + ".cache"
        file = root.appendingPathComponent(".boomerang-cache").appendingPathComponent(name)
        self.global = global
        previous = Self.read(file, global: global, output: output) ?? [:]
    }

    /// The previous build's fingerprint for `path`, when the cache is trusted.
    public func previousFingerprint(_ path: String) -> Fingerprint? { previous[path] }

    public var isWarm: Bool { !previous.isEmpty }

    /// Records what `path` was rendered (or kept) from in this build.
    public func record(_ path: String, _ f: Fingerprint) {
        lock.lock(); current[path] = f; lock.unlock()
    }

    /// After the output folder was committed: writes the cache for it (atomically; a failure to
    /// write only costs the next build its shortcut).
    public func save(output: URL) {
        guard let id = Self.identity(output) else { return }
        var text = Self.formatVersion + "\n" + global.hex + "\n" + id + "\n"
        for path in current.keys.sorted() { text += current[path]!.hex + " " + path + "\n" }
        let dir = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(file.lastPathComponent + ".tmp")
        guard (try? Data(text.utf8).write(to: tmp)) != nil else { return }
        _ = rename(tmp.path, file.path)
    }

    /// Forgets the cache of `output` (a failed build leaves the folder and its cache as they were,
    /// so this is only for callers that change the output folder by other means).
    public func discard() { try? FileManager.default.removeItem(at: file) }

    static func read(_ file: URL, global: Fingerprint, output: URL) -> [String: Fingerprint]? {
        guard let data = FileManager.default.contents(atPath: file.path), let id = identity(output) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines[0] == formatVersion, lines[1] == global.hex, lines[2] == id else { return nil }
        var out: [String: Fingerprint] = [:]
        for line in lines.dropFirst(3) where line.count > 33 {
            let hex = line.prefix(32)
            guard let f = Fingerprint(hex: hex) else { return nil }
            out[String(line.dropFirst(33))] = f
        }
        return out
    }

    /// "device:inode:ctime:mtime" of the output folder: a committed build swaps in a new folder
    /// every time. The times (in nanoseconds) matter because an inode number is reused once its
    /// folder is deleted: a folder that something else deleted and wrote again could otherwise
    /// pass for the committed one and have stale pages kept from it.
    static func identity(_ output: URL) -> String? {
        var st = stat()
        guard stat(output.path, &st) == 0 else { return nil }
        return "\(st.st_dev):\(st.st_ino):\(st.st_ctim.tv_sec).\(st.st_ctim.tv_nsec):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }

    /// The build-wide fingerprint: the program itself and every input a dossier reads besides its
    /// own records and view model.
    public static func globalFingerprint(root: URL, site: SiteContext, asOfOverride: Day?) -> Fingerprint {
        var f = Fingerprint()
        f.add(formatVersion)
        // The executable: a new boomerang may render differently.
        var st = stat()
        if stat("/proc/self/exe", &st) == 0 { f.add(Int(st.st_size)); f.add(Int(st.st_mtim.tv_sec)); f.add(Int(st.st_mtim.tv_nsec)); f.add(Int(st.st_ino)) }
        else { f.add(UUID().uuidString) }   // cannot tell which program this is: never trust the cache
        for folder in ["templates", "content/playbooks"] { addTree(&f, root.appendingPathComponent(folder), label: folder) }
        addFile(&f, root.appendingPathComponent("content/handbook.yml"), label: "content/handbook.yml")
        f.add(Int(asOfOverride?.raw ?? Int32.min))
        f.add(Int(site.model.asOf.raw))
        for name in site.managerNames { f.add(name); f.add(site.managerStems[name] ?? "") }
        for stem in site.playbookStems { f.add(stem) }
        return f
    }

    private static func addTree(_ f: inout Fingerprint, _ dir: URL, label: String) {
        let fm = FileManager.default
        let files = (fm.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []).sorted()
        f.add(label); f.add(files.count)
        for p in files { addFile(&f, dir.appendingPathComponent(p), label: p) }
    }

    private static func addFile(_ f: inout Fingerprint, _ file: URL, label: String) {
        f.add(label)
        if let data = FileManager.default.contents(atPath: file.path) {
            data.withUnsafeBytes { f.add(bytes: $0) }
        } else {
            f.add(UInt64(0xdead))
        }
    }
}

extension Fingerprint {
    static func of(_ s: String) -> Fingerprint { var f = Fingerprint(); f.add(s); return f }

    init?(hex: Substring) {
        guard hex.count == 32, let a = UInt64(hex.prefix(16), radix: 16), let b = UInt64(hex.suffix(16), radix: 16) else { return nil }
        self.init(a: a, b: b)
    }
}
