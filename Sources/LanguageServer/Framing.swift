#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }

/// Reads the base protocol's messages (`Content-Length: N\r\n\r\n` and N bytes of JSON)
/// from a byte source, never trusting it: a header block without a usable length, a length
/// beyond `maxContentLength` and bytes before a header are reported as `malformed` and
/// skipped, and the reader goes on with the next header. Memory is bounded by the largest
/// accepted message plus `maxHeaderBytes`.
public struct MessageReader {
    public enum Event: Equatable {
        case message([UInt8])
        /// Bytes that were skipped, and why.
        case malformed(String)
        /// The source ended (a partial message at the end is dropped).
        case end
    }

    /// The largest body accepted (64 MiB: planlint's own limit on a plan is 8 MiB).
    public var maxContentLength = 64 << 20
    /// The longest header block looked at before bytes are skipped as garbage.
    public var maxHeaderBytes = 16 << 10

    private let read: (inout [UInt8]) -> Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    /// Reads from `read`, which appends bytes to its argument and returns false at the end
    /// (bytes appended by that last call are still read).
    public init(read: @escaping (inout [UInt8]) -> Bool) {
        self.read = read
    }

    /// Reads from a file descriptor (retrying on EINTR; any other error is the end).
    public init(descriptor: Int32) {
        self.init { buffer in
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
                if n > 0 {
                    buffer.append(contentsOf: chunk[0..<n])
                    return true
                }
                if n < 0 && errno == EINTR { continue }
                return false
            }
        }
    }

    private var available: Int { buffer.count - start }

    private mutating func fill() -> Bool {
        if ended { return false }
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        let before = buffer.count
        if !read(&buffer) { ended = true }
        return buffer.count > before
    }

    /// The offset (from `start`) just past the first `\r\n\r\n`, if the buffer holds one.
    private func headerEnd(from: Int) -> Int? {
        var i = start + max(0, from)
        while i + 3 < buffer.count {
            if buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 { return i + 4 - start }
            i += 1
        }
        return nil
    }

    public mutating func next() -> Event {
        // 1. A header block.
        var searched = 0
        var end: Int?
        while true {
            end = headerEnd(from: searched - 3)
            if end != nil { break }
            if available > maxHeaderBytes {
                let skipped = available - 3
                start += skipped
                return .malformed("\(skipped) bytes without a header end (\\r\\n\\r\\n) skipped")
            }
            searched = available
            if !fill() {
                if available > 0 && !buffer[start...].allSatisfy({ $0 == 10 || $0 == 13 || $0 == 32 }) {
                    let n = available
                    start = buffer.count
                    return .malformed("\(n) bytes at the end of input without a complete header skipped")
                }
                return .end
            }
        }
        guard let headerLength = end else { return .end }
        let header = String(decoding: buffer[start..<(start + headerLength - 4)], as: UTF8.self)
        start += headerLength
        // 2. Its Content-Length: lines that are not `Name: value` are garbage before the
        // header, tolerated (reported) when a usable length follows.
        var length: Int?
        var problem: String?
        for line in header.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            guard line[..<colon].trimmingSpaces().lowercased() == "content-length" else { continue }
            let value = line[line.index(after: colon)...].trimmingSpaces()
            if let n = Int(value), n >= 0 {
                if n > maxContentLength {
                    problem = "Content-Length \(n) is larger than the limit of \(maxContentLength) bytes"
                } else {
                    length = n
                    problem = nil
                }
            } else {
                problem = "Content-Length '\(value.prefix(40))' is not a length"
            }
        }
        guard let length else {
            return .malformed(problem ?? "a header without Content-Length skipped")
        }
        // 3. The body.
        while available < length {
            if !fill() { return .end }
        }
        let body = Array(buffer[start..<(start + length)])
        start += length
        return .message(body)
    }
}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s.removeLast() }
        return String(s)
    }
}

/// Writes framed messages. A write that fails (the client has gone: EPIPE, with SIGPIPE
/// ignored) closes the writer: later writes are dropped, and the caller learns it from
/// the result, so a vanished client never kills or blocks the server.
public final class MessageWriter: @unchecked Sendable {
    private let write: ([UInt8]) -> Bool
    private let lock = Lock()
    private var closed = false

    public init(write: @escaping ([UInt8]) -> Bool) {
        self.write = write
    }

    public convenience init(descriptor: Int32) {
        self.init { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
                if n > 0 { offset += n; continue }
                if n < 0 && errno == EINTR { continue }
                return false
            }
            return true
        }
    }

    public var isClosed: Bool { lock.with { closed } }

    /// Sends one message with its header; false when the client is gone.
    @discardableResult
    public func send(_ body: [UInt8]) -> Bool {
        lock.with {
            guard !closed else { return false }
            let framed = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
            if !write(framed) { closed = true }
            return !closed
        }
    }
}

/// A pthread mutex (Synchronization's Mutex needs a newer macOS; this is all we need).
final class Lock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()

    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    func with<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}
