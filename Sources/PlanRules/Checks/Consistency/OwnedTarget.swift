import PlanModel
import PlanText

/// A target (of a KPI or of a vision goal) with what the consistency checks need from its
/// owner: the owner's years, the statement it belongs to, and the id a waiver names (made
/// only when a finding asks for it).
struct OwnedTarget {
    let target: Target
    /// Position in the owner's target list (for `KPI_ID/#N` subjects and unnamed metrics).
    let index: Int
    /// The owner's fiscal years: the KPI period, or the vision's period for a goal target.
    /// Nil when unknown, open-ended, or a point in time (`as_of`: the start is not stated).
    let ownerYears: ClosedRange<Int>?
    /// The last year of the owner's period, also for `as_of` (the default `year` of a level).
    let ownerEnd: Int?
    /// The KPI id or `VISION_ID/GOAL_ID`: targets of one group come from one statement.
    let group: String
    /// Whether the owner is a vision goal (then `group` is also the subject).
    let isGoalTarget: Bool

    /// What a waiver's `at` names: `KPI_ID/TARGET_ID` (or `KPI_ID/#N`) or `VISION_ID/GOAL_ID`.
    var subject: String {
        isGoalTarget ? group : TargetNames.subject(kpi: group, target, index)
    }

    /// Every KPI target, then every goal target, in plan order.
    static func all(in plan: Plan) -> [OwnedTarget] {
        let asOf = plan.period?.asOf
        let kpiYears = asOf == nil ? PeriodMath.kpiYears(plan.period) : nil
        let kpiEnd = asOf ?? kpiYears?.upperBound
        var out: [OwnedTarget] = []
        out.reserveCapacity(TargetNames.count(in: plan, goals: true))
        for kpi in plan.kpis {
            for (i, t) in kpi.targets.enumerated() {
                out.append(OwnedTarget(target: t, index: i, ownerYears: kpiYears, ownerEnd: kpiEnd,
                                       group: kpi.id, isGoalTarget: false))
            }
        }
        for vision in plan.visions {
            var years: ClosedRange<Int>?
            if let from = vision.period?.from, let to = vision.period?.toYear, from <= to { years = from...to }
            for goal in vision.goals where !goal.targets.isEmpty {
                let reference = Subject.goal(vision, goal)
                for (i, t) in goal.targets.enumerated() {
                    out.append(OwnedTarget(target: t, index: i, ownerYears: years, ownerEnd: vision.period?.toYear,
                                           group: reference, isGoalTarget: true))
                }
            }
        }
        return out
    }

    /// The metric as messages name it (`#N` when it has none).
    var metric: String { target.metric ?? "#\(index + 1)" }

    var unit: String { target.unit ?? "" }

    /// The metric compared across targets: width, spaces and line breaks ignored.
    var metricKey: String? { target.metric.map(MatchKey.normalize) }

    var unitKey: String { MatchKey.normalize(unit) }

    /// The years a cumulative target totals over: `over`, missing ends taken from the owner.
    var window: ClosedRange<Int>? { PeriodMath.window(over: target.over, owner: ownerYears) }

    /// How many years of `years` an annual target of this owner holds in (nil when unknown).
    func yearsHeld(in years: ClosedRange<Int>) -> Int? {
        guard let own = ownerYears, own.overlaps(years) else { return ownerYears == nil ? nil : 0 }
        return PeriodMath.count(own.clamped(to: years))
    }

    /// The source of one of the target's fields, or the target itself.
    func source(_ field: String) -> Source { target.fields.of(field, or: target.source) }
}

/// Comparing numbers that plans write by hand.
enum Compare {
    /// Whether `a` is greater than `b` by more than `slack` and by more than floating-point noise.
    static func exceeds(_ a: Double, _ b: Double, slack: Double = 0) -> Bool {
        a - b > slack + 1e-9 * max(1, abs(a), abs(b))
    }
}
