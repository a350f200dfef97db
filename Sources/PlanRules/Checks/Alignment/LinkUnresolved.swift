import PlanModel

/// `link-unresolved`: every `supports` reference names a goal (`VISION_ID/GOAL_ID`) and every
/// `within` reference names a KPI target (`KPI_ID/TARGET_ID`) of the plan. A broken link
/// silently drops the KPI's alignment or the target's subset check.
///
/// The message suggests the closest existing reference; failing that, when the reference
/// names a whole vision or KPI, or a vision or KPI that exists, it lists what may be named.
enum LinkUnresolved: PlanCheck {
    enum Message: RuleMessage {
        /// A `supports` reference to no goal.
        case supports(kpi: String, reference: String, hint: SupportsHint)
        /// A `within` reference (of `target`) to no KPI target.
        case within(target: String, reference: String, hint: WithinHint)

        /// What a broken `supports` message adds.
        enum SupportsHint: Sendable {
            case none
            /// The closest goal reference.
            case suggestion(String)
            /// The reference names a whole vision: its goals (as listed, at most ``listed``).
            case vision(String, goals: String)
            /// The vision exists but has no such goal.
            case unknownGoal(String, vision: String, goals: String)
        }

        /// What a broken `within` message adds.
        enum WithinHint: Sendable {
            case none
            /// The closest target reference.
            case suggestion(String)
            /// The reference names a whole KPI: its named targets (as listed, at most ``listed``).
            case kpi(String, targets: String)
            /// The KPI exists but has no target with that id.
            case unknownTarget(String, kpi: String, targets: String)
            /// The KPI exists but none of its targets has an id.
            case noIDs(kpi: String)
        }

        static let rule = "link-unresolved"
        var key: String {
            switch self {
            case .supports(_, _, .none): "default"
            case .supports(_, _, .suggestion): "suggestion"
            case .supports(_, _, .vision): "vision"
            case .supports(_, _, .unknownGoal): "unknown-goal"
            case .within(_, _, .none): "within"
            case .within(_, _, .suggestion): "within-suggestion"
            case .within(_, _, .kpi): "within-kpi"
            case .within(_, _, .unknownTarget): "unknown-target"
            case .within(_, _, .noIDs): "within-no-ids"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .supports(let kpi, let reference, let hint):
                var args = ["kpi": kpi, "reference": reference]
                switch hint {
                case .none: break
                case .suggestion(let near): args["suggestion"] = near
                case .vision(let vision, let goals):
                    (args["vision"], args["goals"]) = (vision, goals)
                case .unknownGoal(let goal, let vision, let goals):
                    (args["goal"], args["vision"], args["goals"]) = (goal, vision, goals)
                }
                return args
            case .within(let target, let reference, let hint):
                var args = ["target": target, "reference": reference]
                switch hint {
                case .none: break
                case .suggestion(let near): args["suggestion"] = near
                case .kpi(let kpi, let targets): (args["kpi"], args["targets"]) = (kpi, targets)
                case .unknownTarget(let id, let kpi, let targets):
                    (args["id"], args["kpi"], args["targets"]) = (id, kpi, targets)
                case .noIDs(let kpi): args["kpi"] = kpi
                }
                return args
            }
        }
        static let everyCase: [Self] = [
            .supports(kpi: "", reference: "", hint: .none), .supports(kpi: "", reference: "", hint: .suggestion("")),
            .supports(kpi: "", reference: "", hint: .vision("", goals: "")),
            .supports(kpi: "", reference: "", hint: .unknownGoal("", vision: "", goals: "")),
            .within(target: "", reference: "", hint: .none), .within(target: "", reference: "", hint: .suggestion("")),
            .within(target: "", reference: "", hint: .kpi("", targets: "")),
            .within(target: "", reference: "", hint: .unknownTarget("", kpi: "", targets: "")),
            .within(target: "", reference: "", hint: .noIDs(kpi: "")),
        ]
    }

