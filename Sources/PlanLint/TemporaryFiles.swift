#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A file written whole or not at all: a regular file (or a new one) is written to a
/// temporary file beside it, created exclusively under an unpredictable name, which
/// `commit` renames over it; until then it is untouched, and a file dropped without
/// `commit` (an error, a setup problem, SIGINT or SIGTERM) is removed. A symbolic link is
/// followed: the rename replaces the file it ends at, not the link. A character device
/// or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written directly: it cannot be
/// replaced, and must not be.
final class AtomicFile {
    let target: OutputPath
    /// The temporary file (nil: the target is written directly).
    let temporary: String?
    let writer: DescriptorSink
    private var open = true
    private var cleanup: Int?

    convenience init(_ path: String) throws {
        try self.init(OutputPath.resolve(path))
    }

    init(_ target: OutputPath) throws {
        self.target = target
        switch target.kind {
        case .directory:
            throw WriteFailure(description: "cannot write \(target.given): it is a folder",
                               japanese: "\(target.given) はフォルダなので書き込めません")
        case .other(let what):
            throw WriteFailure(.write, target.given, "it is \(what)")
        case .stream:
            let fd = Glibc.open(target.resolved, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard fd >= 0 else { throw WriteFailure(.open, target.given, FileSystem.errnoText()) }
            temporary = nil
            writer = DescriptorSink(fd: fd, name: target.given)
        case .missing, .regular:
            var mode: mode_t?
            if case .regular(let m) = target.kind { mode = m & 0o777 }
            let (path, fd, slot) = try Self.createTemporary(beside: target.resolved, mode: mode)
            temporary = path
            cleanup = slot
            writer = DescriptorSink(fd: fd, name: path)
        }
    }

    /// Creates `PATH.planlint-RANDOM.tmp` with `O_EXCL | O_NOFOLLOW` (never through a link
    /// planted in a shared folder), with `mode` (the replaced file's) or 0644 less the umask.
    /// The name is registered for removal on a signal before the file is created, so that no
    /// signal can fall between creating it and registering it (a signal before the creation
    /// unlinks a name that does not exist yet; one that is taken is unregistered again).
    static func createTemporary(beside path: String, mode: mode_t?) throws -> (String, Int32, Int?) {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let token = String(decoding: (0..<12).map { _ in letters[Int.random(in: 0..<letters.count, using: &generator)] },
                               as: UTF8.self)
            let temporary = path + ".planlint-" + token + ".tmp"
            let slot = SignalCleanup.register(temporary)
            let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode ?? 0o644)
            if fd >= 0 {
                if let mode { _ = fchmod(fd, mode) }
                return (temporary, fd, slot)
            }
            let failure = errno
            SignalCleanup.unregister(slot)
            if failure != EEXIST {
                errno = failure
                throw WriteFailure(.create, temporary, FileSystem.errnoText())
            }
        }
        throw WriteFailure(description: "cannot create a temporary file beside \(path)",
                           japanese: "\(path) の横に一時ファイルを作れません")
    }

    /// Flushes, syncs and renames the temporary file over the target.
    func commit() throws {
        guard open else { return }
        open = false
        defer { SignalCleanup.unregister(cleanup) }
        do {
            try writer.flush()
        } catch {
            close(writer.fd)
            if let temporary { unlink(temporary) }
            throw error
        }
        guard let temporary else {
            guard close(writer.fd) == 0 else {
                throw WriteFailure(.write, target.given, FileSystem.errnoText())
            }
            return
        }
        guard fsync(writer.fd) == 0 || errno == EINVAL, close(writer.fd) == 0 else {
            let problem = FileSystem.errnoText()
            unlink(temporary)
            throw WriteFailure(.write, temporary, problem)
        }
        guard rename(temporary, target.resolved) == 0 else {
            let problem = FileSystem.errnoText()
            unlink(temporary)
            throw WriteFailure(.write, target.given, problem)
        }
    }

    /// Removes the temporary file; the target stays as it was.
    func discard() {
        guard open else { return }
        open = false
        close(writer.fd)
        if let temporary { unlink(temporary) }
        SignalCleanup.unregister(cleanup)
    }

    deinit { discard() }
}

/// Removes the temporary files of `AtomicFile`s still being written when SIGINT or
/// SIGTERM ends the process, then ends it by the signal as it would have ended. The
/// handler only reads a fixed table of C strings and calls `unlink`, both safe in a
/// signal handler; it is installed with the first temporary file (not when the signal
/// was ignored, as under `nohup`).
enum SignalCleanup {
    static let capacity = 256
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private static let lock = Mutex(false)

    /// Records a path to remove on a signal; its slot (nil: the table is full).
    static func register(_ path: String) -> Int? {
        lock.withLock { installed -> Int? in
            if !installed {
                _ = slots
                for signal in [SIGINT, SIGTERM] { install(signal) }
                installed = true
            }
            guard let i = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
            slots[i] = strdup(path)
            return i
        }
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { _ in
            let path = slots[slot]
            slots[slot] = nil
            free(path)
        }
    }

    private static func install(_ number: Int32) {
        let previous = signal(number, { number in
            for i in 0..<SignalCleanup.capacity {
                if let path = SignalCleanup.slots[i] { unlink(path) }
            }
            signal(number, SIG_DFL)
            raise(number)
        })
        if previous.map({ unsafeBitCast($0, to: Int.self) }) == 1 { signal(number, SIG_IGN) }
    }
}

/// A held section of a report: text appended while the files stream past, read back once
/// at the end. The file is unlinked as soon as it is created, so nothing is left behind
/// whatever happens to the run.
final class SpoolFile {
    let writer: DescriptorSink

    /// Creates the file in `directory` (the report's own folder, or the temporary folder
    /// for standard output).
    init(in directory: String) throws {
        var template = Array(FileSystem.join(directory, ".planlint-spool-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard fd >= 0 else {
            throw WriteFailure(description: "cannot create a temporary file in \(directory): \(FileSystem.errnoText())",
                               japanese: "\(directory) に一時ファイルを作れません（\(FileSystem.errnoText())）")
        }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        unlink(path)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        writer = DescriptorSink(fd: fd, name: "a temporary file in \(directory)")
    }

    func append(_ text: String) throws {
        try writer.write(text)
    }

    /// Copies everything appended to `sink`.
    func copy(to sink: any ReportSink) throws {
        try readBack { try sink.write(bytes: $0) }
    }

    /// Writes each line appended (without its line break) to `sink`, as `render` turns it.
    func replayLines(to sink: any ReportSink, _ render: (Substring) -> String) throws {
        var partial: [UInt8] = []
        try readBack { bytes in
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 0x0A {
                partial.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<i]))
                try sink.write(render(Substring(decoding: partial, as: UTF8.self)))
                partial.removeAll(keepingCapacity: true)
                start = i + 1
            }
            partial.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// Reads the file from the start in 64 KB pieces.
    private func readBack(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try writer.flush()
        guard lseek(writer.fd, 0, SEEK_SET) == 0 else {
            throw WriteFailure(.readBack, writer.name, FileSystem.errnoText())
        }
        var chunk = [UInt8](repeating: 0, count: DescriptorSink.capacity)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(writer.fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(.readBack, writer.name, FileSystem.errnoText())
            }
            if n == 0 { return }
            try chunk.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
    }

    deinit { close(writer.fd) }
}
