import PlanModel

/// `cumulative-annual-mismatch`: a cumulative target agrees with the yearly figures stated
/// beside it — its own `per_year` × the years of its window, and any annual target of the
/// same metric and unit in the same statement (KPI or goal) × those years.
enum CumulativeAnnualMismatch: PlanCheck {
    enum Message: RuleMessage {
        /// `per_year` × the years of the window is not the cumulative value.
        case perYear(metric: String, value: Double, unit: String, perYear: Double, years: Int,
                     window: ClosedRange<Int>, expected: Double)
        /// An annual target of the same metric × its years in the window exceeds the cumulative value.
        case annual(metric: String, value: Double, unit: String, annual: Double, years: Int,
                    window: ClosedRange<Int>, expected: Double)

        static let rule = "cumulative-annual-mismatch"
        var key: String {
            switch self {
            case .perYear: "default"
            case .annual: "annual"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .perYear(let metric, let value, let unit, let perYear, let years, let window, let expected):
                ["metric": metric, "value": NumberFormat.plain(value), "unit": unit, "per_year": NumberFormat.plain(perYear),
                 "years": String(years), "from": String(window.lowerBound), "to": String(window.upperBound),
                 "expected": NumberFormat.plain(expected)]
            case .annual(let metric, let value, let unit, let annual, let years, let window, let expected):
                ["metric": metric, "value": NumberFormat.plain(value), "unit": unit, "annual": NumberFormat.plain(annual),
                 "years": String(years), "from": String(window.lowerBound), "to": String(window.upperBound),
                 "expected": NumberFormat.plain(expected)]
            }
        }
        static let everyCase: [Self] = [
            .perYear(metric: "", value: 0, unit: "", perYear: 0, years: 0, window: 0...0, expected: 0),
            .annual(metric: "", value: 0, unit: "", annual: 0, years: 0, window: 0...0, expected: 0),
        ]
    }

    /// The difference allowed for rounding, as a fraction of the larger value.
    static let tolerance = Param<Double>("tolerance")
    static let parameters = [tolerance.declaration]

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let tolerance = max(0, context[tolerance])
        let owned = context.targets(in: plan)
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
            where owned[j].target.basis == .annual && owned[j].target.comparator != .atMost && owned[j].owner == c.owner {
                let a = owned[j]
                guard let annual = a.target.value, let key = a.metricKey, key == metricKey, a.unitKey == unitKey,
                      let years = a.yearsHeld(in: window), years > 0 else { continue }
                let expected = annual * Double(years)
                guard Compare.exceeds(expected, value, slack: tolerance * expected) else { continue }
                findings.append(finding(.annual(metric: c.name, value: value, unit: c.unit, annual: annual, years: years,
                                                window: window, expected: expected),
                                        at: c.source("value"), subject: c.subject))
            }
        }
        return findings
    }

    /// `per_year` × years against the value. Besides the relative tolerance, a `per_year`
    /// written with decimals may carry the rounding of its last digit in every year.
    private static func perYearMismatch(_ c: TargetView, value: Double, perYear: Double, window: ClosedRange<Int>,
                                        tolerance: Double) -> [Finding] {
        let years = PeriodMath.count(window)
        let expected = perYear * Double(years)
        let slack = max(tolerance * max(abs(value), abs(expected)),
                        Double(years) * NumberFormat.roundingHalfUnit(perYear) + NumberFormat.roundingHalfUnit(value))
        guard Compare.exceeds(abs(expected - value), 0, slack: slack) else { return [] }
        return [finding(.perYear(metric: c.name, value: value, unit: c.unit, perYear: perYear, years: years,
                                 window: window, expected: expected),
                        at: c.source("per_year"), subject: c.subject)]
    }
}
