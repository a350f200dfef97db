import PlanModel

/// `increase-baseline`: a KPI target that commits to an increase (`basis: increase`) says
/// what it increases from: a baseline with a value. Without it, the level to reach is unknown.
enum IncreaseBaseline: PlanCheck {
    static let id = "increase-baseline"

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        context.measuredTargets(in: plan, goals: false).compactMap { item in
            let t = item.target
            guard t.basis == .increase else { return nil }
            guard let baseline = t.baseline else {
                return Finding(rule: id, arguments: ["metric": item.name], source: t.source, subject: item.subject)
            }
            guard baseline.value == nil else { return nil }
            let years: String
            if let year = baseline.year {
                years = "\(year)"
            } else if let from = baseline.from, let to = baseline.to {
                years = "\(from)–\(to)"
            } else {
                years = "?"
            }
            return Finding(rule: id, message: "no-value", arguments: ["metric": item.name, "years": years],
                           source: t.fields.of("baseline", or: t.source), subject: item.subject)
        }
    }
}
