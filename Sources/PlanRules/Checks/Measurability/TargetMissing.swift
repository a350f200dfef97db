import PlanModel
import PlanText

/// `target-missing`: every KPI lists the quantities it commits to. When the KPI text
/// itself names numbers with units, the message shows them: they are what to transcribe.
enum TargetMissing: PlanCheck {
    static let id = "target-missing"
    static let readsQuantities = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        plan.kpis.enumerated().compactMap { index, kpi in
            guard kpi.targets.isEmpty else { return nil }
            let source = kpi.fields.of("targets", or: kpi.source)
            let quantities = context.quantities(of: kpi, at: index).map(\.text)
            guard !quantities.isEmpty else {
                return Finding(rule: id, arguments: ["kpi": kpi.id], source: source, subject: kpi.id)
            }
            return Finding(rule: id, message: "text-has-numbers",
                           arguments: ["kpi": kpi.id, "quantities": quantities.joined(separator: "、")],
                           source: source, subject: kpi.id)
        }
    }
}
