import PlanModel
import PlanText

/// `target-value`: every target (of a KPI or a goal) other than a milestone has a number
/// that can be compared with a result: present, not negative, whole when it counts things
/// (件, 回, 社 …), and within 0–100 when it is a share.
enum TargetValue: PlanCheck {
    static let id = "target-value"

    static let readsTargets = true

    /// Units that count whole things; the `count-units` parameter's default.
    static let countUnits = ["件", "回", "社", "者", "名", "人", "個", "団体", "校", "品目", "機関", "項目", "分野",
                             "事業者", "企業", "箇所", "社・団体"]

    /// The default `count-units`, folded: made once, not once per plan.
    private static let defaultCounts = Set(countUnits.map(Width.fold))

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let listed = context.params.strings("count-units", default: countUnits)
        let counts = listed == countUnits ? defaultCounts : Set(listed.map(Width.fold))
        return context.measuredTargets(in: plan, goals: true).compactMap { item in
            let t = item.target
            guard t.basis != .milestone else { return nil }
            guard let value = t.value else {
                return Finding(rule: id, arguments: ["metric": item.name], source: t.source, subject: item.subject)
            }
            let unit = t.unit.map(Width.fold)
            let message: String
            if value < 0 {
                message = "negative"
            } else if t.basis == .share {
                let percent = unit == "割" ? value * 10 : value
                guard percent > 100 else { return nil }
                message = "share"
            } else if let unit, value != value.rounded(), counts.contains(unit) {
                message = "fractional"
            } else {
                return nil
            }
            // Only a finding needs the words and the place.
            var arguments = ["metric": item.name, "value": Numbers.show(value)]
            if message == "fractional" { arguments["unit"] = unit }
            return Finding(rule: id, message: message, arguments: arguments, source: t.fields.of("value", or: t.source),
                           subject: item.subject)
        }
    }
}
