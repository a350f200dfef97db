import PlanRules

/// Finds the `planlint.yaml` that governs a file by walking up from its folder, and
/// reads each configuration file once.
struct ConfigurationFinder {
    private var byDirectory: [String: String?] = [:]
    private var loaded: [String: Configuration] = [:]
    /// Whether setup errors are worded in Japanese.
    var japanese = false

    private func say(_ ja: String, _ en: String) -> String { japanese ? ja : en }

    /// The path of the nearest `planlint.yaml` (or `.yml`) above `file`, if any. A
    /// `planlint.yaml` that is there but is not a regular file (a folder, a FIFO, a link to
    /// a device) is a setup error, not a file to pass over: it was meant to configure the run.
    mutating func configurationPath(for file: String) throws -> String? {
        var directory = FileSystem.directory(of: FileSystem.absolute(file))
        var walked: [String] = []
        while true {
            if let known = byDirectory[directory] {
                for d in walked { byDirectory[d] = known }
                return known
            }
            walked.append(directory)
            for name in ["planlint.yaml", "planlint.yml"] {
                let candidate = FileSystem.join(directory, name)
                switch FileSystem.kind(candidate) {
                case .regular:
                    for d in walked { byDirectory[d] = candidate }
                    return candidate
                case .missing:
                    continue
                case .directory:
                    throw SetupError(file: candidate, message: say("設定ファイルがフォルダです（通常のファイルではありません）",
                                                                   "the configuration file is a folder, not a regular file"))
                case .other(let what):
                    throw SetupError(file: candidate, message: say("設定ファイルが通常のファイルではありません（\(what)）",
                                                                   "the configuration file is \(what), not a regular file"))
                case .inaccessible(let why):
                    throw SetupError(file: candidate, message: say("設定ファイルを調べられません: \(why)",
                                                                   "cannot look at the configuration file: \(why)"))
                }
            }
            if directory == "/" || directory.isEmpty {
                for d in walked { byDirectory[d] = .some(nil) }
                return nil
            }
            directory = FileSystem.directory(of: directory)
        }
    }

    /// The configuration in force for `file`: `--config` (`fixed`), else the nearest
    /// `planlint.yaml`; nil when there is none (the defaults apply).
    mutating func configuration(for file: String, fixed: String?) throws -> (path: String, configuration: Configuration)? {
        guard let path = try fixed ?? configurationPath(for: file) else { return nil }
        return (path, try load(path))
    }

    /// Reads and caches a configuration file.
    mutating func load(_ path: String) throws -> Configuration {
        if let config = loaded[path] { return config }
        let bytes: [UInt8]
        switch FileSystem.read(path, limit: 1 << 20) {
        case .success(let b): bytes = b
        case .failure(let e): throw e.setupError(path)
        }
        var config = try ConfigurationReader.read(text: String(decoding: bytes, as: UTF8.self), origin: path)
        let base = FileSystem.directory(of: path)
        config.ruleDirectories = config.ruleDirectories.map { $0.hasPrefix("/") ? $0 : FileSystem.join(base, $0) }
        if let baseline = config.baseline, !baseline.hasPrefix("/") { config.baseline = FileSystem.join(base, baseline) }
        loaded[path] = config
        return config
    }
}
