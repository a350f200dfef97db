import PlanModel

/// `vision-empty`: a vision lists at least one goal, since KPIs align to goals, never to a
/// whole document.
enum VisionEmpty: PlanCheck {
    struct Message: RuleMessage {
        var vision: String
        var title: String

        static let rule = "vision-empty"
        var key: String { "default" }
        var arguments: [String: String] { ["vision": vision, "title": title] }
        static let everyCase = [Self(vision: "", title: "")]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        plan.visions.filter { $0.goals.isEmpty }.map { vision in
            finding(Message(vision: vision.id, title: vision.title), at: vision.fields.of("goals", or: vision.source),
                    subject: vision.id)
        }
    }
}
