import PlanModel
import PlanText

/// `target-unit`: every target (of a KPI or a goal) other than a milestone has a unit, and
/// the unit is one the configuration allows. A unit outside the list is the `unlisted`
/// message of the same rule (see the rule file for its severity).
enum TargetUnit: PlanCheck {
    static let id = "target-unit"

    static let readsTargets = true

    /// The units of the 47 plans and their sources; the `units` parameter's default.
    static let units = ["件", "回", "社", "者", "名", "人", "個", "団体", "校", "品目", "機関", "項目", "分野", "事業者",
                        "企業", "箇所", "社・団体", "%", "円", "千円", "万円", "百万円", "億円", "兆円"]

    /// The default `units`, normalized: made once, not once per plan.
    private static let defaultAllowed = Set(units.map(normalized))

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let listed = context.params.strings("units", default: units)
        let allowed = listed == units ? defaultAllowed : Set(listed.map(normalized))
        return context.measuredTargets(in: plan, goals: true).compactMap { item in
            let t = item.target
            guard t.basis != .milestone else { return nil }
            let key = t.unit.map(normalized)
            guard let unit = t.unit, let key, !key.isEmpty else {
                return Finding(rule: id, arguments: ["metric": item.name],
                               source: t.unit == nil ? t.source : t.fields.of("unit", or: t.source), subject: item.subject)
            }
            guard !allowed.contains(key) else { return nil }
            return Finding(rule: id, message: "unlisted", arguments: ["metric": item.name, "unit": unit],
                           source: t.fields.of("unit", or: t.source), subject: item.subject)
        }
    }

    /// A unit as compared: width-folded (％ is %), without spaces.
    static func normalized(_ unit: String) -> String {
        let folded = Width.fold(unit)
        guard folded.unicodeScalars.contains(where: Width.isWhitespace) else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { !Width.isWhitespace($0) }))
    }
}
