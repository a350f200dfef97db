import PlanModel

/// `cumulative-annual-mismatch`: a cumulative target agrees with the yearly figures stated
/// beside it — its own `per_year` × the years of its window, and any annual target of the
/// same metric and unit in the same statement (KPI or goal) × those years.
enum CumulativeAnnualMismatch: PlanCheck {
    enum Message: RuleMessage {
        /// `per_year` × the years of the window is not the cumulative value.
        case perYear(metric: String, value: Double, unit: String, perYear: Double, years: Int,
                     window: ClosedRange<Int>, expected: Double)
        /// An annual target of the same metric (`annualMetric`) × its years in the window
        /// exceeds the cumulative value.
        case annual(Pair)
        /// The cumulative value exceeds what that annual target × its years can reach.
        case annualShort(Pair)

        /// A cumulative target and the annual target it was compared with.
        struct Pair: Sendable {
            var metric: String
            var value: Double
            var unit: String
            var annualMetric: String
            var annual: Double
            var years: Int
            var window: ClosedRange<Int>
            var expected: Double
        }

        static let rule = "cumulative-annual-mismatch"
        var key: String {
            switch self {
            case .perYear: "default"
            case .annual: "annual"
            case .annualShort: "annual-short"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .perYear(let metric, let value, let unit, let perYear, let years, let window, let expected):
                ["metric": metric, "value": NumberFormat.plain(value), "unit": unit, "per_year": NumberFormat.plain(perYear),
                 "years": String(years), "from": String(window.lowerBound), "to": String(window.upperBound),
                 "expected": NumberFormat.plain(expected)]
            case .annual(let p), .annualShort(let p):
                ["metric": p.metric, "value": NumberFormat.plain(p.value), "unit": p.unit, "annual_metric": p.annualMetric,
                 "annual": NumberFormat.plain(p.annual), "years": String(p.years), "from": String(p.window.lowerBound),
                 "to": String(p.window.upperBound), "expected": NumberFormat.plain(p.expected)]
            }
        }
        static let everyCase: [Self] = [
            .perYear(metric: "", value: 0, unit: "", perYear: 0, years: 0, window: 0...0, expected: 0),
            .annual(Pair(metric: "", value: 0, unit: "", annualMetric: "", annual: 0, years: 0, window: 0...0, expected: 0)),
            .annualShort(Pair(metric: "", value: 0, unit: "", annualMetric: "", annual: 0, years: 0, window: 0...0,
                              expected: 0)),
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
        // Each annual target's metric and unit keys, made the first time a cumulative target
        // meets it: normalising strings for every (cumulative, annual) pair cost ~3% of a lint.
        var annualKeys = [(metric: String?, unit: String)?](repeating: nil, count: owned.count)
        // By index, so that only the targets that pass the cheap tests are copied out of the list.
        for i in owned.indices where owned[i].target.basis == .cumulative {
            let c = owned[i]
            guard let value = c.target.value, let window = c.window else { continue }
            if let perYear = c.target.perYear {
                findings += perYearMismatch(c, value: value, perYear: perYear, window: window, tolerance: tolerance)
            }
            // The cumulative target's keys once, each candidate's only after the cheap tests.
            let metricKey = c.metricKey.map(pairingKey), unitKey = c.unitKey
            for j in owned.indices
            where owned[j].target.basis == .annual && owned[j].target.comparator != .atMost && owned[j].owner == c.owner {
                let a = owned[j]
                guard let annual = a.target.value else { continue }
                let keys = annualKeys[j] ?? (a.metricKey.map(pairingKey), a.unitKey)
                annualKeys[j] = keys
                guard let key = keys.metric, key == metricKey, keys.unit == unitKey,
                      let years = a.yearsHeld(in: window), years > 0 else { continue }
                let expected = annual * Double(years)
                let pair = Message.Pair(metric: c.name, value: value, unit: c.unit, annualMetric: a.name, annual: annual,
                                        years: years, window: window, expected: expected)
                // A total that is a floor (以上) agrees with any larger yearly sum; a yearly floor
                // agrees with any larger total; a total over fewer years than the window's cannot
                // be held to the yearly figure in the other direction.
                if c.target.comparator != .atLeast, Compare.exceeds(expected, value, slack: tolerance * expected) {
                    findings.append(finding(.annual(pair), at: c.source("value"), subject: c.subject))
                } else if a.target.comparator != .atLeast, c.target.comparator != .atMost,
                          years == PeriodMath.count(window), Compare.exceeds(value, expected, slack: tolerance * value) {
                    findings.append(finding(.annualShort(pair), at: c.source("value"), subject: c.subject))
                }
            }
        }
        return findings
    }

    /// A metric key without the words that only say how it is counted (累計, 年間, 延べ,
    /// 毎年, in brackets or not), so that 「セミナーの開催回数」 and 「セミナーの開催回数（累計）」
    /// are paired.
    static func pairingKey(_ key: String) -> String {
        PlainUTF8.removing(countingWords, from: key)
    }

    /// The words ``pairingKey(_:)`` removes, in this order.
    static let countingWords = ["(累計)", "(年間)", "(延べ)", "累計", "年間", "延べ", "毎年"]

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
