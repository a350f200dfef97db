import PlanModel
import PlanText

/// Where `quote-not-found` looks for a quote: every goal's heading and text, and every
/// vision's title, indexed once per plan (`SubstringIndex`), so that each quote costs its
/// own length rather than the length of all the goal text (which made the check quadratic
/// in quotes × goal text). Answers exactly what searching the texts one by one answered.
struct QuoteSources {
    /// One document per goal, in plan order (vision by vision): its heading and text.
    private let goalTexts: SubstringIndex
    /// One document holding every vision's title.
    private let titleTexts: SubstringIndex
    /// Each goal's reference (`VISION_ID/GOAL_ID`), in the same order.
    private let subjects: [String]
    /// The first goal with each reference (as `GoalIndex` finds it).
    private let firstWith: [String: Int]
    /// Each goal's vision and its index there, in the same order.
    private let positions: [(vision: Int, goal: Int)]
    private let hasTitles: Bool

    init(_ plan: Plan) {
        var documents: [[String]] = []
        var subjects: [String] = []
        var firstWith: [String: Int] = [:]
        var positions: [(vision: Int, goal: Int)] = []
        for (v, vision) in plan.visions.enumerated() {
            for (g, goal) in vision.goals.enumerated() {
                positions.append((v, g))
                let subject = Subject.goal(vision, goal)
                if firstWith[subject] == nil { firstWith[subject] = subjects.count }
                subjects.append(subject)
                documents.append([goal.heading, goal.text].compactMap { $0 })
            }
        }
        goalTexts = SubstringIndex(documents)
        titleTexts = SubstringIndex([plan.visions.map(\.title)])
        self.subjects = subjects
        self.firstWith = firstWith
        self.positions = positions
        hasTitles = !plan.visions.isEmpty
    }

    /// What one KPI cites from: the goals it supports (by reference, as the check always
    /// read them) and, once it has paid for it, those goals merged into one set.
    struct Supported {
        let references: Set<String>
        let goals: [Int]
        var lookups = 0
        var merged: SubstringIndex.DocumentSet?
        var cost: Int?
    }

    func supported(by kpi: KPI) -> Supported {
        var seen = Set<Int>()
        let goals = kpi.supports.compactMap { firstWith[$0.value] }.filter { seen.insert($0).inserted }
        return Supported(references: Set(kpi.supports.map(\.value)), goals: goals)
    }

    /// Whether the quote whose match key is `key` (`MatchKey.key`, worked out once per quote)
    /// is in a goal the KPI supports or in a vision's title.
    func isFound(key: [Unicode.Scalar], _ kpi: inout Supported) -> Bool {
        guard let match = goalTexts.find(key: key) else {
            // No goal holds it; an empty key is in every text, as MatchKey.contains says.
            return key.isEmpty ? hasTitles || !kpi.goals.isEmpty : titleTexts.find(key: key) != nil
        }
        if titleTexts.find(key: key) != nil { return true }
        if let merged = kpi.merged { return goalTexts.contains(match, in: merged) }
        // One binary search per supported goal, until that has cost more than merging them
        // once would: a KPI's cost stays within twice the cheaper of the two.
        kpi.lookups += kpi.goals.count
        let cost = kpi.cost ?? kpi.goals.reduce(0) { $0 + goalTexts.size(ofDocument: $1) }
        kpi.cost = cost
        if kpi.goals.count > 8, kpi.lookups > cost {
            let merged = goalTexts.documentSet(kpi.goals)
            kpi.merged = merged
            return goalTexts.contains(match, in: merged)
        }
        return kpi.goals.contains { goalTexts.contains(match, document: $0) }
    }

    /// The first goal, in plan order, that holds the quote whose match key is `key` and that
    /// the KPI does not support (by reference), with its vision.
    func elsewhere(key: [Unicode.Scalar], _ kpi: Supported, in plan: Plan) -> (vision: Vision, goal: Goal)? {
        let start: Int
        let match = goalTexts.find(key: key)
        if let match {
            start = goalTexts.firstDocument(match)
        } else if key.isEmpty {
            start = 0
        } else {
            return nil
        }
        // The first goal holding it is nearly always the answer; only a goal whose id
        // repeats a supported one's makes the search go on.
        for d in start..<subjects.count where !kpi.references.contains(subjects[d]) {
            if let match, d > start, !goalTexts.contains(match, document: d) { continue }
            let (v, g) = positions[d]
            return (plan.visions[v], plan.visions[v].goals[g])
        }
        return nil
    }
}
