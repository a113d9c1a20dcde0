import FlyingSocks
import Foundation

/// The open Server-Sent Events streams (one per open page) and what is broadcast to them.
final class EventHub: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    private var closed = false

    /// One SSE message: `event: NAME`, one `data:` line per line of `data`, a blank line.
    static func message(_ event: String, _ data: String) -> [UInt8] {
        var text = "event: \(event)\n"
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) { text += "data: \(line)\n" }
        return Array((text + "\n").utf8)
    }

    /// A new stream that starts with `first` (sent before any later broadcast).
    func subscribe(first: [UInt8]) -> EventByteStream {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(64))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        lock.lock()
        defer { lock.unlock() }
        if closed {
            continuation.finish()
        } else {
            continuation.yield(first)
            streams[id] = continuation
        }
        return EventByteStream(stream: stream)
    }

    func send(_ event: String, _ data: String) { broadcast(Self.message(event, data)) }

    /// A comment line: keeps idle connections open through proxies and finds closed ones
    /// (a write to a closed socket ends that stream).
    func ping() { broadcast(Array(": ping\n\n".utf8)) }

    var count: Int { lock.lock(); defer { lock.unlock() }; return streams.count }

    /// Ends every stream (their responses complete) and refuses new ones: used on shutdown.
    func closeAll() {
        lock.lock()
        closed = true
        let all = Array(streams.values)
        streams = [:]
        lock.unlock()
        for c in all { c.finish() }
    }

    private func broadcast(_ bytes: [UInt8]) {
        lock.lock()
        let all = Array(streams.values)
        lock.unlock()
        for c in all { c.yield(bytes) }
    }

    private func remove(_ id: UUID) {
        lock.lock()
        streams[id] = nil
        lock.unlock()
    }
}

/// An event stream as the byte sequence FlyingFox sends as a chunked response body: each message
/// goes out as soon as it is yielded.
struct EventByteStream: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: [UInt8] = []
        var index = 0

        mutating func next() async -> UInt8? {
            guard let buffer = await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            while index >= pending.count {
                guard let chunk = await base.next() else { return nil }
                // An empty chunk would end the chunked body early; skip it.
                pending = chunk
                index = 0
            }
            let end = Swift.min(pending.count, index + Swift.max(count, 1))
            defer { index = end }
            return Array(pending[index..<end])
        }
    }
}
