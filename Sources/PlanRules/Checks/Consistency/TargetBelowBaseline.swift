import PlanModel

/// `target-below-baseline`: an annual, level or share target is not below its baseline (the
/// plan would commit to less than it already does). An averaged baseline (`aggregate: mean`)
/// is a yearly figure: a cumulative target is also compared with it, per year of its window.
/// `at-most` targets are meant to go down and are left alone.
enum TargetBelowBaseline: PlanCheck {
    enum Message: RuleMessage {
        /// Below a baseline of `year`.
        case dated(Values, year: Int)
        /// Below a baseline with no year.
        case undated(Values)
        /// Below the mean of `years`.
        case mean(Values, years: ClosedRange<Int>)
        /// Below a mean whose years are not stated.
        case meanUndated(Values)
        /// A cumulative target whose yearly share (`perYear` over `years` years) is below a mean.
        case cumulativeMean(Values, perYear: Double, years: Int)
        /// Below the latest value of the target's history (of `year`), later than any baseline.
        case history(Values, year: Int)

        /// What every message shows: the target and the baseline.
        struct Values: Sendable {
            var metric: String
            var unit: String
            var value: Double
            var baseline: Double
        }

        static let rule = "target-below-baseline"
        var key: String {
            switch self {
            case .dated: "default"
            case .undated: "undated"
            case .mean: "mean"
            case .meanUndated: "mean-undated"
            case .cumulativeMean: "cumulative-mean"
            case .history: "history"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .dated(let v, let year), .history(let v, let year): v.arguments.merging(["year": String(year)]) { $1 }
            case .undated(let v), .meanUndated(let v): v.arguments
            case .mean(let v, let years):
                v.arguments.merging(["from": String(years.lowerBound), "to": String(years.upperBound)]) { $1 }
            case .cumulativeMean(let v, let perYear, let years):
                v.arguments.merging(["per_year": NumberFormat.plain(perYear, decimals: 2), "years": String(years)]) { $1 }
            }
        }
        static let everyCase: [Self] = {
            let v = Values(metric: "", unit: "", value: 0, baseline: 0)
            return [.dated(v, year: 0), .undated(v), .mean(v, years: 0...0), .meanUndated(v),
                    .cumulativeMean(v, perYear: 0, years: 0), .history(v, year: 0)]
        }()
    }

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        context.targets(in: plan).compactMap { o -> Finding? in
            let t = o.target
            if let latest = latestHistory(t), let value = t.value, Compare.exceeds(latest.value, value) {
                return finding(.history(Message.Values(metric: o.name, unit: o.unit, value: value, baseline: latest.value),
                                        year: latest.year),
                               at: o.source("value"), subject: o.subject)
            }
            guard t.comparator != .atMost, let value = t.value, let b = t.baseline, let base = b.value,
                  let basis = t.basis
            else { return nil }
            let mean = b.aggregate == "mean"
            // The words of a finding, made only once there is one.
            func values() -> Message.Values {
                Message.Values(metric: o.name, unit: o.unit, value: value, baseline: base)
            }
            switch basis {
            case .annual, .level, .share:
                guard Compare.exceeds(base, value) else { return nil }
            case .cumulative where mean:
                guard let window = o.window else { return nil }
                let perYear = value / Double(PeriodMath.count(window))
                guard Compare.exceeds(base, perYear) else { return nil }
                return finding(.cumulativeMean(values(), perYear: perYear, years: PeriodMath.count(window)),
                               at: o.source("value"), subject: o.subject)
            default:
                return nil
            }
            let message: Message
            if mean, let from = b.from, let to = b.to {
                message = .mean(values(), years: from...to)
            } else if mean {
                message = .meanUndated(values())
            } else if let year = b.effectiveYear {
                message = .dated(values(), year: year)
            } else {
                message = .undated(values())
            }
            return finding(message, at: o.source("value"), subject: o.subject)
        }
    }
}

extension TargetBelowBaseline {
    /// The latest observation of an annual, level or share target's history when it is later
    /// than the baseline's year (or there is no dated baseline): the series' newest figure,
    /// which the target is held to as it is to a baseline. Nil for other targets, at-most
    /// targets and a history no later than the baseline.
    static func latestHistory(_ t: Target) -> Observation? {
        guard t.comparator != .atMost, let basis = t.basis, [.annual, .level, .share].contains(basis),
              let latest = t.history.max(by: { $0.year < $1.year }) else { return nil }
        if let year = t.baseline?.effectiveYear, year >= latest.year { return nil }
        return latest
    }
}

extension TargetBelowBaseline.Message.Values {
    /// The placeholders every message of the rule fills.
    var arguments: [String: String] {
        ["metric": metric, "unit": unit, "value": NumberFormat.plain(value), "baseline": NumberFormat.plain(baseline)]
    }
}
