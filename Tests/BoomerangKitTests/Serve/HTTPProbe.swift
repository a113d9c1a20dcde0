import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 client on plain sockets for the serve tests: it sends the request line
/// exactly as written (URLSession would tidy `..` away) and every read has a timeout.
/// The async entry points run the blocking socket calls on a GCD thread: blocking one of the
/// few cooperative threads would starve the in-process server under test.
enum HTTPProbe {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func blocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { c in DispatchQueue.global().async { c.resume(with: Result { try body() }) } }
    }

    static func fetch(port: UInt16, _ target: String, method: String = "GET") async throws -> Response {
        try await blocking { try request(port: port, target, method: method) }
    }

    /// Fetches `target` every 100 ms until `done` says yes or `seconds` pass; the last response.
    /// The whole loop runs on one GCD thread, so the bound is real time even while other suites
    /// keep the cooperative threads busy.
    static func poll(seconds: Double, port: UInt16, _ target: String, until done: @escaping @Sendable (Response) -> Bool) async throws -> Response {
        try await blocking {
            let deadline = Date().addingTimeInterval(seconds)
            var last = try request(port: port, target)
            while !done(last) && Date() < deadline {
                usleep(100_000)
                last = try request(port: port, target)
            }
            return last
        }
    }

    struct Response: Sendable {
        var status: Int
        var headers: [String: String]   // lower-cased names
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// A connected loopback socket whose reads give up after `timeout` seconds.
    static func connect(port: UInt16, timeout: Double) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else { close(fd); throw Failure(description: "connect to port \(port): errno \(errno)") }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send: errno \(errno)") }
            sent += n
        }
    }

    /// One request on a fresh connection (`Connection: close`); the whole response.
    static func request(port: UInt16, _ target: String, method: String = "GET", timeout: Double = 10) throws -> Response {
        let fd = try connect(port: port, timeout: timeout)
        defer { close(fd) }
        try send(fd, "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n <= 0 { break }
            data += buffer[0..<n]
            if let r = parse(data, method: method) { return r }
        }
        guard let r = parse(data, method: method, atEnd: true) else {
            throw Failure(description: "\(method) \(target): no complete response (\(data.count) bytes)")
        }
        return r
    }

    static func get(port: UInt16, _ target: String) throws -> Response { try request(port: port, target) }

    /// A response once `data` holds all of it (by Content-Length, or the end of the connection).
    static func parse(_ data: [UInt8], method: String, atEnd: Bool = false) -> Response? {
        guard let split = find(Array("\r\n\r\n".utf8), in: data) else { return nil }
        let head = String(decoding: data[..<split], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, statusLine.split(separator: " ").count >= 2,
              let status = Int(statusLine.split(separator: " ")[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Array(data[(split + 4)...])
        if method == "HEAD" { return Response(status: status, headers: headers, body: []) }
        if let length = headers["content-length"].flatMap(Int.init) {
            guard body.count >= length else { return nil }
            return Response(status: status, headers: headers, body: Array(body.prefix(length)))
        }
        return atEnd ? Response(status: status, headers: headers, body: body) : nil
    }

    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
        return nil
    }

}

/// An open event-stream connection, read as raw text (chunk sizes included) until it shows
/// what a test waits for.
final class EventStreamProbe: @unchecked Sendable {
    let fd: Int32
    private(set) var received = ""

    init(port: UInt16, path: String = "/__boomerang/events") throws {
        fd = try HTTPProbe.connect(port: port, timeout: 0.2)
        try HTTPProbe.send(fd, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
    }

    deinit { close(fd) }

    /// Reads until `text` has arrived or `seconds` pass; true when it arrived.
    func wait(for text: String, seconds: Double) async -> Bool {
        (try? await HTTPProbe.blocking { self.blockingWait(for: text, seconds: seconds) }) ?? false
    }

    func waitForClose(seconds: Double) async -> Bool {
        (try? await HTTPProbe.blocking { self.blockingWaitForClose(seconds: seconds) }) ?? false
    }

    private func blockingWait(for text: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !received.contains(text) && Date() < deadline {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n > 0 { received += String(decoding: buffer[0..<n], as: UTF8.self) } else if n == 0 { break }
        }
        return received.contains(text)
    }

    /// Reads until the server closes the connection or `seconds` pass; true when it closed.
    private func blockingWaitForClose(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n > 0 { received += String(decoding: buffer[0..<n], as: UTF8.self) } else if n == 0 { return true }
            else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR { return true }
        }
        return false
    }
}
