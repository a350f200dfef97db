import PlanModel

/// `series-decreasing`: a running total does not go down. The baseline of a cumulative
/// target is the total to date, so the target may not be below it. An averaged baseline
/// (`aggregate: mean`) is a yearly rate, not a total: target-below-baseline compares those.
enum SeriesDecreasing: PlanCheck {
    struct Message: RuleMessage {
        var metric: String
        var unit: String
        var value: Double
        var baseline: Double
        /// The baseline's year (nil: undated).
        var year: Int?

        static let rule = "series-decreasing"
        var key: String { year == nil ? "undated" : "default" }
        var arguments: [String: String] {
            var args = ["metric": metric, "unit": unit, "value": NumberFormat.plain(value),
                        "baseline": NumberFormat.plain(baseline)]
            if let year { args["year"] = String(year) }
            return args
        }
        static let everyCase = [Self(metric: "", unit: "", value: 0, baseline: 0, year: 0),
                                Self(metric: "", unit: "", value: 0, baseline: 0, year: nil)]
    }

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        context.targets(in: plan).compactMap { o -> Finding? in
            guard o.target.basis == .cumulative, let value = o.target.value, let b = o.target.baseline,
                  b.aggregate == nil, let base = b.value, Compare.exceeds(base, value)
            else { return nil }
            return finding(Message(metric: o.name, unit: o.unit, value: value, baseline: base, year: b.effectiveYear),
                           at: o.source("value"), subject: o.subject)
        }
    }
}
