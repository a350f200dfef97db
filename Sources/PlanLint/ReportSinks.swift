#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command's text goes as it is produced: standard output or standard error (a
/// `DescriptorSink`), a report's temporary file, or memory (tests).
public protocol ReportSink: AnyObject {
    func write(bytes: UnsafeRawBufferPointer) throws
    /// Writes out what is buffered.
    func flush() throws
}

extension ReportSink {
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A write that failed, worded for standard error. `quiet`: a closed pipe (`| head`),
/// which ends the run without a message, as SIGPIPE would.
struct WriteFailure: Error, CustomStringConvertible {
    var description: String
    var quiet = false
    /// The same in Japanese, for `planlint: エラー:` under `--lang ja`.
    var japanese: String?

    init(description: String, quiet: Bool = false, japanese: String? = nil) {
        (self.description, self.quiet, self.japanese) = (description, quiet, japanese)
    }

    /// `cannot VERB WHAT: WHY` in both languages.
    init(_ verb: Verb, _ what: String, _ why: String) {
        description = "cannot \(verb.rawValue) \(what): \(why)"
        let shown = what == "standard output" ? "標準出力" : what == "standard error" ? "標準エラー出力" : what
        japanese = "\(shown) \(verb == .write ? "に" : "を")\(verb.japanese)ません（\(why)）"
    }

    /// What could not be done to a file.
    enum Verb: String {
        case write, open, create, readBack = "read back"
        var japanese: String {
            switch self {
            case .write: "書き込め"
            case .open: "開け"
            case .create: "作れ"
            case .readBack: "読み返せ"
            }
        }
    }
}

/// Collects the text in a String.
final class MemorySink: ReportSink {
    private(set) var text = ""

    func write(bytes: UnsafeRawBufferPointer) {
        text += String(decoding: bytes, as: UTF8.self)
    }

    func flush() {}
}

/// Writes to a file descriptor through a 64 KB buffer, so that a report of many
/// megabytes is never held whole and small pieces do not each cost a system call. The
/// one place planlint writes a descriptor: standard output, standard error, report files.
/// A failed write (a full disk, `/dev/full`, a closed descriptor) throws, and so does
/// every later write: a report is never silently cut short.
public final class DescriptorSink: ReportSink {
    static let capacity = 64 * 1024
    let fd: Int32
    /// What the descriptor is, for messages.
    let name: String
    private var buffer: [UInt8] = []
    private var failure: WriteFailure?

    public init(fd: Int32, name: String) {
        self.fd = fd
        self.name = name
        buffer.reserveCapacity(Self.capacity)
    }

    public func write(bytes: UnsafeRawBufferPointer) throws {
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
    public func flush() throws {
        guard !buffer.isEmpty else {
            if let failure { throw failure }
            return
        }
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { try writeAll($0) }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        if let failure { throw failure }
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, base + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                let pipe = n < 0 && errno == EPIPE
                var failure = WriteFailure(.write, name, n < 0 ? FileSystem.errnoText() : "nothing written")
                failure.quiet = pipe
                self.failure = failure
                throw failure
            }
            done += n
        }
    }
}

/// Lines for standard error: each message is one line.
struct MessageLines {
    let sink: any ReportSink

    /// Writes the lines; a failure to write standard error cannot be reported anywhere.
    func write(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        try? sink.write(lines.map { $0 + "\n" }.joined())
        try? sink.flush()
    }
}
