import PlanModel

/// `target-approximate`: a KPI target written as 約N or N程度 (comparator `about`) has no
/// line between met and missed, so the plan's reviewers cannot judge it.
enum TargetApproximate: PlanCheck {
    static let id = "target-approximate"

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        context.measuredTargets(in: plan, goals: false).compactMap { item in
            let t = item.target
            guard t.comparator == .about else { return nil }
            let amount = (t.value.map(Numbers.show) ?? "") + (t.unit ?? "")
            return Finding(rule: id, arguments: ["metric": item.name, "amount": amount.isEmpty ? "?" : amount],
                           source: t.fields.of("comparator", or: t.source), subject: item.subject)
        }
    }
}
