import PlanModel

/// `vision-empty`: a vision lists at least one goal, since KPIs align to goals, never to a
/// whole document.
enum VisionEmpty: PlanCheck {
    static let id = "vision-empty"

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        plan.visions.filter { $0.goals.isEmpty }.map { vision in
            Finding(rule: id, arguments: ["vision": vision.id, "title": vision.title],
                    source: vision.fields.of("goals", or: vision.source), subject: vision.id)
        }
    }
}
