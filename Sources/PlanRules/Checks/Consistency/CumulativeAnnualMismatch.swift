import PlanModel

/// `cumulative-annual-mismatch`: a cumulative target agrees with the yearly figures stated
/// beside it — its own `per_year` × the years of its window, and any annual target of the
/// same metric and unit in the same statement (KPI or goal) × those years.
enum CumulativeAnnualMismatch: PlanCheck {
    static let id = "cumulative-annual-mismatch"

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let tolerance = max(0, context.params.double("tolerance", default: 0.05))
        let owned = context.ownedTargets(in: plan)
        var findings: [Finding] = []
        // By index, so that only the targets that pass the cheap tests are copied out of the list.
        for i in owned.indices where owned[i].target.basis == .cumulative {
            let c = owned[i]
            guard let value = c.target.value, let window = c.window else { continue }
            if let perYear = c.target.perYear {
                findings += perYearMismatch(c, value: value, perYear: perYear, window: window, tolerance: tolerance)
            }
            // The cumulative target's keys once, each candidate's only after the cheap tests.
            let metricKey = c.metricKey, unitKey = c.unitKey
            for j in owned.indices
            where owned[j].target.basis == .annual && owned[j].target.comparator != .atMost && owned[j].group == c.group {
                let a = owned[j]
                guard let annual = a.target.value, let key = a.metricKey, key == metricKey, a.unitKey == unitKey,
                      let years = a.yearsHeld(in: window), years > 0 else { continue }
                let expected = annual * Double(years)
                guard Compare.exceeds(expected, value, slack: tolerance * expected) else { continue }
                findings.append(Finding(
                    rule: id, message: "annual",
                    arguments: ["metric": c.metric, "value": NumberFormat.plain(value), "unit": c.unit,
                                "from": String(window.lowerBound), "to": String(window.upperBound),
                                "annual": NumberFormat.plain(annual), "years": String(years),
                                "expected": NumberFormat.plain(expected)],
                    source: c.source("value"), subject: c.subject))
            }
        }
        return findings
    }

    /// `per_year` × years against the value. Besides the relative tolerance, a `per_year`
    /// written with decimals may carry the rounding of its last digit in every year.
    private static func perYearMismatch(_ c: OwnedTarget, value: Double, perYear: Double, window: ClosedRange<Int>,
                                        tolerance: Double) -> [Finding] {
        let years = PeriodMath.count(window)
        let expected = perYear * Double(years)
        let slack = max(tolerance * max(abs(value), abs(expected)),
                        Double(years) * NumberFormat.roundingHalfUnit(perYear) + NumberFormat.roundingHalfUnit(value))
        guard Compare.exceeds(abs(expected - value), 0, slack: slack) else { return [] }
        return [Finding(
            rule: id,
            arguments: ["metric": c.metric, "value": NumberFormat.plain(value), "unit": c.unit,
                        "per_year": NumberFormat.plain(perYear), "years": String(years),
                        "from": String(window.lowerBound), "to": String(window.upperBound),
                        "expected": NumberFormat.plain(expected)],
            source: c.source("per_year"), subject: c.subject)]
    }
}
