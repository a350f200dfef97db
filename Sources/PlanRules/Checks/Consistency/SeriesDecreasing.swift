import PlanModel

/// `series-decreasing`: a running total does not go down. The baseline of a cumulative
/// target is the total to date, so the target may not be below it. An averaged baseline
/// (`aggregate: mean`) is a yearly rate, not a total: target-below-baseline compares those.
enum SeriesDecreasing: PlanCheck {
    static let id = "series-decreasing"

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        context.ownedTargets(in: plan).compactMap { o -> Finding? in
            guard o.target.basis == .cumulative, let value = o.target.value, let b = o.target.baseline,
                  b.aggregate == nil, let base = b.value, Compare.exceeds(base, value)
            else { return nil }
            var args = ["metric": o.metric, "unit": o.unit, "value": NumberFormat.plain(value),
                        "baseline": NumberFormat.plain(base)]
            if let year = b.effectiveYear { args["year"] = String(year) }
            return Finding(rule: id, message: b.effectiveYear == nil ? "undated" : "default", arguments: args,
                           source: o.source("value"), subject: o.subject)
        }
    }
}
