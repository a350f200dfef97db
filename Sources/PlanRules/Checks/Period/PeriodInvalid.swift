import PlanModel

/// `period-invalid`: every period the plan writes reads as a span of fiscal years.
///
/// The KPI period is either `{from, to}` with both years or `{as_of}`, never both; no
/// period (KPI, vision, a target's `over`, an averaged baseline) starts after it ends;
/// and the years of the KPI period and the vision periods lie in the configured range,
/// so that a mistyped year (2220, 1920) is caught.
enum PeriodInvalid: PlanCheck {
    static let id = "period-invalid"

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let low = context.params.int("min-year", default: 2000)
        let range = low...max(low, context.params.int("max-year", default: 2100))
        var out: [Finding] = []
        if let period = plan.period { out += kpiPeriod(period, range) }
        for vision in plan.visions {
            guard let period = vision.period else { continue }
            if let from = period.from, let to = period.toYear, from > to {
                out.append(reversed("vision-reversed", from, to, ["vision": vision.title], period.source, vision.id))
            }
            if anyOutOfRange(period, range) {
                out += outOfRange(period, range, key: "vision-out-of-range", ["vision": vision.title], subject: vision.id)
            }
            for goal in vision.goals {
                out += targets(goal.targets, subject: { _, _ in Subject.goal(vision, goal) })
            }
        }
        for kpi in plan.kpis {
            out += targets(kpi.targets, subject: { t, i in Subject.target(kpi, t, i) })
        }
        return out
    }

    /// The KPI period: `as_of` alone, or both `from` and `to` as years; years in range; not reversed.
    static func kpiPeriod(_ period: Period, _ range: ClosedRange<Int>) -> [Finding] {
        if let asOf = period.asOf, period.from != nil || period.to != nil {
            return [Finding(rule: id, message: "as-of-with-range", arguments: ["as_of": "\(asOf)"], source: period.source)]
        }
        var out = outOfRange(period, range, key: "out-of-range", [:], subject: nil)
        if period.asOf == nil, period.from == nil || period.toYear == nil {
            out.append(Finding(rule: id, message: "incomplete", source: period.source))
        } else if let from = period.from, let to = period.toYear, from > to {
            out.append(reversed("default", from, to, [:], period.source, nil))
        }
        return out
    }

    /// Reversed `over` windows and averaged baselines of targets.
    static func targets(_ targets: [Target], subject: (Target, Int) -> String) -> [Finding] {
        var out: [Finding] = []
        for i in targets.indices { target(targets[i], i, subject: subject, into: &out) }
        return out
    }

    /// The findings for target `i` of a list.
    private static func target(_ t: Target, _ i: Int, subject: (Target, Int) -> String, into out: inout [Finding]) {
        // Named only for a finding (most targets have none).
        func named() -> [String: String] { ["metric": t.metric ?? "#\(i + 1)"] }
        if let over = t.over, let from = over.from, let to = over.toYear, from > to {
            out.append(reversed("over-reversed", from, to, named(), over.source, subject(t, i)))
        }
        if let b = t.baseline, let from = b.from, let to = b.to, from > to {
            out.append(reversed("baseline-reversed", from, to, named(), b.source, subject(t, i)))
        }
    }

    /// Whether any year `outOfRange` looks at is outside `range` (without building its list).
    static func anyOutOfRange(_ period: Period, _ range: ClosedRange<Int>) -> Bool {
        func outside(_ year: Int?) -> Bool { year.map { !range.contains($0) } ?? false }
        return outside(period.from) || outside(period.toYear) || outside(period.asOf)
    }

    static func outOfRange(_ period: Period, _ range: ClosedRange<Int>, key: String, _ named: [String: String],
                           subject: String?) -> [Finding] {
        let years: [(String, Int?)] = [("from", period.from), ("to", period.toYear), ("as_of", period.asOf)]
        return years.compactMap { field, year in
            guard let year, !range.contains(year) else { return nil }
            let args = named.merging(["field": field, "year": "\(year)", "min": "\(range.lowerBound)",
                                      "max": "\(range.upperBound)"]) { $1 }
            return Finding(rule: id, message: key, arguments: args, source: period.fields.of(field, or: period.source),
                           subject: subject)
        }
    }

    static func reversed(_ key: String, _ from: Int, _ to: Int, _ named: [String: String], _ source: Source,
                         _ subject: String?) -> Finding {
        Finding(rule: id, message: key, arguments: named.merging(["from": "\(from)", "to": "\(to)"]) { $1 },
                source: source, subject: subject)
    }
}
