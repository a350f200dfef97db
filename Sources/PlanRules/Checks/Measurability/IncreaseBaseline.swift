import PlanModel

/// `increase-baseline`: a KPI target that commits to an increase (`basis: increase`) says
/// what it increases from: a baseline with a value. Without it, the level to reach is unknown.
enum IncreaseBaseline: PlanCheck {
    enum Message: RuleMessage {
        /// An increase with no baseline at all.
        case noBaseline(metric: String)
        /// A baseline with a year (or years) but no value.
        case noValue(metric: String, years: String)

        static let rule = "increase-baseline"
        var key: String {
            switch self {
            case .noBaseline: "default"
            case .noValue: "no-value"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .noBaseline(let metric): ["metric": metric]
            case .noValue(let metric, let years): ["metric": metric, "years": years]
            }
        }
        static let everyCase: [Self] = [.noBaseline(metric: ""), .noValue(metric: "", years: "")]
    }

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        context.targets(in: plan, goals: false).compactMap { item in
            let t = item.target
            guard t.basis == .increase else { return nil }
            guard let baseline = t.baseline else {
                return finding(.noBaseline(metric: item.name), at: t.source, subject: item.subject)
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
            return finding(.noValue(metric: item.name, years: years), at: t.fields.of("baseline", or: t.source),
                           subject: item.subject)
        }
    }
}
