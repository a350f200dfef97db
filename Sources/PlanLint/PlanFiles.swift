import PlanRules
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plan files a run lints, and what it passed over.
struct Discovery: Sendable {
    /// The files, as text for reports (`FileSystem.display`), each once, in the order found.
    var files: [String] = []
    /// The bytes of every file whose path is not valid UTF-8, by its text in `files`: what
    /// a file is opened with (its text has `\xNN` for those bytes).
    var rawPaths: [String: [UInt8]] = [:]
    /// Notes about skipped paths (FIFOs, devices, link loops, files named twice), for standard error.
    var notes: [String] = []
    /// YAML files left out by `include:`/`exclude:` (or, with `--force-exclude`, named
    /// files that are not plans).
    var excluded = 0
}

/// What decides which files a run lints, besides the paths.
struct FileSelection {
    /// `--config`: one configuration for every file.
    var configPath: String?
    /// `--force-exclude`: named files too go through `include`/`exclude` and the rule that
    /// hidden files are not plans (what the pre-commit hook passes).
    var forceExclude = false
    var japanese = false
    /// The bytes of named paths that are not UTF-8, by their text (`CommandLinePaths`).
    var rawPaths: [String: [UInt8]] = [:]
    /// Lists a folder (tests put a failing one in place: root can list any folder).
    var list: ([UInt8]) -> Result<[[UInt8]], ListError> = FileSystem.list(bytes:)
}

/// Finds plan files: each path given is a file (linted whatever its name, unless
/// `--force-exclude`) or a folder, searched recursively for `*.yaml` and `*.yml` (in any
/// case) in sorted order, as `include:`/`exclude:` of the configuration in force allow.
/// Hidden entries and `planlint.yaml` configuration files are not plans; non-regular files
/// are never opened; a file reached twice (named twice, by a folder and by name, through a
/// link) is linted once. Paths are bytes: a name that is not UTF-8 is opened by its bytes
/// and shown with `\xNN`.
///
/// Nothing passes silently: a named path that is not a file or folder, a folder that
/// cannot be listed, an entry that cannot be looked at, and a run that finds no plan file
/// at all (with none left out on purpose) are setup errors (exit 2).
enum PlanFiles {
    static func discover(_ paths: [String]) throws -> Discovery {
        var finder = ConfigurationFinder()
        return try discover(paths, FileSelection(), finder: &finder)
    }

    static func discover(_ paths: [String], _ selection: FileSelection,
                         finder: inout ConfigurationFinder) throws -> Discovery {
        var walker = Walker(selection: selection)
        for path in paths {
            try walker.visit(named: path, finder: &finder)
        }
        if walker.discovery.files.isEmpty && walker.discovery.excluded == 0 {
            let ja = selection.japanese
            throw SetupError(file: paths.joined(separator: ", "),
                             message: ja ? "検査する計画ファイル（*.yaml、*.yml）が見つかりません"
                                         : "no plan files (*.yaml, *.yml) found")
        }
        if walker.discovery.excluded > 0 && walker.discovery.files.isEmpty {
            let n = walker.discovery.excluded
            walker.discovery.notes.append(selection.japanese
                ? "計画ファイルではないため除外したYAMLファイル \(n)件のほか、検査するファイルはありません（include/exclude）"
                : "no plan files to lint: \(n) YAML file\(n == 1 ? " was" : "s were") left out (include/exclude)")
        }
        return walker.discovery
    }

    static func isYAMLName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    static func isPlanName(_ name: String) -> Bool {
        isYAMLName(name) && !isConfigName(name)
    }

    static func isConfigName(_ name: String) -> Bool {
        name == "planlint.yaml" || name == "planlint.yml"
    }

    private struct Walker {
        var selection: FileSelection
        var discovery = Discovery()
        var visitedFolders = Set<FileID>()
        var seenFiles = Set<FileID>()

        func say(_ ja: String, _ en: String) -> String { selection.japanese ? ja : en }

