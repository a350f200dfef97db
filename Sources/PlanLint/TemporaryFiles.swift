#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written whole or not at all: the text goes to a temporary file beside it, which
/// `commit` renames over the target. Until then the target is untouched; a file dropped
/// without `commit` (an error, a setup problem) is removed.
final class AtomicFile {
    let path: String
    let temporary: String
    let writer: BufferedWriter
    private var open = true

    init(_ path: String) throws {
        self.path = path
        temporary = path + ".planlint-\(getpid()).tmp"
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteFailure(description: "cannot create \(temporary): \(FileSystem.errnoText())") }
        writer = BufferedWriter(fd: fd, name: temporary)
    }

    /// Flushes, syncs and renames the temporary file over the target.
    func commit() throws {
        guard open else { return }
        open = false
        do {
            try writer.flush()
        } catch {
            close(writer.fd)
            unlink(temporary)
            throw error
        }
        guard fsync(writer.fd) == 0 || errno == EINVAL, close(writer.fd) == 0 else {
            let problem = FileSystem.errnoText()
            unlink(temporary)
            throw WriteFailure(description: "cannot write \(temporary): \(problem)")
        }
        guard rename(temporary, path) == 0 else {
            let problem = FileSystem.errnoText()
            unlink(temporary)
            throw WriteFailure(description: "cannot write \(path): \(problem)")
        }
    }

    /// Removes the temporary file; the target stays as it was.
    func discard() {
        guard open else { return }
        open = false
        close(writer.fd)
        unlink(temporary)
    }

    deinit { discard() }
}

/// A held section of a report: text appended while the files stream past, read back once
/// at the end. The file is unlinked as soon as it is created, so nothing is left behind
/// whatever happens to the run.
final class SpoolFile {
    let writer: BufferedWriter

    /// Creates the file in `directory` (the report's own folder, or the temporary folder
    /// for standard output).
    init(in directory: String) throws {
        var template = Array(FileSystem.join(directory, ".planlint-spool-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard fd >= 0 else {
            throw WriteFailure(description: "cannot create a temporary file in \(directory): \(FileSystem.errnoText())")
        }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        unlink(path)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        writer = BufferedWriter(fd: fd, name: "a temporary file in \(directory)")
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
            throw WriteFailure(description: "cannot read back \(writer.name): \(FileSystem.errnoText())")
        }
        var chunk = [UInt8](repeating: 0, count: BufferedWriter.capacity)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(writer.fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(description: "cannot read back \(writer.name): \(FileSystem.errnoText())")
            }
            if n == 0 { return }
            try chunk.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
    }

    deinit { close(writer.fd) }
}
