import PlanModel

/// `cumulative-start`: a running total (累計) says from when it counts. Under a KPI period
/// `{from, to}` the count starts with the period; under `{as_of: Y}` nothing states a start
/// unless the target's `over` does, and then every cumulative check is silently skipped
/// for want of a window. Reported at the target.
enum CumulativeStart: PlanCheck {
    struct Message: RuleMessage {
        var metric: String
        var asOf: Int

        static let rule = "cumulative-start"
        var key: String { "default" }
        var arguments: [String: String] { ["metric": metric, "as_of": String(asOf)] }
        static let everyCase = [Self(metric: "", asOf: 0)]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard let asOf = plan.period?.asOf else { return [] }
        var findings: [Finding] = []
        for kpi in plan.kpis {
            for (index, target) in kpi.targets.enumerated() where target.basis == .cumulative && target.over?.from == nil {
                findings.append(finding(Message(metric: TargetView.name(target, owner: kpi.id, index: index), asOf: asOf),
                                        at: target.fields.of("basis", or: target.source),
                                        subject: Subject.target(kpi, target, index)))
            }
        }
        return findings
    }
}
