import PlanModel
import PlanYAML

/// What a `planlint.yaml` (or the command line) sets for a run.
public struct Configuration: Sendable {
    /// The plan window KPI periods must cover (default FY2020–FY2022, the national plan's).
    public var window: ClosedRange<Int> = 2020...2022
    /// Per-rule severity; a rule mapped to nil is off.
    public var severities: [String: Severity?] = [:]
    /// Per-rule parameter settings, by rule id and parameter name (the top-level `units`
    /// is the `units` parameter of `target-unit`). Checked against the rules' declared
    /// parameters by ``validate(against:)``.
    public var params: [String: [String: ParamSetting]] = [:]
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
    /// `include:` globs (nil: not set): which YAML files are plans, relative to this file's folder.
    public var include: [String]?
    /// `exclude:` globs: YAML files and folders that are not plans, relative to this file's folder.
    public var exclude: [String] = []

    /// One parameter as the configuration sets it: the value's node, and where its name is.
    public struct ParamSetting: Sendable {
        public var value: Node
        /// The parameter's name in the file (for an unknown name).
        public var nameRange: SourceRange
    }

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
    static let keys = ["window", "units", "rules", "rule-directories", "baseline", "lang", "limits", "include", "exclude"]
    static let limitKeys = ["max-bytes", "max-depth", "max-alias-nodes", "max-alias-bytes", "max-scalar-bytes",
                            "max-diagnostics"]

    public static func read(text: String, origin: String) throws -> Configuration {
        let document = YAMLLoader.load(text)
        let c = DecodeContext()
        c.report(document.issues)
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
                c.report(SchemaType.mismatch(.window, field: PlaceName("/window"), found: "\(from)-\(to)"), at: w.source)
            }
        }

        if let n = f["rules"] {
            if let entries = n.mapping {
                for entry in entries { readRule(entry, into: &config, c) }
            } else if n.scalar?.isNull != true {
                c.report(SchemaType.mismatch(.mapping, field: PlaceName("/rules"), found: DecodeContext.shown(n)),
                         at: DecodeContext.source(n, "/rules"))
            }
        }
        if let n = f["rule-directories"], let items = c.list(n, "/rule-directories") {
            config.ruleDirectories = items.compactMap { c.text($0, $1) }
        }
        config.baseline = f["baseline"].flatMap { c.text($0, "/baseline") }
        config.language = f["lang"].flatMap { c.choice($0, "/lang", as: Language.self) }
        // A limit below 1 is a whole number, so schema-type's "expected integer" would
        // garble it: it gets its own sentence, after the reader's other problems.
        var limitProblem: SetupError?
        if let n = f["limits"], let l = c.mapping(n, "/limits", known: limitKeys) {
            func read(_ key: String, _ apply: (inout LoadLimits, Int) -> Void) {
                guard let node = l[key], let value = c.integer(node, "/limits/" + key) else { return }
                if value >= 1 { apply(&config.limits, value) } else if limitProblem == nil {
                    limitProblem = SetupError(file: origin, line: node.range.start.line, column: node.range.start.column,
                                              message: "/limits/\(key): expected a whole number of at least 1, found \(value)")
                }
            }
            read("max-bytes") { $0.maxBytes = $1 }
            read("max-depth") { $0.maxDepth = $1 }
            read("max-alias-nodes") { $0.maxAliasNodes = $1 }
            read("max-alias-bytes") { $0.maxAliasBytes = $1 }
            read("max-scalar-bytes") { $0.maxScalarBytes = $1 }
            read("max-diagnostics") { $0.maxDiagnostics = $1 }
        }
        // The top-level `units` sets `target-unit`'s parameter and wins over a `units`
        // under `rules: {target-unit: {params: …}}`, as documented.
        if let n = f["units"], c.list(n, "/units") != nil {
            config.params[TargetUnit.id, default: [:]]["units"] = Configuration.ParamSetting(value: n, nameRange: n.range)
        }
        if let n = f["include"], let items = c.list(n, "/include") {
            config.include = items.compactMap { c.text($0, $1) }
        }
        if let n = f["exclude"], let items = c.list(n, "/exclude") {
            config.exclude = items.compactMap { c.text($0, $1) }
        }
        if let problem = RuleFileReader.error(c, origin) ?? limitProblem { throw problem }
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
            var params: [String: Configuration.ParamSetting] = [:]
            for pair in pairs {
                if let k = pair.key.scalar?.value { params[k] = Configuration.ParamSetting(value: pair.value, nameRange: pair.key.range) }
            }
            config.params[id] = params
        } else if let n = f["params"] {
            _ = c.mapping(n, pointer + "/params", known: [])
        }
    }
}

extension Configuration {
    /// Checks what the configuration says against the rules in force: every rule it names
    /// exists, and every parameter it sets is one the rule declares, of the declared kind.
    /// A configuration that says what planlint does not understand is a positioned setup
    /// error (exit 2), never silently ignored.
    public func validate(against catalogue: Catalogue, language: Language = .en) throws {
        let file = origin ?? "configuration"
        let ja = language == .ja
        let named = Set(severities.keys).union(params.keys)
        for id in named.sorted() {
            guard let spec = catalogue[id] else {
                let at = ruleSources[id]?.start
                let near = Suggest.closest(to: id, in: Array(catalogue.rules.keys))
                let hint = near.map { ja ? "。「\($0)」のことですか？" : "; did you mean '\($0)'?" } ?? ""
                throw SetupError(file: file, line: at?.line ?? 0, column: at?.column ?? 0,
                                 message: (ja ? "規則「\(id)」はありません" : "unknown rule '\(id)'") + hint)
            }
            for (name, setting) in (params[id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let declared = spec.params[name] else {
                    let at = setting.nameRange.start
                    let known = spec.params.keys.sorted()
                    let hint: String
                    if let near = Suggest.closest(to: name, in: known) {
                        hint = ja ? "。「\(near)」のことですか？" : "; did you mean '\(near)'?"
                    } else if known.isEmpty {
                        hint = ja ? "（この規則にパラメータはありません）" : "; it takes no parameters"
                    } else {
                        hint = ja ? "（パラメータは \(known.joined(separator: "、")) です）"
                            : "; its parameters are " + known.joined(separator: ", ")
                    }
                    throw SetupError(file: file, line: at.line, column: at.column,
                                     message: (ja ? "規則「\(id)」にパラメータ「\(name)」はありません"
                                                  : "rule '\(id)' has no parameter '\(name)'") + hint)
                }
                guard declared.kind.accepts(setting.value) else {
                    let at = setting.value.range.start
                    let found = DecodeContext.shown(setting.value)
                    throw SetupError(file: file, line: at.line, column: at.column, message: ja
                        ? "規則「\(id)」のパラメータ「\(name)」には\(declared.kind.describedJapanese)を書きます（書かれている値は \(found)）"
                        : "parameter '\(name)' of rule '\(id)' takes \(declared.kind.described), found \(found)")
                }
            }
        }
    }
}

extension ParamKind {
    /// The kind as an error message names it.
    var described: String {
        switch self {
        case .integer: "a whole number"
        case .number: "a number"
        case .boolean: "true or false"
        case .string: "a text"
        case .strings: "a list of texts"
        }
    }

    /// The kind as a Japanese error message names it.
    var describedJapanese: String {
        switch self {
        case .integer: "整数"
        case .number: "数値"
        case .boolean: "true か false"
        case .string: "文字列"
        case .strings: "文字列のリスト（[件, 回] など）"
        }
    }
}
