import PlanModel

/// `increase-level-mismatch`: an increase and a level of the same metric in one statement
/// agree. An `increase` of N over a baseline B of year Y0 (N a year with `per: year`)
/// reaches B + N (or B + N × the years from Y0) by its year; a `level` target of the same
/// metric and unit for that year must be that figure (「120件（2019年度）から年16件増やし、
/// 2022年度に130件」 does not add up: 120 + 16 × 3 = 168). Metrics are paired as
/// `cumulative-annual-mismatch` pairs them; a level that is a floor (以上) may exceed the
/// sum, one that is a ceiling (以下) may fall short.
enum IncreaseLevelMismatch: PlanCheck {
    struct Message: RuleMessage {
        var metric: String
        var level: Double
        var unit: String
        var year: Int
        var increaseMetric: String
        var baseline: Double
        var baselineYear: Int
        var increase: Double
        /// Years the increase is counted (nil: a one-time increase).
        var years: Int?
        var expected: Double

        static let rule = "increase-level-mismatch"
        var key: String { years == nil ? "default" : "per-year" }
        var arguments: [String: String] {
            var args = ["metric": metric, "level": NumberFormat.plain(level), "unit": unit, "year": String(year),
                        "increase_metric": increaseMetric, "baseline": NumberFormat.plain(baseline),
                        "baseline_year": String(baselineYear), "increase": NumberFormat.plain(increase),
                        "expected": NumberFormat.plain(expected)]
            if let years { args["years"] = String(years) }
            return args
        }
        static let everyCase = [
            Self(metric: "", level: 0, unit: "", year: 0, increaseMetric: "", baseline: 0, baselineYear: 0, increase: 0,
                 years: nil, expected: 0),
            Self(metric: "", level: 0, unit: "", year: 0, increaseMetric: "", baseline: 0, baselineYear: 0, increase: 0,
                 years: 0, expected: 0),
        ]
    }

    /// The difference allowed for rounding, as a fraction of the level.
    static let tolerance = Param<Double>("tolerance")
    static let parameters = [tolerance.declaration]

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let tolerance = max(0, context[tolerance])
        let targets = context.targets(in: plan)
        var findings: [Finding] = []
        for i in targets.indices where targets[i].target.basis == .increase {
            let inc = targets[i]
            guard let n = inc.target.value, let b = inc.target.baseline, b.aggregate == nil, let base = b.value,
                  let baseYear = b.effectiveYear, let key = inc.metricKey.map(CumulativeAnnualMismatch.pairingKey)
            else { continue }
            let incYear = inc.target.year ?? inc.ownerEnd
            for j in targets.indices where targets[j].target.basis == .level && targets[j].owner == inc.owner {
                let lvl = targets[j]
                guard let level = lvl.target.value, lvl.metricKey.map(CumulativeAnnualMismatch.pairingKey) == key,
                      lvl.unitKey == inc.unitKey, let year = lvl.target.year ?? lvl.ownerEnd, year > baseYear else { continue }
                let perYear = inc.target.per == "year"
                // A one-time increase is reached by its own year; a level of another year is not comparable.
                guard perYear || incYear == nil || incYear == year else { continue }
                let years = perYear ? year - baseYear : nil
                let expected = base + n * Double(years ?? 1)
                let slack = tolerance * abs(level) + NumberFormat.roundingHalfUnit(level)
                let tooHigh = Compare.exceeds(level, expected, slack: slack) && lvl.target.comparator != .atLeast
                let tooLow = Compare.exceeds(expected, level, slack: slack) && lvl.target.comparator != .atMost
                guard tooHigh || tooLow else { continue }
                findings.append(finding(Message(metric: lvl.name, level: level, unit: lvl.unit, year: year,
                                                increaseMetric: inc.name, baseline: base, baselineYear: baseYear,
                                                increase: n, years: years, expected: expected),
                                        at: lvl.source("value"), subject: lvl.subject))
            }
        }
        return findings
    }
}
