import PlanModel
import PlanYAML

/// Everything a user reads and tunes about one rule, as written in `Rules/<id>.yaml`.
public struct RuleSpec: Sendable, Equatable {
    public var id: String
    public var category: RuleCategory
    public var severity: Severity
    public var title: LocalizedText
    /// What it checks, why a reviewer cares, how to fix it.
    public var what: LocalizedText
    public var why: LocalizedText
    public var fix: LocalizedText
    /// A one-line fix hint shown under each diagnostic (`= help: …`, as rustc and Ruff do),
    /// for the rules where one line can say it; `explain` shows the long `fix`.
    public var help: LocalizedText?
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

    public init(id: String, category: RuleCategory, severity: Severity, title: LocalizedText,
                what: LocalizedText, why: LocalizedText, fix: LocalizedText, help: LocalizedText? = nil,
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
        self.help = help
        self.messages = messages
        self.messageSeverities = messageSeverities
        self.params = params
        self.passExamples = passExamples
        self.failExamples = failExamples
        self.origin = origin
    }
}

/// A rule parameter as its rule file declares it: its kind, its default value (the only
/// place a default is written) and what it means.
public struct ParamSpec: Sendable {
    public var name: String
    public var kind: ParamKind
    /// The default, as a YAML node of `kind` (the rule file reader checks that it is one).
    public var defaultValue: Node
    public var description: LocalizedText

    public init(name: String, kind: ParamKind, defaultValue: Node, description: LocalizedText) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.description = description
    }
}

/// The kinds of value a rule parameter takes, as rule files (`kind:`) and messages name them.
public enum ParamKind: String, CaseIterable, Sendable {
    /// A whole number: `2000`.
    case integer
    /// A decimal number: `0.05`, `0`.
    case number
    /// `true` or `false`.
    case boolean
    /// One text.
    case string
    /// A list of texts: `[件, 回]`.
    case strings

    /// Whether `node` is a value of this kind (as a plan writes numbers: plain, no quotes).
    public func accepts(_ node: Node) -> Bool {
        switch self {
        case .integer: return Self.integer(node) != nil
        case .number: return Self.number(node) != nil
        case .boolean: return Self.boolean(node) != nil
        case .string: return Self.string(node) != nil
        case .strings: return Self.strings(node) != nil
        }
    }

    /// The value of an `integer` node.
    public static func integer(_ node: Node) -> Int? {
        guard let s = node.scalar, s.style == .plain, s.value.utf8.count <= 18 else { return nil }
        return DecodeContext.decimal(s.value).flatMap { $0 == $0.rounded() ? Int(s.value) : nil }
    }

    /// The value of a `number` node.
    public static func number(_ node: Node) -> Double? {
        guard let s = node.scalar, s.style == .plain else { return nil }
        return DecodeContext.decimal(s.value)
    }

    /// The value of a `boolean` node.
    public static func boolean(_ node: Node) -> Bool? {
        guard let s = node.scalar, s.style == .plain else { return nil }
        switch s.value {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// The value of a `string` node.
    public static func string(_ node: Node) -> String? {
        guard let s = node.scalar, !s.isNull || s.style != .plain else { return nil }
        return s.value
    }

    /// The value of a `strings` node: a sequence of texts.
    public static func strings(_ node: Node) -> [String]? {
        guard let items = node.sequence else { return nil }
        var out: [String] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard let text = string(item) else { return nil }
            out.append(text)
        }
        return out
    }
}

/// A plan that must (fail) or must not (pass) trigger a rule.
public struct RuleExample: Sendable, Hashable {
    /// A short description of what the example shows, in both languages (`explain` shows
    /// the run's language).
    public var title: LocalizedText
    /// The English title (test names use it).
    public var name: String { title.en }
    /// The whole plan, as YAML text.
    public var plan: String
    /// For fail examples: a line (of `plan`) where the rule must fire, when it matters.
    public var line: Int?
    /// Configuration applied when running the example (e.g. a narrower window).
    public var config: String?
    /// The source document (annex text) the plan is verified against, for the `source`
    /// rules that `planlint verify` runs.
    public var source: String?
    /// The encoding the plan is saved in before it is linted (`CP932`, `EUC-JP`, `UTF-16LE`,
    /// ... as iconv names them; a `-BOM` suffix adds a byte-order mark), for the rule about
    /// encodings; nil for UTF-8.
    public var encoding: String?

    public init(title: LocalizedText, plan: String, line: Int?, config: String?, source: String? = nil,
                encoding: String? = nil) {
        self.title = title
        self.plan = plan
        self.line = line
        self.config = config
        self.source = source
        self.encoding = encoding
    }

    /// An example whose title is the same in both languages.
    public init(name: String, plan: String, line: Int?, config: String?, source: String? = nil) {
        self.title = LocalizedText(ja: name, en: name)
        self.plan = plan
        self.line = line
        self.config = config
        self.source = source
    }
}

/// The categories rules belong to, in report order (`allCases`).
public enum RuleCategory: String, CaseIterable, Sendable, Comparable, Codable {
    case schema, measurability, period, alignment, consistency, text, source, waiver

    /// Report order: the order of the cases.
    public static func < (a: Self, b: Self) -> Bool {
        a.rank < b.rank
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