    /// How many goals or targets a message lists at most: a vision of thousands of goals
    /// would otherwise put all of them into the message of every broken link to it.
    static let listed = 20

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let goals = plan.visions.flatMap { v in v.goals.map { Subject.goal(v, $0) } }
        let targets = plan.kpis.flatMap { k in k.targets.compactMap { t in t.id.map { Subject.reference(k.id, $0) } } }
        let goalSet = Set(goals), targetSet = Set(targets)
        var findings: [Finding] = []
        // Suggestions compare a broken link only with ids of about its length, within one
        // budget for the whole plan (`Suggest.Index`); owners are looked up by id, and the
        // lists a message names are worked out once per owner. All of it is built at the first
        // broken link: most plans have none (building it for every plan cost ~4 M of 13 M
        // instructions on 200 bench plans).
        var built: Lookup?
        /// The lookup, taken out of `built` (so that it is not shared, and changing it copies nothing).
        func currentLookup() -> Lookup {
            defer { built = nil }
            return built ?? Lookup(plan, goals: goals, targets: targets)
        }
        for kpi in plan.kpis {
            for reference in kpi.supports where !goalSet.contains(reference.value) {
                var lookup = currentLookup()
                findings.append(supportsFinding(reference, kpi: kpi, goals: &lookup, plan: plan))
                built = lookup
            }
            for (index, target) in kpi.targets.enumerated() {
                for reference in target.within where !targetSet.contains(reference.value) {
                    var lookup = currentLookup()
                    findings.append(withinFinding(reference, target: TargetView.name(target, owner: kpi.id, index: index),
                                                  subject: Subject.target(kpi, target, index), targets: &lookup, plan: plan))
                    built = lookup
                }
            }
        }
        // Goal targets have the same shape; their `within` can only name KPI targets too.
        for vision in plan.visions {
            for goal in vision.goals {
                for (index, target) in goal.targets.enumerated() {
                    for reference in target.within where !targetSet.contains(reference.value) {
                        let name = TargetView.name(target, owner: Subject.goal(vision, goal), index: index)
                        var lookup = currentLookup()
                        findings.append(withinFinding(reference, target: name, subject: Subject.goal(vision, goal),
                                                      targets: &lookup, plan: plan))
                        built = lookup
                    }
                }
            }
        }
        return findings
    }

    private static func supportsFinding(_ reference: Reference, kpi: KPI, goals lookup: inout Lookup,
                                        plan: Plan) -> Finding {
        var hint = Message.SupportsHint.none
        let (owner, rest) = split(reference.value)
        if let near = lookup.goals.closest(to: reference.value) {
            hint = .suggestion(near)
        } else if let (vision, goals) = lookup.vision(owner, plan), !vision.goals.isEmpty {
            hint = rest.map { .unknownGoal($0, vision: vision.id, goals: goals) } ?? .vision(vision.id, goals: goals)
        }
        return finding(.supports(kpi: kpi.id, reference: reference.value, hint: hint), at: reference.source, subject: kpi.id)
    }

    private static func withinFinding(_ reference: Reference, target: String, subject: String,
                                      targets lookup: inout Lookup, plan: Plan) -> Finding {
        var hint = Message.WithinHint.none
        let (owner, rest) = split(reference.value)
        if let near = lookup.targets.closest(to: reference.value, excluding: subject) {
            hint = .suggestion(near)
        } else if let (kpi, named) = lookup.kpi(owner, plan) {
            if named.isEmpty {
                hint = .noIDs(kpi: kpi.id)
            } else {
                hint = rest.map { .unknownTarget($0, kpi: kpi.id, targets: named) } ?? .kpi(kpi.id, targets: named)
            }
        }
        return finding(.within(target: target, reference: reference.value, hint: hint), at: reference.source, subject: subject)
    }

    /// `A/B` as (A, B); a reference without `/` as (itself, nil).
    private static func split(_ reference: String) -> (String, String?) {
        guard let slash = reference.firstIndex(of: "/") else { return (reference, nil) }
        return (String(reference[..<slash]), String(reference[reference.index(after: slash)...]))
    }

    /// What the messages need, worked out once per plan or per owner.
    struct Lookup {
        var goals: Suggest.Index
        var targets: Suggest.Index
        private let visionIndex: [String: Int]
        private let kpiIndex: [String: Int]
        private var goalLists: [Int: String] = [:]
        private var targetLists: [Int: String] = [:]

        init(_ plan: Plan, goals: [String], targets: [String]) {
            self.goals = Suggest.Index(goals)
            self.targets = Suggest.Index(targets)
            var visions: [String: Int] = [:], kpis: [String: Int] = [:]
            for (i, v) in plan.visions.enumerated() where visions[v.id] == nil { visions[v.id] = i }
            for (i, k) in plan.kpis.enumerated() where kpis[k.id] == nil { kpis[k.id] = i }
            (visionIndex, kpiIndex) = (visions, kpis)
        }

        /// The first vision with this id, and its goals as a message lists them.
        mutating func vision(_ id: String, _ plan: Plan) -> (Vision, String)? {
            guard let i = visionIndex[id] else { return nil }
            let vision = plan.visions[i]
            if goalLists[i] == nil { goalLists[i] = LinkUnresolved.list(vision.goals.map { Subject.goal(vision, $0) }) }
            return (vision, goalLists[i] ?? "")
        }

        /// The first KPI with this id, and its named targets as a message lists them ("" for none).
        mutating func kpi(_ id: String, _ plan: Plan) -> (KPI, String)? {
            guard let i = kpiIndex[id] else { return nil }
            let kpi = plan.kpis[i]
            if targetLists[i] == nil {
                targetLists[i] = LinkUnresolved.list(kpi.targets.compactMap { t in t.id.map { Subject.reference(kpi.id, $0) } })
            }
            return (kpi, targetLists[i] ?? "")
        }
    }

    /// `a, b, c`, or the first `listed` of them and `…`.
    static func list(_ items: [String]) -> String {
        items.count <= listed ? items.joined(separator: ", ") : items.prefix(listed).joined(separator: ", ") + ", …"
    }
}
