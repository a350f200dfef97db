#if canImport(Glibc)
import Glibc
#endif

/// The few POSIX file operations the benchmark needs (no Foundation, like planlint).
enum Files {
    static func readText(_ path: String) -> String? {
        guard let bytes = read(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A whole file, or nil.
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // Read to the end rather than trusting st_size (0 for /proc files).
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { return bytes }
            bytes += chunk[0..<n]
        }
    }

    static func write(_ text: String, to path: String) { write(bytes: Array(text.utf8), to: path) }

    static func write(bytes: [UInt8], to path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        precondition(fd >= 0, "cannot write \(path)")
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 && errno == EINTR { continue }
            precondition(n > 0, "cannot write \(path)")
            done += n
        }
    }

    static func makeDirectory(_ path: String) {
        // Each ancestor first (`mkdir -p`); existing folders are fine.
        for (i, c) in path.enumerated() where c == "/" && i > 0 { mkdir(String(path.prefix(i)), 0o755) }
        mkdir(path, 0o755)
    }

    /// Removes a corpus folder the benchmark wrote (plain files and folders only).
    static func removeTree(_ path: String) {
        guard let dir = opendir(path) else { unlink(path); return }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(dir)
        for name in names {
            let child = path + "/" + name
            var st = stat()
            if lstat(child, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR { removeTree(child) } else { unlink(child) }
        }
        rmdir(path)
    }

    /// Every `*.yaml` under a folder, in sorted order (the order planlint reports in).
    static func yamlFiles(under path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(dir)
        var out: [String] = []
        for name in names.sorted() {
            let child = path + "/" + name
            var st = stat()
            guard stat(child, &st) == 0 else { continue }
            if st.st_mode & S_IFMT == S_IFDIR { out += yamlFiles(under: child) } else if name.hasSuffix(".yaml") { out.append(child) }
        }
        return out
    }
}
