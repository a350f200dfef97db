#if canImport(Glibc)
import Glibc
#endif
import PlanLint

/// Writing a run's outcome to the standard streams.
enum Output {
    static func emit(_ outcome: RunOutcome) {
        write(outcome.stdout, to: 1)
        write(outcome.stderr.map { $0 + "\n" }.joined(), to: 2)
    }

    /// Writes all of `text` to a file descriptor, retrying partial writes.
    /// Writes from the string's own UTF-8 storage: a report can be many megabytes.
    static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                done += n
            }
        }
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
