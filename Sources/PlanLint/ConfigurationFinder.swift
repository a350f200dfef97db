import PlanRules

/// Finds the `planlint.yaml` that governs a file by walking up from its folder, and
/// reads each configuration file once.
struct ConfigurationFinder {
    private var byDirectory: [String: String?] = [:]
    private var loaded: [String: Configuration] = [:]

    /// The path of the nearest `planlint.yaml` (or `.yml`) above `file`, if any.
    mutating func configurationPath(for file: String) -> String? {
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
                if case .regular = FileSystem.kind(candidate) {
                    for d in walked { byDirectory[d] = candidate }
                    return candidate
                }
            }
            if directory == "/" || directory.isEmpty {
                for d in walked { byDirectory[d] = .some(nil) }
                return nil
            }
            directory = FileSystem.directory(of: directory)
        }
    }

    /// Reads and caches a configuration file.
    mutating func load(_ path: String) throws -> Configuration {
        if let config = loaded[path] { return config }
        let bytes: [UInt8]
        switch FileSystem.read(path, limit: 1 << 20) {
        case .success(let b): bytes = b
        case .failure(let e): throw SetupError(file: path, message: e.text)
        }
        var config = try ConfigurationReader.read(text: String(decoding: bytes, as: UTF8.self), origin: path)
        let base = FileSystem.directory(of: path)
        config.ruleDirectories = config.ruleDirectories.map { $0.hasPrefix("/") ? $0 : FileSystem.join(base, $0) }
        if let baseline = config.baseline, !baseline.hasPrefix("/") { config.baseline = FileSystem.join(base, baseline) }
        loaded[path] = config
        return config
    }
}
