import PlanModel
import PlanText

/// `target-unit`: every target (of a KPI or a goal) other than a milestone has a unit, and
/// the unit is one the configuration allows. A unit outside the list is the `unlisted`
/// message of the same rule (see the rule file for its severity).
enum TargetUnit: PlanCheck {
    enum Message: RuleMessage {
        /// No unit.
        case missing(metric: String)
        /// A unit outside the allowed list.
        case unlisted(metric: String, unit: String)

        static let rule = "target-unit"
        var key: String {
            switch self {
            case .missing: "default"
            case .unlisted: "unlisted"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .missing(let metric): ["metric": metric]
            case .unlisted(let metric, let unit): ["metric": metric, "unit": unit]
            }
        }
        static let everyCase: [Self] = [.missing(metric: ""), .unlisted(metric: "", unit: "")]
    }

    /// The allowed units (the top-level `units` of planlint.yaml sets it too).
    static let units = Param<[String]>("units")
    static let parameters = [units.declaration]

    static let readsTargets = true

    /// The rule file's `units`, normalized once rather than once per plan.
    private static let normalizedUnits = FoldedUnits(units, of: TargetUnit.self, normalized)

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let allowed = normalizedUnits.set(of: context[units])
        return context.targets(in: plan, goals: true).compactMap { item in
            let t = item.target
            guard t.basis != .milestone else { return nil }
            let key = t.unit.map(normalized)
            guard let unit = t.unit, let key, !key.isEmpty else {
                return finding(.missing(metric: item.name),
                               at: t.unit == nil ? t.source : t.fields.of("unit", or: t.source), subject: item.subject)
            }
            guard !allowed.contains(key) else { return nil }
            return finding(.unlisted(metric: item.name, unit: unit), at: t.fields.of("unit", or: t.source), subject: item.subject)
        }
    }

    /// A unit as compared: width-folded (％ is %), without spaces.
    static func normalized(_ unit: String) -> String {
        let folded = Width.fold(unit)
        guard folded.unicodeScalars.contains(where: Width.isWhitespace) else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { !Width.isWhitespace($0) }))
    }
}
