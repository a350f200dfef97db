import PlanModel

/// `link-unresolved`: every `supports` reference names a goal (`VISION_ID/GOAL_ID`) and every
/// `within` reference names a KPI target (`KPI_ID/TARGET_ID`) of the plan. A broken link
/// silently drops the KPI's alignment or the target's subset check.
///
/// The message suggests the closest existing reference; failing that, when the reference
/// names a whole vision or KPI, or a vision or KPI that exists, it lists what may be named.
enum LinkUnresolved: PlanCheck {
    static let id = "link-unresolved"

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let goals = plan.visions.flatMap { v in v.goals.map { Subject.goal(v, $0) } }
        let targets = plan.kpis.flatMap { k in k.targets.compactMap { t in t.id.map { Subject.reference(k.id, $0) } } }
        let goalSet = Set(goals), targetSet = Set(targets)
        var findings: [Finding] = []
        for kpi in plan.kpis {
            for reference in kpi.supports where !goalSet.contains(reference.value) {
                findings.append(supportsFinding(reference, kpi: kpi, goals: goals, plan: plan))
            }
            for (index, target) in kpi.targets.enumerated() {
                for reference in target.within where !targetSet.contains(reference.value) {
                    findings.append(withinFinding(reference, target: target.metric ?? Subject.target(kpi, target, index),
                                                  subject: Subject.target(kpi, target, index), targets: targets, plan: plan))
                }
            }
        }
        // Goal targets have the same shape; their `within` can only name KPI targets too.
        for vision in plan.visions {
            for goal in vision.goals {
                for (index, target) in goal.targets.enumerated() {
                    for reference in target.within where !targetSet.contains(reference.value) {
                        let name = target.metric ?? "\(Subject.goal(vision, goal))/#\(index + 1)"
                        findings.append(withinFinding(reference, target: name, subject: Subject.goal(vision, goal),
                                                      targets: targets, plan: plan))
                    }
                }
            }
        }
        return findings
    }

    private static func supportsFinding(_ reference: Reference, kpi: KPI, goals: [String], plan: Plan) -> Finding {
        var args = ["kpi": kpi.id, "reference": reference.value]
        var message = "default"
        let (owner, rest) = split(reference.value)
        if let near = Suggest.closest(to: reference.value, in: goals) {
            (message, args["suggestion"]) = ("suggestion", near)
        } else if let vision = plan.visions.first(where: { $0.id == owner }), !vision.goals.isEmpty {
            args["vision"] = vision.id
            args["goals"] = vision.goals.map { Subject.goal(vision, $0) }.joined(separator: ", ")
            if let rest { (message, args["goal"]) = ("unknown-goal", rest) } else { message = "vision" }
        }
        return Finding(rule: id, message: message, arguments: args, source: reference.source, subject: kpi.id)
    }

    private static func withinFinding(_ reference: Reference, target: String, subject: String, targets: [String],
                                      plan: Plan) -> Finding {
        var args = ["target": target, "reference": reference.value]
        var message = "within"
        let (owner, rest) = split(reference.value)
        if let near = Suggest.closest(to: reference.value, in: targets.filter { $0 != subject }) {
            (message, args["suggestion"]) = ("within-suggestion", near)
        } else if let kpi = plan.kpis.first(where: { $0.id == owner }) {
            args["kpi"] = kpi.id
            let named = kpi.targets.compactMap { t in t.id.map { Subject.reference(kpi.id, $0) } }
            if named.isEmpty {
                message = "within-no-ids"
            } else {
                args["targets"] = named.joined(separator: ", ")
                if let rest { (message, args["id"]) = ("unknown-target", rest) } else { message = "within-kpi" }
            }
        }
        return Finding(rule: id, message: message, arguments: args, source: reference.source, subject: subject)
    }

    /// `A/B` as (A, B); a reference without `/` as (itself, nil).
    private static func split(_ reference: String) -> (String, String?) {
        guard let slash = reference.firstIndex(of: "/") else { return (reference, nil) }
        return (String(reference[..<slash]), String(reference[reference.index(after: slash)...]))
    }
}