        mutating func visit(named path: String, finder: inout ConfigurationFinder) throws {
            let raw = selection.rawPaths[path]
            let bytes = raw ?? Array(path.utf8)
            switch FileSystem.kind(bytes: bytes) {
            case .missing:
                throw SetupError(file: path, message: say("そのようなファイルやフォルダはありません", "no such file or directory"))
            case .inaccessible(let why):
                throw SetupError(file: path, message: say("調べられません: \(why)", "cannot look at it: \(why)"))
            case .regular(_, let id):
                if selection.forceExclude {
                    guard isPlanName(FileSystem.name(of: path)),
                          try Scope.selects(file: path, named: true, selection, &finder) else {
                        discovery.excluded += 1
                        return
                    }
                }
                add(path, raw: raw, id: id)
            case .directory(let id):
                visitedFolders.insert(id)
                try walk(bytes, finder: &finder)
            case .other(let what):
                throw SetupError(file: path, message: say("計画ファイルとして読めません（\(japanese(what))。通常のファイルかフォルダを指定してください）",
                                                          "cannot be linted: \(what), not a regular file or folder"))
            }
        }

        mutating func add(_ display: String, raw: [UInt8]?, id: FileID) {
            guard seenFiles.insert(id).inserted else {
                discovery.notes.append(say("\(display): 既に検査対象のファイルです（一度だけ検査します）",
                                           "\(display): skipped: the same file as one already linted"))
                return
            }
            discovery.files.append(display)
            if let raw { discovery.rawPaths[display] = raw }
        }

        mutating func walk(_ directory: [UInt8], finder: inout ConfigurationFinder) throws {
            let names: [[UInt8]]
            switch selection.list(directory) {
            case .success(let listed): names = listed
            case .failure(let error):
                throw SetupError(file: FileSystem.display(directory),
                                 message: say("フォルダの中身を読めません: \(error.reason)", "cannot list the folder: \(error.reason)"))
            }
            for name in names where name.first != UInt8(ascii: ".") {
                let path = directory.last == UInt8(ascii: "/") ? directory + name : directory + [UInt8(ascii: "/")] + name
                let display = FileSystem.display(path)
                let nameText = FileSystem.display(name)
                switch FileSystem.kind(bytes: path) {
                case .directory(let id):
                    if try !Scope.selects(folder: display, selection, &finder) { continue }
                    if visitedFolders.insert(id).inserted {
                        try walk(path, finder: &finder)
                    } else {
                        discovery.notes.append(say("\(display): 検査済みのフォルダのため飛ばしました（シンボリックリンクの循環？）",
                                                   "\(display): skipped: a folder already searched (a symbolic-link loop?)"))
                    }
                case .regular(_, let id):
                    guard isPlanName(nameText) else { continue }
                    guard try Scope.selects(file: display, named: false, selection, &finder) else {
                        discovery.excluded += 1
                        continue
                    }
                    add(display, raw: display.utf8.elementsEqual(path) ? nil : path, id: id)
                case .other(let what):
                    if isPlanName(nameText) {
                        discovery.notes.append(say("\(display): \(japanese(what))のため飛ばしました（計画ファイルではありません）",
                                                   "\(display): skipped: \(what), not a plan file"))
                    }
                case .missing:
                    if isPlanName(nameText) {
                        discovery.notes.append(say("\(display): リンク先のないシンボリックリンクのため飛ばしました",
                                                   "\(display): skipped: a broken symbolic link"))
                    }
                case .inaccessible(let why):
                    throw SetupError(file: display, message: say("調べられません: \(why)", "cannot look at it: \(why)"))
                }
            }
        }

        func japanese(_ what: String) -> String {
            switch what {
            case "a FIFO": return "FIFO（名前付きパイプ）"
            case "a device": return "デバイス"
            case "a socket": return "ソケット"
            default: return "通常のファイルではない"
            }
        }
    }
}

