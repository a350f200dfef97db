import PlanRules
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path is, without following it further than `stat` does.
enum FileKind {
    case regular(size: Int, id: FileID)
    case directory(id: FileID)
    case other(String)
    /// Nothing there (`ENOENT`, `ENOTDIR`): a missing path or a broken symbolic link.
    case missing
    /// `stat` failed for another reason (a folder on the way that cannot be searched, a
    /// symbolic-link loop, a name too long): the path may well be there.
    case inaccessible(String)
}

/// A file's identity (device and inode), for detecting symbolic-link loops.
struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64
}

/// Small POSIX wrappers: the driver needs stat, directory listing, whole-file reads and
/// atomic writes, and nothing of Foundation's heavier file APIs (start-up time matters
/// for a linter run on every save).
enum FileSystem {
    static func kind(_ path: String) -> FileKind {
        kind(bytes: Array(path.utf8))
    }

    /// `kind(_:)` for a path given as its bytes (file names need not be UTF-8).
    static func kind(bytes path: [UInt8]) -> FileKind {
        var st = stat()
        let status = withCPath(path) { stat($0, &st) }
        guard status == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .inaccessible(errnoText())
        }
        let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(st.st_size), id: id)
        case S_IFDIR: return .directory(id: id)
        case S_IFIFO: return .other("a FIFO")
        case S_IFCHR, S_IFBLK: return .other("a device")
        case S_IFSOCK: return .other("a socket")
        default: return .other("not a regular file")
        }
    }

    /// The names in a directory, sorted, without `.` and `..` (names that are not valid
    /// UTF-8 come out repaired: use `list(bytes:)` to open what a folder holds).
    static func list(_ path: String) -> [String]? {
        guard case .success(let names) = list(bytes: Array(path.utf8)) else { return nil }
        return names.map { String(decoding: $0, as: UTF8.self) }.sorted()
    }

    /// The names in a directory as their bytes, without `.` and `..`, sorted by bytes;
    /// the failure is `opendir`'s or `readdir`'s error text.
    static func list(bytes path: [UInt8]) -> Result<[[UInt8]], ListError> {
        guard let dir = withCPath(path, { opendir($0) }) else { return .failure(ListError(reason: errnoText())) }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { return .failure(ListError(reason: errnoText())) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return .success(names.sorted { $0.lexicographicallyPrecedes($1) })
    }

    /// Calls `body` with a NUL-terminated copy of a path's bytes.
    static func withCPath<R>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    /// A path's bytes as text for messages and reports: valid UTF-8 as it is, any other
    /// byte as `\xNN` (so two names that differ only in such bytes stay apart).
    static func display(_ path: [UInt8]) -> String {
        if let text = String(validating: path, as: UTF8.self) { return text }
        var out = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = path.makeIterator()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                out.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in path[offset..<offset + length] {
                    out += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return out
    }

    /// Reads a whole regular file, refusing anything larger than `limit` bytes.
    ///
    /// The bytes are read straight into an array of the size `fstat` gives (plus one, to
    /// notice a file that grew meanwhile, which is then read on to its end): no zeroed
    /// buffer and no second copy for every file of a run.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], ReadError> {
        read(bytes: Array(path.utf8), limit: limit)
    }

    /// `read(_:limit:)` for a path given as its bytes.
    static func read(bytes path: [UInt8], limit: Int) -> Result<[UInt8], ReadError> {
        let fd = withCPath(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else { return .failure(.cannotOpen(errnoText())) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        var problem: ReadError?
        let expected = min(max(Int(st.st_size), 0), limit) + 1
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let n = Glibc.read(fd, base + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    problem = .cannotRead(errnoText())
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if let problem { return .failure(problem) }
        if bytes.count > limit { return .failure(.tooLarge(limit)) }
        guard bytes.count == expected else { return .success(bytes) }
        // The file grew after fstat: read on, a chunk at a time, up to the limit.
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotRead(errnoText()))
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
            if bytes.count > limit { return .failure(.tooLarge(limit)) }
        }
        return .success(bytes)
    }

    /// Writes `bytes` to `path` whole or not at all (an `AtomicFile`); returns the problem, if any.
    static func writeAtomically(_ bytes: [UInt8], to path: String) -> String? {
        do {
            let file = try AtomicFile(path)
            try bytes.withUnsafeBytes { try file.writer.write(bytes: $0) }
            try file.commit()
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// The directory part of a path ("." for a bare name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of a path.
    static func name(of path: String) -> String {
        var path = Substring(path)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return String(path) }
        return String(path[path.index(after: slash)...])
    }

    static func join(_ a: String, _ b: String) -> String {
        a.hasSuffix("/") ? a + b : a + "/" + b
    }

    /// The absolute form of a path, without resolving links (for walking up to find configuration).
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return join(cwd, path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    static func errnoText() -> String {
        String(cString: strerror(errno))
    }

    /// Today's date in local time, for waivers' `until`.
    static func today() -> (year: Int, month: Int, day: Int) {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }
}

/// Why a folder could not be listed.
struct ListError: Error {
    var reason: String
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Why a file could not be read.
enum ReadError: Error {
    case cannotOpen(String)
    case cannotRead(String)
    case notRegular
    case tooLarge(Int)

    var text: String {
        switch self {
        case .cannotOpen(let why): return "cannot open the file: \(why)"
        case .cannotRead(let why): return "cannot read the file: \(why)"
        case .notRegular: return "not a regular file"
        case .tooLarge(let limit): return "the file is larger than the limit of \(limit) bytes"
        }
    }

    var japanese: String {
        switch self {
        case .cannotOpen(let why): return "ファイルを開けません（\(why)）"
        case .cannotRead(let why): return "ファイルを読めません（\(why)）"
        case .notRegular: return "通常のファイルではありません"
        case .tooLarge(let limit): return "ファイルが上限の\(limit)バイトを超えています"
        }
    }

    /// The problem as a setup error about `path`, in both languages.
    func setupError(_ path: String) -> SetupError {
        SetupError(file: path, ja: japanese, en: text)
    }
}
