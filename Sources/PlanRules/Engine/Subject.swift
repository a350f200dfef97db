import PlanModel

/// The ids findings are "about", as waivers' `at` names them.
enum Subject {
    /// `KPI_ID/TARGET_ID`, or `KPI_ID/#N` (1-based) for a target without id.
    /// Built by concatenation (interpolation went through the generic description path).
    static func target(_ kpi: KPI, _ target: Target, _ index: Int) -> String {
        TargetView.subject(kpi: kpi.id, target, index)
    }

    /// `VISION_ID/GOAL_ID`.
    static func goal(_ vision: Vision, _ goal: Goal) -> String {
        reference(vision.id, goal.id)
    }

    /// `OWNER_ID/ID`: a goal's or a named target's reference, from the two ids.
    static func reference(_ owner: String, _ id: String) -> String {
        owner + "/" + id
    }
}
