#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file with POSIX `read`, or hands out an in-memory array, chunk by chunk, always as
/// UTF-8: a byte-order mark decides the encoding (it wins over the configured one), other
/// encodings go through a `Transcoder`.
struct ChunkInput {
    private var fd: Int32 = -1
    private var bytes: [UInt8] = []
    private var offset = 0
    /// The first bytes, read ahead to look for a byte-order mark.
    private var head: [UInt8] = []
    private var transcoder: Transcoder?
    private var scratch: [UInt8] = []
    /// The encoding in effect after looking at the byte-order mark.
    private(set) var encoding: DataFormat.Encoding

    init(_ source: CSVSource, encoding configured: DataFormat.Encoding = .utf8) throws {
        encoding = configured
        switch source {
        case .bytes(let b): bytes = b
        case .xlsx(let path), .file(let path):
            fd = open(path, O_RDONLY)
            if fd < 0 { throw CSVFatalError(line: 0, column: nil, message: "cannot open: \(String(cString: strerror(errno)))") }
        case .database:
            throw CSVFatalError(line: 0, column: nil, message: "database rows are not a byte stream")
        }
        var first = [UInt8](repeating: 0, count: 3)
        var n = 0
        while n < 3 {
            let got = try first.withUnsafeMutableBufferPointer { try rawRead(into: $0.baseAddress! + n, count: 3 - n) }
            if got == 0 { break }
            n += got
        }
        head = Array(first[0..<n])
        if head.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16le; head.removeFirst(2)
        } else if head.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16be; head.removeFirst(2)
        } else if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8  // the CSV reader skips the mark itself
        } else if configured == .utf16 {
            close()
            throw CSVFatalError(line: 1, column: 1, message: "encoding utf-16 needs a byte-order mark at the start of the file, and there is none; set encoding: utf-16le or utf-16be")
        }
        transcoder = Transcoder(encoding)
    }

    /// Fills `p` with up to `count` UTF-8 bytes; 0 only at the end of the input.
    mutating func read(into p: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        guard transcoder != nil else {
            var n = 0
            if !head.isEmpty {
                n = min(count, head.count)
                head.withUnsafeBufferPointer { p.update(from: $0.baseAddress!, count: n) }
                head.removeFirst(n)
                if n == count { return n }
            }
            return n + (try rawRead(into: p + n, count: count - n))
        }
        let want = Transcoder.inputBytes(forRoom: count)
        // Work on a local copy of the scratch buffer: rawRead mutates self.
        var raw = scratch
        scratch = []
        defer { scratch = raw }
        if raw.count < want { raw = [UInt8](repeating: 0, count: want) }
        while true {
            var n = 0
            if !head.isEmpty {
                n = min(want, head.count)
                for k in 0..<n { raw[k] = head[k] }
                head.removeFirst(n)
            } else {
                n = try raw.withUnsafeMutableBufferPointer { try rawRead(into: $0.baseAddress!, count: want) }
            }
            if n == 0 { return transcoder!.finish(into: p) }
            let out = raw.withUnsafeBufferPointer { transcoder!.transcode(UnsafeBufferPointer(rebasing: $0[0..<n]), into: p) }
            if out > 0 { return out }
        }
    }

    private mutating func rawRead(into p: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        if fd >= 0 {
            while true {
                #if canImport(Glibc)
                let n = Glibc.read(fd, p, count)
                #else
                let n = Darwin.read(fd, p, count)
                #endif
                if n >= 0 { return n }
                if errno == EINTR { continue }
                throw CSVFatalError(line: 0, column: nil, message: "cannot read: \(String(cString: strerror(errno)))")
            }
        }
        let n = min(count, bytes.count - offset)
        if n > 0 { bytes.withUnsafeBufferPointer { p.update(from: $0.baseAddress! + offset, count: n) } }
        offset += n
        return n
    }

    mutating func close() {
        guard fd >= 0 else { return }
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
        fd = -1
    }
}
