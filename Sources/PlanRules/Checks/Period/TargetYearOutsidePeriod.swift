import PlanModel

/// `target-year-outside-period`: the years a target names agree with the period it belongs to.
///
/// A KPI target's `year` and the explicit ends of its `over` window lie within the KPI
/// period; for `{as_of: Y}` only years after Y are outside, since the period's start is
/// not stated. A baseline (of a KPI or a goal target) describes a year before the target's
/// year: its `year`, the end of its window for a cumulative target, or else the end of the
/// period it belongs to (the KPI period, or the vision's period for a goal target).
enum TargetYearOutsidePeriod: PlanCheck {
    enum Message: RuleMessage {
        /// The target's `year` is outside the KPI period.
        case year(metric: String, year: Int, period: ClosedRange<Int>)
        /// The target's `over` window (as shown) reaches outside the KPI period.
        case over(metric: String, over: String, period: ClosedRange<Int>)
        /// The baseline's year is not before the target's year.
        case baseline(metric: String, baseline: Int, year: Int)
        /// A goal target's `year` is outside the period of its own vision.
        case goalYear(metric: String, year: Int, vision: String, period: ClosedRange<Int>)

        static let rule = "target-year-outside-period"
        var key: String {
            switch self {
            case .year: "default"
            case .over: "over"
            case .baseline: "baseline"
            case .goalYear: "goal-year"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .year(let metric, let year, let period): ["metric": metric, "period": PeriodMath.span(period), "year": String(year)]
            case .over(let metric, let over, let period): ["metric": metric, "period": PeriodMath.span(period), "over": over]
            case .baseline(let metric, let baseline, let year): ["metric": metric, "baseline": String(baseline), "year": String(year)]
            case .goalYear(let metric, let year, let vision, let period):
                ["metric": metric, "year": String(year), "vision": vision, "period": PeriodMath.span(period)]
            }
        }
        static let everyCase: [Self] = [.year(metric: "", year: 0, period: 0...0), .over(metric: "", over: "", period: 0...0),
                                        .baseline(metric: "", baseline: 0, year: 0),
                                        .goalYear(metric: "", year: 0, vision: "", period: 0...0)]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let kpiYears = PeriodMath.kpiYears(plan.period)
        let bounds = kpiYears.map { years in (plan.period?.asOf == nil ? years.lowerBound : Int.min)...years.upperBound }
        var out: [Finding] = []
        for kpi in plan.kpis {
            for i in kpi.targets.indices {
                check(kpi.targets[i], i, of: kpi, kpiYears: kpiYears, bounds: bounds, into: &out)
            }
        }
        for vision in plan.visions {
            let owner = PeriodMath.knownSpan(vision.period).flatMap { s in s.from.flatMap { f in s.to.map { f...$0 } } }
            for goal in vision.goals {
                for i in goal.targets.indices {
                    if let owner, let year = goal.targets[i].year, !owner.contains(year) {
                        let name = TargetView.name(goal.targets[i], owner: Subject.goal(vision, goal), index: i)
                        out.append(finding(.goalYear(metric: name, year: year, vision: vision.title, period: owner),
                                           at: goal.targets[i].fields.of("year", or: goal.targets[i].source),
                                           subject: Subject.goal(vision, goal)))
                    }
                    if let f = baseline(goal.targets[i], owner: owner,
                                        metric: TargetView.name(goal.targets[i], owner: Subject.goal(vision, goal), index: i),
                                        subject: Subject.goal(vision, goal)) {
                        out.append(f)
                    }
                }
            }
        }
        return out
    }

    /// The findings for target `i` of `kpi`.
    private static func check(_ t: Target, _ i: Int, of kpi: KPI, kpiYears: ClosedRange<Int>?, bounds: ClosedRange<Int>?,
                              into out: inout [Finding]) {
        // The subject and the names are made only for a finding (most targets have none).
        func metric() -> String { TargetView.name(t, owner: kpi.id, index: i) }
        if let bounds, let years = kpiYears {
            if let year = t.year, !bounds.contains(year) {
                out.append(finding(.year(metric: metric(), year: year, period: years),
                                   at: t.fields.of("year", or: t.source), subject: Subject.target(kpi, t, i)))
            }
            if let over = t.over, outside(over.from, bounds) || outside(over.toYear, bounds) {
                out.append(finding(.over(metric: metric(), over: shownWindow(over, years), period: years),
                                   at: over.source, subject: Subject.target(kpi, t, i)))
            }
        }
        if let f = baseline(t, owner: kpiYears, metric: metric(), subject: Subject.target(kpi, t, i)) { out.append(f) }
    }

    /// The window as it takes effect (missing ends from the KPI period), or as written when reversed.
    static func shownWindow(_ over: Period, _ years: ClosedRange<Int>) -> String {
        PeriodMath.window(over: over, owner: years).map(PeriodMath.span) ?? PeriodMath.written(over)
    }

    /// Whether `year` is given and outside `bounds`.
    private static func outside(_ year: Int?, _ bounds: ClosedRange<Int>) -> Bool {
        year.map { !bounds.contains($0) } ?? false
    }

    /// A baseline whose year is not before the target's year (`metric` and `subject` are
    /// made only for a finding).
    static func baseline(_ t: Target, owner: ClosedRange<Int>?, metric: @autoclosure () -> String,
                         subject: @autoclosure () -> String) -> Finding? {
        guard let b = t.baseline, let year = b.effectiveYear, let target = PeriodMath.targetYear(t, owner: owner),
              year >= target else { return nil }
        let field = b.year != nil ? "year" : "to"
        return finding(.baseline(metric: metric(), baseline: year, year: target), at: b.fields.of(field, or: b.source),
                       subject: subject())
    }
}
