import PlanModel

/// `vision-missing`: the plan lists at least one vision document, the other half of the
/// alignment every KPI is judged by.
enum VisionMissing: PlanCheck {
    struct Message: RuleMessage {
        static let rule = "vision-missing"
        var key: String { "default" }
        var arguments: [String: String] { [:] }
        static let everyCase = [Self()]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard plan.visions.isEmpty else { return [] }
        return [finding(Message(), at: plan.fields.of("visions", or: plan.source))]
    }
}
