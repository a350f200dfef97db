import PlanRules

/// The plan files a run lints, and what it passed over.
public struct Discovery: Sendable {
    public var files: [String] = []
    /// Notes about skipped paths (FIFOs, devices, link loops), for standard error.
    public var notes: [String] = []
}

/// Finds plan files: each path given is a file (linted whatever its name) or a folder,
/// searched recursively for `*.yaml` and `*.yml` in sorted order. Hidden entries and
/// `planlint.yaml` configuration files are not plans; non-regular files are never opened.
public enum PlanFiles {
    public static func discover(_ paths: [String]) throws -> Discovery {
        var discovery = Discovery()
        var visited = Set<FileID>()
        for path in paths {
            switch FileSystem.kind(path) {
            case .missing:
                throw SetupError(file: path, message: "no such file or directory")
            case .regular:
                discovery.files.append(path)
            case .directory(let id):
                visited.insert(id)
                walk(path, &discovery, &visited)
            case .other(let what):
                discovery.notes.append("\(path): skipped: \(what), not a plan file")
            }
        }
        return discovery
    }

    static func isPlanName(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !isConfigName(name)
    }

    static func isConfigName(_ name: String) -> Bool {
        name == "planlint.yaml" || name == "planlint.yml"
    }

    private static func walk(_ directory: String, _ discovery: inout Discovery, _ visited: inout Set<FileID>) {
        guard let names = FileSystem.list(directory) else {
            discovery.notes.append("\(directory): skipped: cannot list the folder: \(FileSystem.errnoText())")
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = FileSystem.join(directory, name)
            switch FileSystem.kind(path) {
            case .directory(let id):
                if visited.insert(id).inserted {
                    walk(path, &discovery, &visited)
                } else {
                    discovery.notes.append("\(path): skipped: a folder already searched (a symbolic-link loop?)")
                }
            case .regular:
                if isPlanName(name) { discovery.files.append(path) }
            case .other(let what):
                if isPlanName(name) { discovery.notes.append("\(path): skipped: \(what), not a plan file") }
            case .missing:
                if isPlanName(name) { discovery.notes.append("\(path): skipped: a broken symbolic link") }
            }
        }
    }
}
