import PlanImport
import PlanModel
import PlanText
import PlanYAML

/// The Swift half of a rule: a check found by the rule's id, one per file under `Checks/`.
///
/// A check reads a decoded plan and returns findings of its own rule, each built from a
/// case of its `Message` type; severity, wording, waivers and output are the engine's
/// business, never the check's. Its parameters are declared as ``Param`` constants and
/// read from the context; their defaults are written once, in the rule file.
protocol PlanCheck: Sendable {
    /// The rule's messages: one case per template of `Rules/<id>.yaml`, carrying the
    /// values of its placeholders. Its `rule` is the check's id.
    associatedtype Message: RuleMessage
    /// The parameters the check reads (each must be declared, with its kind, in the rule file).
    static var parameters: [AnyParam] { get }
    /// Whether the check reads the quantities of KPI texts, so that the engine scans each
    /// text once per plan for all such checks (see ``PlanTexts``). False unless a check says so.
    static var readsQuantities: Bool { get }
    /// Whether the check walks the plan's target lists (``TargetView``), so
    /// that the engine builds them once per plan for all such checks. False unless a check says so.
    static var readsTargets: Bool { get }
    /// Whether the check reads the plan's text fields (``TextField``), so that the engine
    /// reads them and decodes their scalars once per plan for all such checks (the seven
    /// text rules). False unless a check says so.
    static var readsProse: Bool { get }
    /// Whether the check compares the plan with its source document (the `source` rules
    /// of `planlint verify`); such a check runs only when the engine has a source.
    static var readsSource: Bool { get }
    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding]
}

extension PlanCheck {
    /// The rule id, matching `Rules/<id>.yaml`: the message type's.
    static var id: String { Message.rule }
    /// The message type, for the contract tests and the catalogue's override checks.
    static var messageType: any RuleMessage.Type { Message.self }
    static var parameters: [AnyParam] { [] }
    static var readsQuantities: Bool { false }
    static var readsTargets: Bool { false }
    static var readsProse: Bool { false }
    static var readsSource: Bool { false }

    /// A finding of this check's rule.
    static func finding(_ message: Message, at source: Source, subject: String? = nil) -> Finding {
        Finding(message, source: source, subject: subject)
    }
}

/// What a check may know besides the plan: the window, and its parameters.
struct CheckContext: Sendable {
    /// The plan window (default FY2020–FY2022).
    var window: ClosedRange<Int>
    /// The check's parameters: the rule file's defaults with configuration overrides.
    var params: Params
    /// The plan's KPI texts already read, when the engine has read them for this plan.
    var texts: PlanTexts?
    /// The plan's target lists, when the engine has built them for this plan (only the
    /// engine sets them, for the plan it passes along; see ``PlanTargets``).
    var targets: PlanTargets?
    /// The plan's text fields, when the engine has read them for this plan (only the engine
    /// sets them, for the plan it passes along; see ``PlanProse``).
    var prose: PlanProse?
    /// The source document, when the plan is verified against one (`planlint verify`).
    var source: SourceDocument?

    init(window: ClosedRange<Int> = Configuration.defaultWindow, params: Params, texts: PlanTexts? = nil) {
        self.window = window
        self.params = params
        self.texts = texts
    }

    /// The context of `check` with the defaults of its rule in the shipped catalogue (for
    /// running a check on its own, as tests do).
    init(for check: any PlanCheck.Type, window: ClosedRange<Int> = Configuration.defaultWindow) {
        self.init(window: window, params: Params(defaults: Catalogue.compiled[check.id]))
    }

    /// The value of a parameter of the check.
    subscript<Value>(_ param: Param<Value>) -> Value {
        params[param]
    }

    /// The quantities of `kpi`'s text (the KPI at `index` of the plan): from ``texts`` when
    /// the engine has scanned them, otherwise scanned now.
    func quantities(of kpi: KPI, at index: Int) -> [Quantity] {
        texts?.quantities(of: kpi, at: index) ?? QuantityScanner.scan(kpi.text)
    }

    /// The Unicode scalars of `kpi`'s text (the KPI at `index`): from ``texts`` when the
    /// engine has read them, otherwise decoded now.
    func scalars(of kpi: KPI, at index: Int) -> [Unicode.Scalar] {
        texts?.scalars(of: kpi, at: index) ?? Scalars.of(kpi.text)
    }
}

