import PlanModel
import PlanYAML

/// Everything a user reads and tunes about one rule, as written in `Rules/<id>.yaml`.
public struct RuleSpec: Sendable {
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
    public var messageSeverities: [String: Severity] = [:]
    public var params: [String: ParamSpec]
    public var passExamples: [RuleExample]
    public var failExamples: [RuleExample]
    /// The file the rule was read from (`Rules/target-basis.yaml`, or embedded).
    public var origin: String
}

/// A rule parameter: its default value (as a YAML node, typed when read) and what it means.
public struct ParamSpec: Sendable {
    public var name: String
    public var defaultValue: Node
    public var description: LocalizedText
}

/// A plan that must (fail) or must not (pass) trigger a rule.
public struct RuleExample: Sendable {
    /// A short description of what the example shows.
    public var name: String
    /// The whole plan, as YAML text.
    public var plan: String
    /// For fail examples: a line (of `plan`) where the rule must fire, when it matters.
    public var line: Int?
    /// Configuration applied when running the example (e.g. a narrower window).
    public var config: String?
}

/// The categories rules belong to, in report order.
public enum RuleCategory {
    public static let all = ["schema", "measurability", "period", "alignment", "consistency", "waiver"]
}
