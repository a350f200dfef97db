import PlanModel

/// `goal-unsupported`: a vision goal that no KPI supports, so nothing in the plan says how
/// the prefecture's IP activities serve it.
///
/// Silent when the plan has no KPIs at all: `kpi-missing` already says so, and repeating
/// it for every goal adds nothing.
enum GoalUnsupported: PlanCheck {
    struct Message: RuleMessage {
        /// `VISION_ID/GOAL_ID`.
        var goal: String
        /// The goal's heading, or the start of its text.
        var summary: String

        static let rule = "goal-unsupported"
        var key: String { "default" }
        var arguments: [String: String] { ["goal": goal, "summary": summary] }
        static let everyCase = [Self(goal: "", summary: "")]
    }

    /// How much of a goal's heading or text the message shows.
    static let excerptLength = 30

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard !plan.kpis.isEmpty else { return [] }
        let supported = Set(plan.kpis.flatMap { $0.supports.map(\.value) })
        return plan.visions.flatMap { vision in
            vision.goals.compactMap { goal -> Finding? in
                let reference = Subject.goal(vision, goal)
                guard !supported.contains(reference) else { return nil }
                // The goal, placed at its id: one line rather than the whole mapping.
                let at = Source(pointer: goal.source.pointer, range: goal.fields.of("id", or: goal.source).range)
                return finding(Message(goal: reference, summary: summary(of: goal)), at: at, subject: reference)
            }
        }
    }

    /// The goal's heading, or the start of its text, on one line.
    static func summary(of goal: Goal) -> String {
        Excerpt.line(goal.heading ?? goal.text, separator: " ", limit: excerptLength)
    }
}
