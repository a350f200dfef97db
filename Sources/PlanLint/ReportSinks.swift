#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where report text goes as a run streams it: standard output, a temporary file, or
/// memory (`LintRunner.run(_:)`, for tests).
protocol ReportSink: AnyObject {
    func write(_ text: String) throws
    func write(bytes: UnsafeRawBufferPointer) throws
}

/// A write that failed, worded for standard error.
struct WriteFailure: Error, CustomStringConvertible {
    var description: String
}

/// Collects the report in a String.
final class MemorySink: ReportSink {
    private(set) var text = ""

    func write(_ text: String) {
        self.text += text
    }

    func write(bytes: UnsafeRawBufferPointer) {
        text += String(decoding: bytes, as: UTF8.self)
    }
}

/// Writes to a file descriptor through a 64 KB buffer, so that a report of many
/// megabytes is never held whole and small pieces do not each cost a system call.
final class BufferedWriter: ReportSink {
    static let capacity = 64 * 1024
    let fd: Int32
    /// What the descriptor is, for messages.
    let name: String
    /// Standard output stops quietly when it cannot be written (a closed pipe), as a
    /// report printed at the end did; a file's failure is an error.
    let ignoresErrors: Bool
    private var buffer: [UInt8] = []
    private var failed = false

    init(fd: Int32, name: String, ignoresErrors: Bool = false) {
        self.fd = fd
        self.name = name
        self.ignoresErrors = ignoresErrors
        buffer.reserveCapacity(Self.capacity)
    }

    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0)) }
    }

    func write(bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count < Self.capacity {
            buffer.append(contentsOf: bytes)
            return
        }
        try flush()
        if bytes.count < Self.capacity {
            buffer.append(contentsOf: bytes)
        } else {
            try writeAll(bytes)
        }
    }

    /// Writes out what the buffer holds.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { try writeAll($0) }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        guard !failed, let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, base + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                failed = true
                if ignoresErrors { return }
                throw WriteFailure(description: "cannot write \(name): \(n < 0 ? FileSystem.errnoText() : "nothing written")")
            }
            done += n
        }
    }
}
