import PlanModel

/// `period-invalid`: every period the plan writes reads as a span of fiscal years.
///
/// The KPI period is either `{from, to}` with both years or `{as_of}`, never both; no
/// period (KPI, vision, a target's `over`, an averaged baseline) starts after it ends;
/// and the years of the KPI period and the vision periods lie in the configured range,
/// so that a mistyped year (2220, 1920) is caught.
enum PeriodInvalid: PlanCheck {
    enum Message: RuleMessage {
        /// The KPI period ends before it starts.
        case reversed(Years)
        /// `as_of` written together with `from`/`to`.
        case asOfWithRange(asOf: Int)
        /// `from` or `to` missing (and no `as_of`).
        case incomplete
        /// A year of the KPI period outside the allowed range.
        case outOfRange(OutOfRange)
        /// A vision's period ends before it starts.
        case visionReversed(Years, vision: String)
        /// A year of a vision's period outside the allowed range.
        case visionOutOfRange(OutOfRange, vision: String)
        /// A target's `over` ends before it starts.
        case overReversed(Years, metric: String)
        /// A target's averaged baseline ends before it starts.
        case baselineReversed(Years, metric: String)

        /// A period's first and last years, as written.
        typealias Years = (from: Int, to: Int)

        /// A year (in `field`) outside the allowed range.
        struct OutOfRange: Sendable {
            var field: String
            var year: Int
            var range: ClosedRange<Int>
        }

        static let rule = "period-invalid"
        var key: String {
            switch self {
            case .reversed: "default"
            case .asOfWithRange: "as-of-with-range"
            case .incomplete: "incomplete"
            case .outOfRange: "out-of-range"
            case .visionReversed: "vision-reversed"
            case .visionOutOfRange: "vision-out-of-range"
            case .overReversed: "over-reversed"
            case .baselineReversed: "baseline-reversed"
            }
        }
        var arguments: [String: String] {
            func years(_ b: Years) -> [String: String] { ["from": String(b.from), "to": String(b.to)] }
            func range(_ r: OutOfRange) -> [String: String] {
                ["field": r.field, "year": String(r.year), "min": String(r.range.lowerBound), "max": String(r.range.upperBound)]
            }
            switch self {
            case .reversed(let b): return years(b)
            case .asOfWithRange(let asOf): return ["as_of": String(asOf)]
            case .incomplete: return [:]
            case .outOfRange(let r): return range(r)
            case .visionReversed(let b, let vision): return years(b).merging(["vision": vision]) { $1 }
            case .visionOutOfRange(let r, let vision): return range(r).merging(["vision": vision]) { $1 }
            case .overReversed(let b, let metric), .baselineReversed(let b, let metric):
                return years(b).merging(["metric": metric]) { $1 }
            }
        }
        static let everyCase: [Self] = {
            let r = OutOfRange(field: "", year: 0, range: 0...0)
            return [.reversed((0, 0)), .asOfWithRange(asOf: 0), .incomplete, .outOfRange(r),
                    .visionReversed((0, 0), vision: ""), .visionOutOfRange(r, vision: ""),
                    .overReversed((0, 0), metric: ""), .baselineReversed((0, 0), metric: "")]
        }()
    }

    /// The first and last fiscal years a period may name.
    static let minYear = Param<Int>("min-year")
    static let maxYear = Param<Int>("max-year")
    static let parameters = [minYear.declaration, maxYear.declaration]

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let low = context[minYear]
        let range = low...max(low, context[maxYear])
        var out: [Finding] = []
        if let period = plan.period { out += kpiPeriod(period, range) }
        for vision in plan.visions {
            guard let period = vision.period else { continue }
            if let from = period.from, let to = period.toYear, from > to {
                out.append(finding(.visionReversed((from, to), vision: vision.title), at: period.source, subject: vision.id))
            }
            if anyOutOfRange(period, range) {
                out += outOfRange(period, range, subject: vision.id) { .visionOutOfRange($0, vision: vision.title) }
            }
            for goal in vision.goals {
                let owner = Subject.goal(vision, goal)
                out += targets(goal.targets, owner: owner, subject: { _, _ in owner })
            }
        }
        for kpi in plan.kpis {
            out += targets(kpi.targets, owner: kpi.id, subject: { t, i in Subject.target(kpi, t, i) })
        }
        return out
    }

    /// The KPI period: `as_of` alone, or both `from` and `to` as years; years in range; not reversed.
    static func kpiPeriod(_ period: Period, _ range: ClosedRange<Int>) -> [Finding] {
        if let asOf = period.asOf, period.from != nil || period.to != nil {
            return [finding(.asOfWithRange(asOf: asOf), at: period.source)]
        }
        var out = outOfRange(period, range, subject: nil) { .outOfRange($0) }
        if period.asOf == nil, period.from == nil || period.toYear == nil {
            out.append(finding(.incomplete, at: period.source))
        } else if let from = period.from, let to = period.toYear, from > to {
            out.append(finding(.reversed((from, to)), at: period.source))
        }
        return out
    }

    /// Reversed `over` windows and averaged baselines of targets.
    static func targets(_ targets: [Target], owner: String, subject: (Target, Int) -> String) -> [Finding] {
        var out: [Finding] = []
        for i in targets.indices { target(targets[i], i, owner: owner, subject: subject, into: &out) }
        return out
    }

    /// The findings for target `i` of `owner`'s list.
    private static func target(_ t: Target, _ i: Int, owner: String, subject: (Target, Int) -> String,
                               into out: inout [Finding]) {
        if let over = t.over, let from = over.from, let to = over.toYear, from > to {
            out.append(finding(.overReversed((from, to), metric: TargetView.name(t, owner: owner, index: i)),
                               at: over.source, subject: subject(t, i)))
        }
        if let b = t.baseline, let from = b.from, let to = b.to, from > to {
            out.append(finding(.baselineReversed((from, to), metric: TargetView.name(t, owner: owner, index: i)),
                               at: b.source, subject: subject(t, i)))
        }
    }

    /// Whether any year `outOfRange` looks at is outside `range` (without building its list).
    static func anyOutOfRange(_ period: Period, _ range: ClosedRange<Int>) -> Bool {
        func outside(_ year: Int?) -> Bool { year.map { !range.contains($0) } ?? false }
        return outside(period.from) || outside(period.toYear) || outside(period.asOf)
    }

    static func outOfRange(_ period: Period, _ range: ClosedRange<Int>, subject: String?,
                           _ message: (Message.OutOfRange) -> Message) -> [Finding] {
        let years: [(String, Int?)] = [("from", period.from), ("to", period.toYear), ("as_of", period.asOf)]
        return years.compactMap { field, year in
            guard let year, !range.contains(year) else { return nil }
            return finding(message(Message.OutOfRange(field: field, year: year, range: range)),
                           at: period.fields.of(field, or: period.source), subject: subject)
        }
    }
}
