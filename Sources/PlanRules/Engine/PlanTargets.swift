import PlanModel

/// The plan's targets as the checks walk them (``TargetView``), built once per plan rather
/// than once per check (nine checks read them). The engine builds it when an enabled check
/// declares `readsTargets`.
struct PlanTargets: Sendable {
    /// Every KPI target, then every goal target (``TargetView/all(in:goals:)``).
    let all: [TargetView]
    /// How many of ``all`` are KPI targets (they come first).
    let kpiTargets: Int

    init(_ plan: Plan) {
        all = TargetView.all(in: plan)
        kpiTargets = TargetView.count(in: plan, goals: false)
    }

    /// The KPI targets, and with `goals` the goal targets.
    func targets(goals: Bool) -> ArraySlice<TargetView> {
        goals ? all[...] : all[..<kpiTargets]
    }
}

extension CheckContext {
    /// ``TargetView/all(in:goals:)`` of `plan`: the KPI targets, and with `goals` the goal
    /// targets; the engine's list for this plan when it built one.
    func targets(in plan: Plan, goals: Bool = true) -> ArraySlice<TargetView> {
        targets?.targets(goals: goals) ?? TargetView.all(in: plan, goals: goals)[...]
    }
}
