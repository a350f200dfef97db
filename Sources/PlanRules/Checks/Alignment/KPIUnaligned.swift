import PlanModel

/// `kpi-unaligned`: every KPI names at least one vision goal it supports.
///
/// Only an empty `supports` list is reported here; a list whose references do not resolve
/// is `link-unresolved`'s business, so one typo is not reported twice.
enum KPIUnaligned: PlanCheck {
    static let id = "kpi-unaligned"

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        plan.kpis.filter { $0.supports.isEmpty }.map { kpi in
            Finding(rule: id, arguments: ["kpi": kpi.id], source: kpi.fields.of("supports", or: kpi.source),
                    subject: kpi.id)
        }
    }
}
