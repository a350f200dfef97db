import PlanModel

/// `target-below-baseline`: an annual, level or share target is not below its baseline (the
/// plan would commit to less than it already does). An averaged baseline (`aggregate: mean`)
/// is a yearly figure: a cumulative target is also compared with it, per year of its window.
/// `at-most` targets are meant to go down and are left alone.
enum TargetBelowBaseline: PlanCheck {
    static let id = "target-below-baseline"

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        context.ownedTargets(in: plan).compactMap { o -> Finding? in
            let t = o.target
            guard t.comparator != .atMost, let value = t.value, let b = t.baseline, let base = b.value,
                  let basis = t.basis
            else { return nil }
            let mean = b.aggregate == "mean"
            // The words of a finding, made only once there is one.
            func arguments() -> [String: String] {
                ["metric": o.metric, "unit": o.unit, "value": NumberFormat.plain(value), "baseline": NumberFormat.plain(base)]
            }
            var args: [String: String]
            switch basis {
            case .annual, .level, .share:
                guard Compare.exceeds(base, value) else { return nil }
                args = arguments()
            case .cumulative where mean:
                guard let window = o.window else { return nil }
                let perYear = value / Double(PeriodMath.count(window))
                guard Compare.exceeds(base, perYear) else { return nil }
                args = arguments()
                args["per_year"] = NumberFormat.plain(perYear, decimals: 2)
                args["years"] = String(PeriodMath.count(window))
                return Finding(rule: id, message: "cumulative-mean", arguments: args, source: o.source("value"),
                               subject: o.subject)
            default:
                return nil
            }
            let message: String
            if mean, let from = b.from, let to = b.to {
                (args["from"], args["to"], message) = (String(from), String(to), "mean")
            } else if mean {
                message = "mean-undated"
            } else if let year = b.effectiveYear {
                (args["year"], message) = (String(year), "default")
            } else {
                message = "undated"
            }
            return Finding(rule: id, message: message, arguments: args, source: o.source("value"), subject: o.subject)
        }
    }
}
