import PlanRules

/// Lints one document's text as `planlint lint` would lint the file at its path: the
/// `planlint.yaml` found walking up from the path (or `--config`), its rules, severities,
/// limits and baseline, and the plan's waivers; only the bytes come from the caller (an
/// editor's unsaved buffer). For the language server.
public enum DocumentLint {
    /// The outcome: the file's diagnostics (baselined ones marked) and the engine that
    /// made them (its catalogue and language, for explanations).
    public struct Outcome: Sendable {
        public var result: FileResult
        public var engine: Engine
    }

    /// Lints `bytes` as the file `path`; throws a `SetupError` for a broken configuration,
    /// rule directory or baseline (as the CLI's exit 2).
    public static func lint(bytes: [UInt8], path: String, options: LintOptions) throws -> Outcome {
        var finder = ConfigurationFinder()
        finder.japanese = options.language(configured: nil) == .ja
        let groups = try EngineGroups.make(for: [path], options: options, finder: &finder)
        let engine = groups[0].engine
        var results = [bytes.count > engine.limits.maxBytes
            ? engine.tooLarge(path: path, limit: engine.limits.maxBytes)
            : engine.lint(bytes: bytes, path: path)]
        let queue = LintQueue(groups: groups, items: [(path, 0)], notes: [])
        var baselines = try BaselineTracker(queue, override: options.baseline)
        baselines.apply(&results, groups: [0])
        return Outcome(result: results[0], engine: engine)
    }

    /// Whether the document at `path` is a plan to lint: a YAML name that is not
    /// `planlint.yaml`, not hidden, chosen by its configuration's `include:`/`exclude:`;
    /// without an `include:`, it must also be in a `Plans/` folder or say `planlint:` at
    /// the top (so an editor opening `.gitlab-ci.yml` or `mkdocs.yml` gets no findings).
    public static func isPlan(path: String, bytes: [UInt8], options: LintOptions) -> Bool {
        let name = FileSystem.name(of: path)
        guard PlanFiles.isPlanName(name), !name.hasPrefix(".") else { return false }
        var finder = ConfigurationFinder()
        let selection = FileSelection(configPath: options.configPath)
        guard (try? Scope.selects(file: path, named: false, selection, &finder)) == true else { return false }
        if (try? finder.configuration(for: path, fixed: options.configPath))??.configuration.include != nil { return true }
        if FileSystem.absolute(path).split(separator: "/").dropLast().contains("Plans") { return true }
        return startsWithFormatKey(bytes)
    }

    /// Whether a line of the text begins with `planlint:` (the format version key).
    static func startsWithFormatKey(_ bytes: [UInt8]) -> Bool {
        let key = Array("planlint:".utf8)
        var atLineStart = true
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            if atLineStart && bytes[i...].starts(with: key) { return true }
            atLineStart = bytes[i] == 10 || bytes[i] == 13
            i += 1
        }
        return false
    }
}
