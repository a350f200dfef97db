import PlanModel

/// The ids findings are "about", as waivers' `at` names them.
public enum Subject {
    /// `KPI_ID/TARGET_ID`, or `KPI_ID/#N` (1-based) for a target without id.
    public static func target(_ kpi: KPI, _ target: Target, _ index: Int) -> String {
        "\(kpi.id)/\(target.id ?? "#\(index + 1)")"
    }

    /// `VISION_ID/GOAL_ID`.
    public static func goal(_ vision: Vision, _ goal: Goal) -> String {
        "\(vision.id)/\(goal.id)"
    }
}
