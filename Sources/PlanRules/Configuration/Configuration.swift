import PlanModel
import PlanYAML

/// What a `planlint.yaml` (or the command line) sets for a run.
public struct Configuration: Sendable {
    /// The plan window KPI periods must cover (default FY2020–FY2022, the national plan's).
    public var window: ClosedRange<Int> = 2020...2022
    /// Allowed units, replacing the `target-unit` rule's default list when set.
    public var units: [String]?
    /// Per-rule severity; a rule mapped to nil is off.
    public var severities: [String: Severity?] = [:]
    /// Per-rule parameter overrides, as YAML nodes typed by the check that reads them.
    public var params: [String: [String: Node]] = [:]
    /// Extra rule directories, as written (relative to the configuration file's folder).
    public var ruleDirectories: [String] = []
    /// A baseline file, as written.
    public var baseline: String?
    public var language: Language?
    /// The file this came from, if any.
    public var origin: String?
    /// Loader limits (file size, nesting, aliases, scalar length) for hostile input.
    public var limits: LoadLimits = .default
    /// Where each rule's setting was written, for positioned errors about unknown rule ids.
    public var ruleSources: [String: SourceRange] = [:]

    public init() {}

    /// The default configuration's window, the national action plan's period.
    public static let defaultWindow = 2020...2022

    /// The severity a rule has in this run (nil when the rule is off).
    public func severity(of rule: RuleSpec) -> Severity? {
        if let set = severities[rule.id] { return set }
        return rule.severity
    }

    /// The severity of one of a rule's messages: the configured severity when the rule is
    /// set, else the message's own default, else the rule's (nil when the rule is off).
    public func severity(of rule: RuleSpec, message: String) -> Severity? {
        if let set = severities[rule.id] { return set }
        return rule.messageSeverities[message] ?? rule.severity
    }
}

/// Reads `planlint.yaml`, reporting unknown keys and wrong types with their positions.
public enum ConfigurationReader {
    static let keys = ["window", "units", "rules", "rule-directories", "baseline", "lang", "limits"]
    static let limitKeys = ["max-bytes", "max-depth", "max-alias-nodes", "max-alias-bytes", "max-scalar-bytes",
                            "max-diagnostics"]

    public static func read(text: String, origin: String) throws -> Configuration {
        let document = YAMLLoader.load(text)
        let c = DecodeContext()
        for issue in document.issues {
            c.report(issue.kind.rawValue, "default", ["problem": issue.message], at: Source(pointer: "", range: issue.range))
        }
        var config = Configuration()
        config.origin = origin
        guard let root = document.root else {
            if let problem = RuleFileReader.error(c, origin) { throw problem }
            return config // an empty file sets nothing
        }
        guard let f = c.mapping(root, "", known: keys) else { throw RuleFileReader.error(c, origin) ?? SetupError(file: origin, message: "expected a mapping") }
        if let n = f["window"], let w = c.mapping(n, "/window", known: ["from", "to"], required: ["from", "to"]),
           let from = w["from"].flatMap({ c.year($0, "/window/from") }), let to = w["to"].flatMap({ c.year($0, "/window/to") }) {
            if from <= to { config.window = from...to } else {
                c.report("schema-type", "window", ["field": "/window", "found": "\(from)-\(to)"], at: w.source)
            }
        }
        if let n = f["units"], let items = c.list(n, "/units") {
            config.units = items.compactMap { c.text($0, $1) }
        }
        if let n = f["rules"] {
            if let entries = n.mapping {
                for entry in entries { readRule(entry, into: &config, c) }
            } else if n.scalar?.isNull != true {
                c.report("schema-type", "mapping", ["field": "/rules", "found": DecodeContext.shown(n)],
                         at: DecodeContext.source(n, "/rules"))
            }
        }
        if let n = f["rule-directories"], let items = c.list(n, "/rule-directories") {
            config.ruleDirectories = items.compactMap { c.text($0, $1) }
        }
        config.baseline = f["baseline"].flatMap { c.text($0, "/baseline") }
        config.language = f["lang"].flatMap { c.choice($0, "/lang", as: Language.self) }
        if let n = f["limits"], let l = c.mapping(n, "/limits", known: limitKeys) {
            func read(_ key: String, _ apply: (inout LoadLimits, Int) -> Void) {
                guard let node = l[key], let value = c.integer(node, "/limits/" + key) else { return }
                if value >= 1 { apply(&config.limits, value) } else {
                    c.report("schema-type", "integer", ["field": "/limits/" + key, "found": "\(value)"],
                             at: DecodeContext.source(node, "/limits/" + key))
                }
            }
            read("max-bytes") { $0.maxBytes = $1 }
            read("max-depth") { $0.maxDepth = $1 }
            read("max-alias-nodes") { $0.maxAliasNodes = $1 }
            read("max-alias-bytes") { $0.maxAliasBytes = $1 }
            read("max-scalar-bytes") { $0.maxScalarBytes = $1 }
            read("max-diagnostics") { $0.maxDiagnostics = $1 }
        }
        if let problem = RuleFileReader.error(c, origin) { throw problem }
        return config
    }

    private static func readRule(_ entry: Pair, into config: inout Configuration, _ c: DecodeContext) {
        guard let id = entry.key.scalar?.value else { return }
        let pointer = "/rules/" + id
        config.ruleSources[id] = entry.key.range
        if let s = entry.value.scalar {
            if s.value == "off" {
                config.severities[id] = .some(nil)
            } else if let severity = c.choice(entry.value, pointer, as: Severity.self) {
                config.severities[id] = severity
            }
            return
        }
        guard let f = c.mapping(entry.value, pointer, known: ["severity", "params"]) else { return }
        if let n = f["severity"] {
            if n.scalar?.value == "off" { config.severities[id] = .some(nil) } else if let s = c.choice(n, pointer + "/severity", as: Severity.self) {
                config.severities[id] = s
            }
        }
        if let n = f["params"], let pairs = n.mapping {
            var params: [String: Node] = [:]
            for pair in pairs { if let k = pair.key.scalar?.value { params[k] = pair.value } }
            config.params[id] = params
        } else if let n = f["params"] {
            _ = c.mapping(n, pointer + "/params", known: [])
        }
    }
}
