import PlanModel
import PlanText

/// `target-value`: every target (of a KPI or a goal) other than a milestone has a number
/// that can be compared with a result: present, not negative, whole when it counts things
/// (件, 回, 社 …), and within 0–100 when it is a share.
enum TargetValue: PlanCheck {
    static let id = "target-value"

    /// Units that count whole things; the `count-units` parameter's default.
    static let countUnits = ["件", "回", "社", "者", "名", "人", "個", "団体", "校", "品目", "機関", "項目", "分野",
                             "事業者", "企業", "箇所", "社・団体"]

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let counts = Set(context.params.strings("count-units", default: countUnits).map(Width.fold))
        return MeasuredTarget.all(in: plan, goals: true).compactMap { item in
            let t = item.target
            guard t.basis != .milestone else { return nil }
            guard let value = t.value else {
                return Finding(rule: id, arguments: ["metric": item.name], source: t.source, subject: item.subject)
            }
            let source = t.fields.of("value", or: t.source)
            var arguments = ["metric": item.name, "value": Numbers.show(value)]
            let unit = t.unit.map(Width.fold)
            if value < 0 {
                return Finding(rule: id, message: "negative", arguments: arguments, source: source, subject: item.subject)
            }
            if t.basis == .share {
                let percent = unit == "割" ? value * 10 : value
                guard percent > 100 else { return nil }
                return Finding(rule: id, message: "share", arguments: arguments, source: source, subject: item.subject)
            }
            if let unit, counts.contains(unit), value != value.rounded() {
                arguments["unit"] = unit
                return Finding(rule: id, message: "fractional", arguments: arguments, source: source, subject: item.subject)
            }
            return nil
        }
    }
}
