#if canImport(Glibc)
import Glibc
#endif
import PlanLint

/// The standard streams of the process.
enum StandardStreams {
    /// Puts /dev/null, opened read-only, on standard input, output or error when one is
    /// closed (`planlint >&-`): no report file can then be opened as descriptor 1 and
    /// take the standard-output report, and writing a closed standard output fails
    /// (EBADF) and is reported like any failed write instead of passing silently.
    static func holdClosedDescriptors() {
        for fd in Int32(0)...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            _ = open("/dev/null", O_RDONLY)
        }
    }

    /// Writes a message to standard error (nothing can be done when that fails).
    static func error(_ text: String) {
        let sink = DescriptorSink(fd: 2, name: "standard error")
        try? sink.write(text)
        try? sink.flush()
    }
}

/// The process environment as a dictionary.
enum Environment {
    static func current() -> [String: String] {
        var out: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") { out[String(text[..<eq])] = String(text[text.index(after: eq)...]) }
            pointer += 1
        }
        return out
    }
}
