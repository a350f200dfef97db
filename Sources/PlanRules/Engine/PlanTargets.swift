import PlanModel

/// The plan's target lists the consistency and measurability checks walk, built once per
/// plan rather than once per check (five consistency and four measurability checks read
/// them). The engine builds it when an enabled check declares `readsTargets`.
struct PlanTargets: Sendable {
    /// Every KPI target, then every goal target (``OwnedTarget/all(in:)``).
    let owned: [OwnedTarget]
    /// Every KPI target, then every goal target (``MeasuredTarget/all(in:goals:)`` with goals).
    let measured: [MeasuredTarget]
    /// How many of ``measured`` are KPI targets (they come first).
    let kpiTargets: Int

    init(_ plan: Plan) {
        owned = OwnedTarget.all(in: plan)
        measured = MeasuredTarget.all(in: plan, goals: true)
        kpiTargets = TargetNames.count(in: plan, goals: false)
    }

    /// ``MeasuredTarget/all(in:goals:)``: the KPI targets, and with `goals` the goal targets.
    func measured(goals: Bool) -> ArraySlice<MeasuredTarget> {
        goals ? measured[...] : measured[..<kpiTargets]
    }
}

extension CheckContext {
    /// ``OwnedTarget/all(in:)`` of `plan`: the engine's list for this plan when it built one.
    func ownedTargets(in plan: Plan) -> [OwnedTarget] {
        targets?.owned ?? OwnedTarget.all(in: plan)
    }

    /// ``MeasuredTarget/all(in:goals:)`` of `plan`: the engine's list for this plan when it built one.
    func measuredTargets(in plan: Plan, goals: Bool) -> ArraySlice<MeasuredTarget> {
        targets?.measured(goals: goals) ?? MeasuredTarget.all(in: plan, goals: goals)[...]
    }
}
