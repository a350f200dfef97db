import PlanModel
import PlanRules

/// Files that share one configuration, and the engine built for it.
struct EngineGroup {
    var engine: Engine
    var files: [String]
}

/// Builds one engine per configuration in force: `--config` for all files, or the
/// `planlint.yaml` found above each file (files without one use the defaults).
enum EngineGroups {
    static func make(for files: [String], options: LintOptions) throws -> [EngineGroup] {
        var finder = ConfigurationFinder()
        return try make(for: files, options: options, finder: &finder)
    }

    /// `make(for:options:)` with the configuration files already found and read.
    static func make(for files: [String], options: LintOptions, finder: inout ConfigurationFinder) throws -> [EngineGroup] {
        var order: [String] = []
        var byConfig: [String: [String]] = [:]
        for file in files {
            let key = try options.configPath ?? finder.configurationPath(for: file) ?? ""
            if byConfig[key] == nil { order.append(key) }
            byConfig[key, default: []].append(file)
        }
        if order.isEmpty { order = [options.configPath ?? ""] }
        let date = FileSystem.today()
        let today = CalendarDate(year: date.year, month: date.month, day: date.day)
        return try order.map { key in
            var configuration = key.isEmpty ? Configuration() : try finder.load(key)
            if let window = options.window { configuration.window = window }
            let catalogue = try RuleDirectories.catalogue(extra: options.ruleDirectories + configuration.ruleDirectories)
            try configuration.validate(against: catalogue, language: options.language(configured: configuration.language))
            let engine = Engine(catalogue: catalogue, configuration: configuration,
                                language: options.language(configured: configuration.language), today: today,
                                limits: configuration.limits, source: options.verifySource?.document,
                                only: options.verifySource == nil ? nil : Engine.verifyRules)
            return EngineGroup(engine: engine, files: byConfig[key] ?? [])
        }
    }
}

/// Reads extra rule directories (`--rules DIR`, `rule-directories:`) on top of the shipped catalogue.
enum RuleDirectories {
    /// The compiled catalogue, built once per process (it cannot change while one runs);
    /// linting needs no examples, so they are built only for `explain`.
    static let shipped = Catalogue.compiled
    static let shippedWithExamples = Catalogue.shipped()

    static func catalogue(extra directories: [String], examples: Bool = false) throws -> Catalogue {
        var catalogue = examples ? shippedWithExamples : shipped
        for directory in directories {
            guard case .directory = FileSystem.kind(directory), let names = FileSystem.list(directory) else {
                throw SetupError(file: directory, ja: "ルールのフォルダではありません", en: "not a rule directory")
            }
            var files: [(path: String, text: String)] = []
            for name in names where name.hasSuffix(".yaml") {
                let path = FileSystem.join(directory, name)
                switch FileSystem.read(path, limit: 1 << 20) {
                case .success(let bytes): files.append((path, String(decoding: bytes, as: UTF8.self)))
                case .failure(let e): throw e.setupError(path)
                }
            }
            try catalogue.add(files: files, examples: examples)
        }
        return catalogue
    }
}
