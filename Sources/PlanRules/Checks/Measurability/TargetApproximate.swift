import PlanModel

/// `target-approximate`: a KPI target written as 約N or N程度 (comparator `about`) has no
/// line between met and missed, so the plan's reviewers cannot judge it.
enum TargetApproximate: PlanCheck {
    struct Message: RuleMessage {
        var metric: String
        /// The value and unit as written (`?` when there is neither).
        var amount: String

        static let rule = "target-approximate"
        var key: String { "default" }
        var arguments: [String: String] { ["metric": metric, "amount": amount] }
        static let everyCase = [Self(metric: "", amount: "")]
    }

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        context.targets(in: plan, goals: false).compactMap { item in
            let t = item.target
            guard t.comparator == .about else { return nil }
            let amount = (t.value.map { NumberFormat.plain($0) } ?? "") + (t.unit ?? "")
            return finding(Message(metric: item.name, amount: amount.isEmpty ? "?" : amount),
                           at: t.fields.of("comparator", or: t.source), subject: item.subject)
        }
    }
}
