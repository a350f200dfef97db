import PlanModel
import PlanYAML

/// The Swift half of a rule: a check found by the rule's id, one per file under `Checks/`.
///
/// A check reads a decoded plan and returns findings of its own rule; severity, wording,
/// waivers and output are the engine's business, never the check's.
public protocol PlanCheck: Sendable {
    /// The rule id, matching `Rules/<id>.yaml`.
    static var id: String { get }
    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding]
}

/// What a check may know besides the plan: the window, and its parameters.
public struct CheckContext: Sendable {
    /// The plan window (default FY2020–FY2022).
    public var window: ClosedRange<Int>
    /// The check's parameters: the rule file's defaults with configuration overrides.
    public var params: Params

    public init(window: ClosedRange<Int> = Configuration.defaultWindow, params: Params = Params()) {
        self.window = window
        self.params = params
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
