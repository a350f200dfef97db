import PlanModel

/// `vision-missing`: the plan lists at least one vision document, the other half of the
/// alignment every KPI is judged by.
enum VisionMissing: PlanCheck {
    static let id = "vision-missing"

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard plan.visions.isEmpty else { return [] }
        return [Finding(rule: id, source: plan.fields.of("visions", or: plan.source))]
    }
}
