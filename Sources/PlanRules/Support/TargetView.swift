import PlanModel
import PlanText

/// A target of a KPI or of a vision goal, with what the checks need from its owner: the
/// one view of a target that every check walks, and the one way messages and waivers name
/// it. Names are made only when a finding asks for them.
struct TargetView {
    let target: Target
    /// Position in the owner's target list.
    let index: Int
    /// The KPI id, or `VISION_ID/GOAL_ID` for a goal's target: targets of one owner come
    /// from one statement.
    let owner: String
    /// Whether the owner is a vision goal (then `owner` is also the subject).
    let isGoalTarget: Bool
    /// The owner's fiscal years: the KPI period, or the vision's period for a goal target.
    /// Nil when unknown, open-ended, or a point in time (`as_of`: the start is not stated).
    let ownerYears: ClosedRange<Int>?
    /// The last year of the owner's period, also for `as_of` (the default `year` of a level).
    let ownerEnd: Int?

    /// What a waiver's `at` names: `KPI_ID/TARGET_ID` (or `KPI_ID/#N`) or `VISION_ID/GOAL_ID`.
    var subject: String {
        isGoalTarget ? owner : Self.subject(kpi: owner, target, index)
    }

    /// How a message names the target: its metric, else `OWNER/TARGET_ID` or `OWNER/#N`.
    var name: String { Self.name(target, owner: owner, index: index) }

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

    /// Every KPI target, in plan order; with `goals`, then every goal target.
    static func all(in plan: Plan, goals: Bool = true) -> [TargetView] {
        let asOf = plan.period?.asOf
        let kpiYears = asOf == nil ? PeriodMath.kpiYears(plan.period) : nil
        let kpiEnd = asOf ?? kpiYears?.upperBound
        var out: [TargetView] = []
        out.reserveCapacity(count(in: plan, goals: goals))
        for kpi in plan.kpis {
            for (i, t) in kpi.targets.enumerated() {
                out.append(TargetView(target: t, index: i, owner: kpi.id, isGoalTarget: false,
                                      ownerYears: kpiYears, ownerEnd: kpiEnd))
            }
        }
        guard goals else { return out }
        for vision in plan.visions {
            var years: ClosedRange<Int>?
            if let from = vision.period?.from, let to = vision.period?.toYear, from <= to { years = from...to }
            for goal in vision.goals where !goal.targets.isEmpty {
                let reference = Subject.goal(vision, goal)
                for (i, t) in goal.targets.enumerated() {
                    out.append(TargetView(target: t, index: i, owner: reference, isGoalTarget: true,
                                          ownerYears: years, ownerEnd: vision.period?.toYear))
                }
            }
        }
        return out
    }

    /// How a message names target `index` of `owner` (a KPI id or `VISION_ID/GOAL_ID`):
    /// its metric, else `OWNER/TARGET_ID`, else `OWNER/#N` (1-based).
    static func name(_ target: Target, owner: String, index: Int) -> String {
        target.metric ?? owner + "/" + (target.id ?? "#" + String(index + 1))
    }

    /// `KPI_ID/TARGET_ID`, or `KPI_ID/#N` (1-based): what `Subject.target` makes, from the
    /// KPI's id alone (so a list of targets need not keep a copy of each KPI).
    static func subject(kpi: String, _ target: Target, _ index: Int) -> String {
        kpi + "/" + (target.id ?? "#" + String(index + 1))
    }

    /// How many targets the plan's KPIs (and, with `goals`, its goals) have.
    static func count(in plan: Plan, goals: Bool) -> Int {
        var count = 0
        for kpi in plan.kpis { count += kpi.targets.count }
        guard goals else { return count }
        for vision in plan.visions {
            for goal in vision.goals { count += goal.targets.count }
        }
        return count
    }
}

/// Comparing numbers that plans write by hand.
enum Compare {
    /// Whether `a` is greater than `b` by more than `slack` and by more than floating-point noise.
    static func exceeds(_ a: Double, _ b: Double, slack: Double = 0) -> Bool {
        a - b > slack + 1e-9 * max(1, abs(a), abs(b))
    }

    /// Whether two values are equal up to `relative` (a fraction of the larger) or, for
    /// values near zero, up to floating-point noise.
    static func equal(_ a: Double, _ b: Double, relative: Double = 0) -> Bool {
        abs(a - b) <= max(abs(a), abs(b)) * max(relative, 1e-9) + 1e-9
    }
}
