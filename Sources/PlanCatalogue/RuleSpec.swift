import PlanYAML

/// Everything a user reads and tunes about one rule, as written in `Rules/<id>.yaml`.
public struct RuleSpec: Sendable, Equatable {
    public var id: String
    /// schema, measurability, period, alignment, consistency or waiver.
    public var category: String
    public var severity: Severity
    public var title: LocalizedText
    /// What it checks, why a reviewer cares, how to fix it.
    public var what: LocalizedText
    public var why: LocalizedText
    public var fix: LocalizedText
    /// Message templates by key (`default` and others), with `{placeholders}`.
    public var messages: [String: LocalizedText]
    /// Messages that carry their own default severity (e.g. `target-unit`'s unit outside
    /// the list is a warning while a missing unit is an error).
    public var messageSeverities: [String: Severity]
    public var params: [String: ParamSpec]
    public var passExamples: [RuleExample]
    public var failExamples: [RuleExample]
    /// The file the rule was read from (`Rules/target-basis.yaml` for a shipped rule).
    public var origin: String

    public init(id: String, category: String, severity: Severity, title: LocalizedText,
                what: LocalizedText, why: LocalizedText, fix: LocalizedText,
                messages: [String: LocalizedText], messageSeverities: [String: Severity] = [:],
                params: [String: ParamSpec], passExamples: [RuleExample], failExamples: [RuleExample],
                origin: String) {
        self.id = id
        self.category = category
        self.severity = severity
        self.title = title
        self.what = what
        self.why = why
        self.fix = fix
        self.messages = messages
        self.messageSeverities = messageSeverities
        self.params = params
        self.passExamples = passExamples
        self.failExamples = failExamples
        self.origin = origin
    }
}

/// A rule parameter: its default value (as a YAML node, typed when read) and what it means.
public struct ParamSpec: Sendable {
    public var name: String
    public var defaultValue: Node
    public var description: LocalizedText

    public init(name: String, defaultValue: Node, description: LocalizedText) {
        self.name = name
        self.defaultValue = defaultValue
        self.description = description
    }
}

/// A plan that must (fail) or must not (pass) trigger a rule.
public struct RuleExample: Sendable, Hashable {
    /// A short description of what the example shows.
    public var name: String
    /// The whole plan, as YAML text.
    public var plan: String
    /// For fail examples: a line (of `plan`) where the rule must fire, when it matters.
    public var line: Int?
    /// Configuration applied when running the example (e.g. a narrower window).
    public var config: String?

    public init(name: String, plan: String, line: Int?, config: String?) {
        self.name = name
        self.plan = plan
        self.line = line
        self.config = config
    }
}

/// The categories rules belong to, in report order.
public enum RuleCategory {
    public static let all = ["schema", "measurability", "period", "alignment", "consistency", "waiver"]
}
