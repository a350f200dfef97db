import PlanModel

/// `kpi-unaligned`: every KPI names at least one vision goal it supports.
///
/// Only an empty `supports` list is reported here; a list whose references do not resolve
/// is `link-unresolved`'s business, so one typo is not reported twice.
enum KPIUnaligned: PlanCheck {
    struct Message: RuleMessage {
        var kpi: String

        static let rule = "kpi-unaligned"
        var key: String { "default" }
        var arguments: [String: String] { ["kpi": kpi] }
        static let everyCase = [Self(kpi: "")]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        plan.kpis.filter { $0.supports.isEmpty }.map { kpi in
            finding(Message(kpi: kpi.id), at: kpi.fields.of("supports", or: kpi.source), subject: kpi.id)
        }
    }
}