/// `include:`/`exclude:` of the configuration in force for a path, matched against the
/// path relative to that configuration's folder (or the current folder without one).
enum Scope {
    /// The default `include` for files named with `--force-exclude` and no `include:`:
    /// plans live in a `Plans/` folder (docs/ci.md's plan repository).
    static let namedDefault = [PathGlob("Plans/")]

    static func selects(file path: String, named: Bool, _ selection: FileSelection,
                        _ finder: inout ConfigurationFinder) throws -> Bool {
        if named {
            // What a folder walk never reaches: hidden files and folders (below the current
            // folder), checked before any configuration is looked for: a workflow called
            // .github/workflows/planlint.yml is not a configuration file of the run.
            let here = relative(path, to: nil)
            let hidden = here.first == "" ? [Substring(FileSystem.name(of: path))] : here
            if hidden.contains(where: { $0.hasPrefix(".") }) { return false }
        }
        let found = try finder.configuration(for: path, fixed: selection.configPath)
        if !named && found?.configuration.include == nil && found?.configuration.exclude.isEmpty != false { return true }
        let components = relative(path, to: found.map { FileSystem.directory(of: FileSystem.absolute($0.path)) })
        let include = found?.configuration.include.map { $0.map(PathGlob.init) } ?? (named ? namedDefault : nil)
        if let include, !include.contains(where: { $0.matches(components) }) { return false }
        let exclude = found?.configuration.exclude.map(PathGlob.init) ?? []
        return !exclude.contains { $0.matches(components) }
    }

    /// Whether a folder reached by a walk is searched (not matched by `exclude`).
    static func selects(folder path: String, _ selection: FileSelection, _ finder: inout ConfigurationFinder) throws -> Bool {
        guard let found = try finder.configuration(for: path, fixed: selection.configPath),
              !found.configuration.exclude.isEmpty else { return true }
        let components = relative(path, to: FileSystem.directory(of: FileSystem.absolute(found.path)))
        return !found.configuration.exclude.map(PathGlob.init).contains { $0.matches(components) }
    }

    /// The components of `path` relative to `base` (absolute; nil: the current folder), with
    /// `.` and `..` resolved by name; a path outside `base` is its absolute components after
    /// an empty first one.
    static func relative(_ path: String, to base: String?) -> [Substring] {
        let absolute = normalized(FileSystem.absolute(path))
        let root = normalized(base ?? FileSystem.absolute("."))
        if absolute.count > root.count && Array(absolute.prefix(root.count)) == root {
            return Array(absolute.dropFirst(root.count))
        }
        return [""] + absolute
    }

    static func normalized(_ absolute: String) -> [Substring] {
        var out: [Substring] = []
        for part in absolute.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = out.popLast(); continue }
            out.append(part)
        }
        return out
    }
}

/// Paths named on the command line as their bytes: Swift's `CommandLine.arguments` repairs
/// bytes that are not UTF-8 (U+FFFD), so such a path could not be opened. The CLI hands its
/// parsed paths here; each one that is a repaired argument becomes its `\xNN` text, with
/// the argument's bytes to open it by.
public enum CommandLinePaths {
    public static func resolve(_ paths: [String]) -> (paths: [String], raw: [String: [UInt8]]) {
        var byRepaired: [String: [UInt8]] = [:]
        for i in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[i] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                                                  count: strlen(pointer)))
            if String(validating: bytes, as: UTF8.self) == nil { byRepaired[String(decoding: bytes, as: UTF8.self)] = bytes }
        }
        return resolve(paths, arguments: byRepaired)
    }

    /// `resolve(_:)` with the arguments that are not UTF-8 given, by their repaired text.
    static func resolve(_ paths: [String], arguments byRepaired: [String: [UInt8]]) -> (paths: [String], raw: [String: [UInt8]]) {
        guard !byRepaired.isEmpty else { return (paths, [:]) }
        var raw: [String: [UInt8]] = [:]
        let resolved = paths.map { path -> String in
            guard let bytes = byRepaired[path] else { return path }
            let display = FileSystem.display(bytes)
            raw[display] = bytes
            return display
        }
        return (resolved, raw)
    }
}