/// What the checks read from a plan's KPI texts, worked out once per plan rather than once
/// per check: the Unicode scalars of every KPI text and their quantities (`QuantityScanner`
/// is the costliest reading of a plan, and three checks need it).
struct PlanTexts: Sendable {
    private let texts: [String]
    private let decoded: [[Unicode.Scalar]]
    private let scanned: [[Quantity]]

    init(_ plan: Plan) {
        texts = plan.kpis.map(\.text)
        decoded = texts.map(Scalars.of)
        scanned = decoded.map { QuantityScanner.scan(scalars: $0) }
    }

    /// The quantities of the KPI at `index`, or nil when this is not that KPI's text (a
    /// context built for another plan), so a caller can never read another plan's numbers.
    func quantities(of kpi: KPI, at index: Int) -> [Quantity]? {
        guard index < texts.count, texts[index] == kpi.text else { return nil }
        return scanned[index]
    }

    /// The Unicode scalars of the KPI at `index` (`Scalars.of` its text), or nil when this is
    /// not that KPI's text.
    func scalars(of kpi: KPI, at index: Int) -> [Unicode.Scalar]? {
        guard index < texts.count, texts[index] == kpi.text else { return nil }
        return decoded[index]
    }
}

/// A check's parameter values for a run: the rule file's defaults with the configuration's
/// settings on top, each already checked against the parameter's declared kind (rule
/// files by their reader, `planlint.yaml` by `Configuration.validate(against:)`).
struct Params: Sendable {
    private(set) var values: [String: Node]

    init(_ values: [String: Node] = [:]) {
        self.values = values
    }

    /// The defaults of `spec`'s parameters, with `overrides` on top.
    init(defaults spec: RuleSpec?, overrides: [String: Node] = [:]) {
        var values: [String: Node] = [:]
        for (name, param) in spec?.params ?? [:] { values[name] = param.defaultValue }
        for (name, value) in overrides { values[name] = value }
        self.values = values
    }

    /// The value of `param`; `Value.fallback` only if the rule file lacks the parameter,
    /// which `RuleContractTests` rules out for every shipped check.
    subscript<Value>(_ param: Param<Value>) -> Value {
        values[param.name].flatMap(Value.read) ?? Value.fallback
    }
}

/// A parameter a check reads, typed: `static let tolerance = Param<Double>("tolerance")`.
/// Its name and kind must match the rule file's `params` (held by `RuleContractTests`).
struct Param<Value: ParamValue>: Sendable {
    let name: String

    init(_ name: String) {
        self.name = name
    }

    /// The untyped declaration, for ``PlanCheck/parameters``.
    var declaration: AnyParam { AnyParam(name: name, kind: Value.kind) }
}

/// A parameter's name and kind, whatever its Swift type.
struct AnyParam: Sendable, Hashable {
    let name: String
    let kind: ParamKind
}

/// A Swift type a parameter can have, with the rule-file kind it is written as.
protocol ParamValue: Sendable {
    static var kind: ParamKind { get }
    /// The value of a node of ``kind``.
    static func read(_ node: Node) -> Self?
    /// What a parameter missing from its rule file reads as (never reached for a shipped check).
    static var fallback: Self { get }
}

extension Int: ParamValue {
    static let kind = ParamKind.integer
    static func read(_ node: Node) -> Int? { ParamKind.integer(node) }
    static let fallback = 0
}

extension Double: ParamValue {
    static let kind = ParamKind.number
    static func read(_ node: Node) -> Double? { ParamKind.number(node) }
    static let fallback = 0.0
}

extension Bool: ParamValue {
    static let kind = ParamKind.boolean
    static func read(_ node: Node) -> Bool? { ParamKind.boolean(node) }
    static let fallback = false
}

extension String: ParamValue {
    static let kind = ParamKind.string
    static func read(_ node: Node) -> String? { ParamKind.string(node) }
    static let fallback = ""
}

extension Array: ParamValue where Element == String {
    static var kind: ParamKind { .strings }
    static func read(_ node: Node) -> [String]? { ParamKind.strings(node) }
    static var fallback: [String] { [] }
}
