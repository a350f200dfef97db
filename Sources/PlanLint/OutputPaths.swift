#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanRules

/// Where a written file (a report's `--output`, a baseline) really lands, found before
/// anything is written: symbolic links followed to the end, `.`/`..` and linked folders
/// resolved, and what is there now.
struct OutputPath {
    enum Kind: Equatable {
        /// Nothing yet: the file is created.
        case missing
        /// A regular file, replaced atomically (keeping its permission bits).
        case regular(mode: mode_t)
        /// A character device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe): written directly.
        case stream
        case directory
        /// A block device or a socket: refused.
        case other(String)
    }

    /// The path as given, for messages.
    var given: String
    /// The path written to: the file a chain of symbolic links ends at, in a folder
    /// given by its canonical path.
    var resolved: String
    var kind: Kind
    /// Device and inode of what is there now (nil: nothing yet).
    var id: FileID?

    /// Follows `path` to where a write would land; throws a setup error when its folder
    /// does not exist or the links loop.
    static func resolve(_ path: String) throws -> OutputPath {
        guard !path.isEmpty else { throw SetupError(file: "--output", ja: "ファイル名が空です", en: "an empty file name") }
        var current = path
        for _ in 0..<40 {
            var st = stat()
            if lstat(current, &st) != 0 {
                guard errno == ENOENT else {
                    throw SetupError(file: path, ja: "ここには書き込めません（\(FileSystem.errnoText())）",
                                     en: "cannot write here: \(FileSystem.errnoText())")
                }
                return OutputPath(given: path, resolved: try canonical(current, given: path), kind: .missing, id: nil)
            }
            let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
            switch st.st_mode & S_IFMT {
            case S_IFLNK:
                guard let target = readLink(current) else {
                    throw SetupError(file: path, ja: "シンボリックリンク \(current) を読めません（\(FileSystem.errnoText())）",
                                     en: "cannot read the symbolic link \(current): \(FileSystem.errnoText())")
                }
                current = target.hasPrefix("/") ? target : FileSystem.join(FileSystem.directory(of: current), target)
                continue
            case S_IFREG:
                return OutputPath(given: path, resolved: try canonical(current, given: path),
                                  kind: .regular(mode: st.st_mode & 0o7777), id: id)
            case S_IFCHR, S_IFIFO:
                return OutputPath(given: path, resolved: try canonical(current, given: path), kind: .stream, id: id)
            case S_IFDIR:
                return OutputPath(given: path, resolved: current, kind: .directory, id: id)
            case S_IFBLK:
                return OutputPath(given: path, resolved: current, kind: .other("a block device"), id: id)
            default:
                return OutputPath(given: path, resolved: current, kind: .other("a socket"), id: id)
            }
        }
        throw SetupError(file: path, ja: "シンボリックリンクが何重にもたどられています（循環していませんか）", en: "too many levels of symbolic links")
    }

    /// `path` with its folder replaced by the folder's canonical path (the last component
    /// is not followed: the caller has done that).
    private static func canonical(_ path: String, given: String) throws -> String {
        let directory = FileSystem.directory(of: path)
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty, name != ".", name != ".." else {
            throw SetupError(file: given, ja: "ファイル名ではありません", en: "not a file name")
        }
        guard let real = realpath(directory, nil) else {
            throw SetupError(file: given, ja: "フォルダ \(directory) がないか、中を見られません（\(FileSystem.errnoText())）",
                             en: "the folder \(directory) does not exist or cannot be searched (\(FileSystem.errnoText()))")
        }
        defer { free(real) }
        return FileSystem.join(String(cString: real), name)
    }

    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// The check that no run writes over what it reads, or writes two things to one file:
/// every output is resolved (links, `.`/`..`, hard links by device and inode) and compared
/// with every input and with the other outputs before the first byte is written.
enum OutputSafety {
    /// An input of the run: its role for messages (`plan`, `configuration`, …) and path.
    typealias Input = (role: LocalizedText, path: String)

    /// Resolves `outputs` and refuses (a setup error) any that is an input or another output.
    static func check(outputs: [String], inputs: [Input], what: LocalizedText = report) throws -> [OutputPath] {
        let resolved = try outputs.map(OutputPath.resolve)
        for (i, output) in resolved.enumerated() {
            for earlier in resolved[..<i] where earlier.resolved == output.resolved || (output.id != nil && earlier.id == output.id) {
                throw SetupError(file: output.given,
                                 ja: "二つのレポートを同じファイルに書くことはできません"
                                     + (earlier.given == output.given ? "" : "（\(earlier.given) と \(output.given) は同じファイルです）"),
                                 en: "two reports cannot be written to the same file"
                                     + (earlier.given == output.given ? "" : " (\(earlier.given) is \(output.given))"))
            }
        }
        let written = Dictionary(resolved.compactMap { o in o.id.map { ($0, o) } }, uniquingKeysWith: { a, _ in a })
        guard !written.isEmpty else { return resolved }
        for input in inputs {
            var st = stat()
            guard stat(input.path, &st) == 0 else { continue }
            let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
            if let output = written[id], case .regular = output.kind {
                throw SetupError(file: output.given,
                                 ja: "入力の\(input.role.ja) \(input.path) の上に\(what.ja)を書くことはしません"
                                     + (input.path == output.given ? "" : "（同じファイルです）"),
                                 en: "refusing to write \(what.en) over the \(input.role.en) \(input.path)"
                                     + (input.path == output.given ? "" : " (the same file)"))
            }
        }
        return resolved
    }

    /// The names of the inputs and outputs in both languages, for the refusals above.
    static let plan = LocalizedText(ja: "計画ファイル", en: "plan")
    static let configuration = LocalizedText(ja: "設定ファイル", en: "configuration")
    static let baseline = LocalizedText(ja: "ベースライン", en: "baseline")
    static let ruleFile = LocalizedText(ja: "ルールファイル", en: "rule file")
    static let source = LocalizedText(ja: "原文", en: "source")
    static let report = LocalizedText(ja: "レポート", en: "a report")
    static let theBaseline = LocalizedText(ja: "ベースライン", en: "the baseline")
    static let inventory = LocalizedText(ja: "KPI一覧", en: "the inventory")
    static let draft = LocalizedText(ja: "計画", en: "a plan")
}
