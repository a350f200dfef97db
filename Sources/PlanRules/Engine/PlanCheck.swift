import PlanModel
import PlanText
import PlanYAML

/// The Swift half of a rule: a check found by the rule's id, one per file under `Checks/`.
///
/// A check reads a decoded plan and returns findings of its own rule; severity, wording,
/// waivers and output are the engine's business, never the check's.
public protocol PlanCheck: Sendable {
    /// The rule id, matching `Rules/<id>.yaml`.
    static var id: String { get }
    /// Whether the check reads the quantities of KPI texts, so that the engine scans each
    /// text once per plan for all such checks (see ``PlanTexts``). False unless a check says so.
    static var readsQuantities: Bool { get }
    /// Whether the check walks the plan's target lists (`OwnedTarget`, `MeasuredTarget`), so
    /// that the engine builds them once per plan for all such checks. False unless a check says so.
    static var readsTargets: Bool { get }
    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding]
}

extension PlanCheck {
    public static var readsQuantities: Bool { false }
    public static var readsTargets: Bool { false }
}

/// What a check may know besides the plan: the window, and its parameters.
public struct CheckContext: Sendable {
    /// The plan window (default FY2020–FY2022).
    public var window: ClosedRange<Int>
    /// The check's parameters: the rule file's defaults with configuration overrides.
    public var params: Params
    /// The plan's KPI texts already read, when the engine has read them for this plan.
    public var texts: PlanTexts?
    /// The plan's target lists, when the engine has built them for this plan (only the
    /// engine sets them, for the plan it passes along; see ``PlanTargets``).
    var targets: PlanTargets?

    public init(window: ClosedRange<Int> = Configuration.defaultWindow, params: Params = Params(),
                texts: PlanTexts? = nil) {
        self.window = window
        self.params = params
        self.texts = texts
    }

    /// The quantities of `kpi`'s text (the KPI at `index` of the plan): from ``texts`` when
    /// the engine has scanned them, otherwise scanned now.
    public func quantities(of kpi: KPI, at index: Int) -> [Quantity] {
        texts?.quantities(of: kpi, at: index) ?? QuantityScanner.scan(kpi.text)
    }

    /// The Unicode scalars of `kpi`'s text (the KPI at `index`): from ``texts`` when the
    /// engine has read them, otherwise decoded now.
    public func scalars(of kpi: KPI, at index: Int) -> [Unicode.Scalar] {
        texts?.scalars(of: kpi, at: index) ?? Scalars.of(kpi.text)
    }
}

/// What the checks read from a plan's KPI texts, worked out once per plan rather than once
/// per check: the Unicode scalars of every KPI text and their quantities (`QuantityScanner`
/// is the costliest reading of a plan, and three checks need it).
public struct PlanTexts: Sendable {
    private let texts: [String]
    private let decoded: [[Unicode.Scalar]]
    private let scanned: [[Quantity]]

    public init(_ plan: Plan) {
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

/// A check's parameters, read as typed values. A value of the wrong type falls back to
/// the default; configuration values are type-checked when the configuration is read.
public struct Params: Sendable {
    public var values: [String: Node]

    public init(_ values: [String: Node] = [:]) {
        self.values = values
    }

    public func double(_ name: String, default fallback: Double) -> Double {
        values[name]?.scalar.flatMap { DecodeContext.decimal($0.value) } ?? fallback
    }

    public func int(_ name: String, default fallback: Int) -> Int {
        values[name]?.scalar.flatMap { Int($0.value) } ?? fallback
    }

    public func strings(_ name: String, default fallback: [String]) -> [String] {
        values[name]?.sequence?.compactMap { $0.scalar?.value } ?? fallback
    }

    public func bool(_ name: String, default fallback: Bool) -> Bool {
        switch values[name]?.scalar?.value {
        case "true": return true
        case "false": return false
        default: return fallback
        }
    }
}
