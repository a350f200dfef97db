import PlanModel

/// `period-missing`: the plan states its KPI period (【2020～2022年度】 or 【2022年度時点】),
/// without which no target can be placed in time.
enum PeriodMissing: PlanCheck {
    struct Message: RuleMessage {
        static let rule = "period-missing"
        var key: String { "default" }
        var arguments: [String: String] { [:] }
        static let everyCase = [Self()]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard plan.period == nil else { return [] }
        return [finding(Message(), at: plan.source)]
    }
}
