import PlanModel

/// `link-unexplained` (info): a goal a KPI supports has something in common with the KPI's
/// text — a pair of adjacent kanji or katakana, or intellectual property as the subject of
/// both (特許流通 and 知的財産の活用 share no character but one subject). A link with nothing
/// in common is not wrong, but nothing in the plan explains it; a reviewer should see why
/// the KPI serves that goal. On the 47 plans every link has something in common.
enum LinkUnexplained: PlanCheck {
    struct Message: RuleMessage {
        var kpi: String
        var goal: String

        static let rule = "link-unexplained"
        var key: String { "default" }
        var arguments: [String: String] { ["kpi": kpi, "goal": goal] }
        static let everyCase = [Self(kpi: "", goal: "")]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard plan.kpis.contains(where: { !$0.supports.isEmpty }) else { return [] }
        let index = GoalIndex(plan)
        // Most texts name intellectual property on both sides, which settles it: the bigrams
        // are made only for a pair that does not, once per text.
        var goalIP: [String: Bool] = [:]
        var goalWords: [String: ContentWords] = [:]
        var findings: [Finding] = []
        for kpi in plan.kpis where !kpi.supports.isEmpty {
            let kpiIP = ContentWords.namesIP(kpi.text)
            var words: ContentWords?
            for reference in kpi.supports {
                guard let position = index.position(of: reference.value) else { continue }   // link-unresolved's business
                let goal = plan.visions[position.vision].goals[position.goal]
                let ip = goalIP[reference.value] ?? ContentWords.namesIP(goal.heading, goal.text)
                goalIP[reference.value] = ip
                if kpiIP && ip { continue }
                let theirs = goalWords[reference.value] ?? ContentWords(goal.heading, goal.text)
                goalWords[reference.value] = theirs
                let ours = words ?? ContentWords(kpi.text)
                words = ours
                guard ours.shared(with: theirs) == 0 else { continue }
                findings.append(finding(Message(kpi: kpi.id, goal: reference.value), at: reference.source, subject: kpi.id))
            }
        }
        return findings
    }
}
