import PlanModel

/// The plan's goals by reference `VISION_ID/GOAL_ID`, the first goal of a repeated reference
/// winning, as `Plan.goalsByReference` finds them; held as positions in the plan so that no
/// vision or goal is copied into the index (the alignment and period checks look goals up
/// by the KPIs' `supports`).
struct GoalIndex {
    private let positions: [String: (vision: Int, goal: Int)]

    init(_ plan: Plan) {
        var positions: [String: (vision: Int, goal: Int)] = [:]
        for v in plan.visions.indices {
            let vision = plan.visions[v]
            for g in vision.goals.indices {
                let reference = Subject.reference(vision.id, vision.goals[g].id)
                if positions[reference] == nil { positions[reference] = (v, g) }
            }
        }
        self.positions = positions
    }

    /// Where the goal named `reference` is in the plan: its vision's index and its own.
    func position(of reference: String) -> (vision: Int, goal: Int)? {
        positions[reference]
    }
}
