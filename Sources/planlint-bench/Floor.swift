import CYAML
#if canImport(Glibc)
import Glibc
#endif

/// The floor: libyaml's own event parser over every file, in-process, doing nothing with
/// the events but counting them. Each file is read from disk (the page cache) as the
/// linter reads it, so the floor and the lint do the same I/O.
enum Floor {
    /// Parses every file once; returns the number of events (so the work cannot be elided).
    static func run(files: [String]) -> Int {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var events = 0
        for path in files {
            let count = readInto(&buffer, path)
            events += buffer.withUnsafeBufferPointer { parse($0.baseAddress!, count, parser) }
        }
        return events
    }

    /// One buffer (the multi-document stream) parsed once.
    static func run(bytes: [UInt8]) -> Int {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        return bytes.withUnsafeBufferPointer { parse($0.baseAddress!, $0.count, parser) }
    }

    private static func parse(_ base: UnsafePointer<UInt8>, _ count: Int, _ parser: UnsafeMutablePointer<yaml_parser_t>) -> Int {
        guard yaml_parser_initialize(parser) == 1 else { return 0 }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, count)
        var event = yaml_event_t()
        var events = 0
        while yaml_parser_parse(parser, &event) == 1 {
            events += 1
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if done { break }
        }
        return events
    }

    /// Reads a whole file into a reused buffer (grown when needed); returns its length.
    private static func readInto(_ buffer: inout [UInt8], _ path: String) -> Int {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return 0 }
        let size = Int(st.st_size)
        if buffer.count < size + 1 { buffer = [UInt8](repeating: 0, count: size + 1) }
        var done = 0
        while done < size {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, size - done) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        return done
    }
}
