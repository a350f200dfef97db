import PlanModel
import PlanText

/// `target-value`: every target (of a KPI or a goal) other than a milestone has a number
/// that can be compared with a result: present, not negative, whole when it counts things
/// (件, 回, 社 …), and within 0–100 when it is a share.
enum TargetValue: PlanCheck {
    enum Message: RuleMessage {
        /// No value.
        case missing(metric: String)
        case negative(metric: String, value: Double)
        /// A fraction of a unit that counts whole things.
        case fractional(metric: String, value: Double, unit: String)
        /// A share over 100 %.
        case share(metric: String, value: Double)

        static let rule = "target-value"
        var key: String {
            switch self {
            case .missing: "default"
            case .negative: "negative"
            case .fractional: "fractional"
            case .share: "share"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .missing(let metric): ["metric": metric]
            case .negative(let metric, let value), .share(let metric, let value):
                ["metric": metric, "value": NumberFormat.plain(value)]
            case .fractional(let metric, let value, let unit): ["metric": metric, "value": NumberFormat.plain(value), "unit": unit]
            }
        }
        static let everyCase: [Self] = [.missing(metric: ""), .negative(metric: "", value: 0),
                                        .fractional(metric: "", value: 0, unit: ""), .share(metric: "", value: 0)]
    }

    /// Units that count whole things (folded when compared).
    static let countUnits = Param<[String]>("count-units")
    static let parameters = [countUnits.declaration]

    static let readsTargets = true

    /// The rule file's `count-units`, folded once rather than once per plan.
    private static let folded = FoldedUnits(countUnits, of: TargetValue.self, Width.fold)

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let counts = folded.set(of: context[countUnits])
        return context.targets(in: plan, goals: true).compactMap { item in
            let t = item.target
            guard t.basis != .milestone else { return nil }
            guard let value = t.value else { return finding(.missing(metric: item.name), at: t.source, subject: item.subject) }
            let unit = t.unit.map(Width.fold)
            let message: Message
            if value < 0 {
                message = .negative(metric: item.name, value: value)
            } else if t.basis == .share {
                let percent = unit == "割" ? value * 10 : value
                guard percent > 100 else { return nil }
                message = .share(metric: item.name, value: value)
            } else if let unit, value != value.rounded(), counts.contains(unit) {
                message = .fractional(metric: item.name, value: value, unit: unit)
            } else {
                return nil
            }
            return finding(message, at: t.fields.of("value", or: t.source), subject: item.subject)
        }
    }
}
