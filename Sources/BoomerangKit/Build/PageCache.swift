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
    static let formatVersion = "boomerang-page-cache 3"

    let file: URL
    let global: Fingerprint
    /// Fingerprints of the previous build, by output path (empty when not trusted).
    private let previous: [String: Fingerprint]
    /// This build's pages (the plan's paths) and what each was rendered or kept from.
    private let paths: [String]
    private let current: UnsafeMutableBufferPointer<Fingerprint?>

    /// Opens the cache for `output`; `global` is the build-wide fingerprint (see `globalFingerprint`);
    /// `paths` are the pages this build plans, in plan order.
    public init(root: URL, output: URL, global: Fingerprint, paths: [String]) {
        let name = "output-" + Fingerprint.of(output.standardizedFileURL.path).hex + ".cache"
        file = root.appendingPathComponent(".boomerang-cache").appendingPathComponent(name)
        self.global = global
        self.paths = paths
        current = .allocate(capacity: paths.count)
        current.initialize(repeating: nil)
        previous = Self.read(file, global: global, output: output) ?? [:]
    }

    deinit { current.deallocate() }

    /// The previous build's fingerprint for `path`, when the cache is trusted.
    public func previousFingerprint(_ path: String) -> Fingerprint? { previous[path] }

    /// Records what page `index` of the plan was rendered (or kept) from in this build. Each
    /// page is recorded by one thread only, so the slots need no lock.
    public func record(_ index: Int, _ f: Fingerprint) { current[index] = f }

    /// After the output folder was committed: writes the cache for it (atomically; a failure to
    /// write only costs the next build its shortcut). Lines are in plan order, built as bytes:
    /// at 100,000 customers the file has 200,000 lines.
    public func save(output: URL) {
        guard let id = Self.identity(output) else { return }
        var text = Array((Self.formatVersion + "\n" + global.hex + "\n" + id + "\n").utf8)
        text.reserveCapacity(text.count + paths.count * 56)
        for (i, path) in paths.enumerated() {
            guard let f = current[i] else { continue }
            f.appendHex(to: &text)
            text.append(0x20)
            text.append(contentsOf: path.utf8)
            text.append(0x0A)
        }
        CacheFile.write(text, to: file)
    }

    static func read(_ file: URL, global: Fingerprint, output: URL) -> [String: Fingerprint]? {
        guard let data = FileManager.default.contents(atPath: file.path), let id = identity(output) else { return nil }
        return data.withUnsafeBytes { raw -> [String: Fingerprint]? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines = ByteLines(bytes)
            guard let v = lines.next(), v.elementsEqual(formatVersion.utf8),
                  let g = lines.next(), g.elementsEqual(global.hex.utf8),
                  let i = lines.next(), i.elementsEqual(id.utf8) else { return nil }
            var out: [String: Fingerprint] = [:]
            out.reserveCapacity(bytes.count / 56)
            while let line = lines.next() {
                guard line.count > 33 else { continue }
                guard let f = Fingerprint(hex: UnsafeBufferPointer(rebasing: line.prefix(32))), line[line.startIndex + 32] == 0x20 else { return nil }
                out[String(decoding: UnsafeBufferPointer(rebasing: line.dropFirst(33)), as: UTF8.self)] = f
            }
            return out
        }
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
    /// own records and page model.
    public static func globalFingerprint(root: URL, site: SiteContext, asOfOverride: Day?) -> Fingerprint {
        var f = Fingerprint()
        f.add(formatVersion)
        addExecutable(&f)
        for folder in ["templates", "content/playbooks"] { addTree(&f, root.appendingPathComponent(folder), label: folder) }
        addFile(&f, root.appendingPathComponent("content/handbook.yml"), label: "content/handbook.yml")
        f.add(Int(asOfOverride?.raw ?? Int32.min))
        f.add(Int(site.model.asOf.raw))
        for name in site.managerNames { f.add(name); f.add(site.managerStems[name] ?? "") }
        for stem in site.playbookStems { f.add(stem) }
        return f
    }

    /// The executable: a new boomerang may render (or fit) differently.
    static func addExecutable(_ f: inout Fingerprint) {
        var st = stat()
        if stat("/proc/self/exe", &st) == 0 { f.add(Int(st.st_size)); f.add(Int(st.st_mtim.tv_sec)); f.add(Int(st.st_mtim.tv_nsec)); f.add(Int(st.st_ino)) }
        else { f.add(UUID().uuidString) }   // cannot tell which program this is: never trust the cache
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

    /// From the 32 lowercase hex digits `hex` writes; nil for anything else.
    init?(hex: UnsafeBufferPointer<UInt8>) {
        guard hex.count == 32 else { return nil }
        var a: UInt64 = 0, b: UInt64 = 0
        for (k, c) in hex.enumerated() {
            let digit: UInt8
            switch c {
            case 0x30...0x39: digit = c - 0x30
            case 0x61...0x66: digit = c - 0x61 + 10
            default: return nil
            }
            if k < 16 { a = a << 4 | UInt64(digit) } else { b = b << 4 | UInt64(digit) }
        }
        self.init(a: a, b: b)
    }

    /// `hex` as bytes.
    func appendHex(to out: inout [UInt8]) {
        Self.appendHex(a, to: &out)
        Self.appendHex(b, to: &out)
    }

    /// A word as 16 lowercase hex digits.
    static func appendHex(_ w: UInt64, to out: inout [UInt8]) {
        for shift in stride(from: 60, through: 0, by: -4) {
            let d = UInt8(truncatingIfNeeded: w >> UInt64(shift)) & 0xF
            out.append(d < 10 ? 0x30 + d : 0x61 + d - 10)
        }
    }
}

/// The lines of a byte buffer, without their "\n".
struct ByteLines: IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> Slice<UnsafeBufferPointer<UInt8>>? {
        guard position < bytes.count else { return nil }
        var end = position
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        defer { position = end + 1 }
        return bytes[position..<end]
    }
}
