import PlanModel
import PlanText

/// The targets the measurability checks read, with what a finding about each names:
/// the KPIs' targets and, for the checks that judge the data itself, the goals' targets.
struct MeasuredTarget {
    var target: Target
    /// `KPI_ID/TARGET_ID` (or `KPI_ID/#N`) for a KPI target, `VISION_ID/GOAL_ID` for a goal's.
    var subject: String
    /// How a message names the target: its metric, or `#N` within its owner.
    var name: String

    /// Every KPI target, in plan order; with `goals`, then every goal target.
    static func all(in plan: Plan, goals: Bool) -> [MeasuredTarget] {
        var out: [MeasuredTarget] = []
        for kpi in plan.kpis {
            for (i, t) in kpi.targets.enumerated() {
                out.append(MeasuredTarget(target: t, subject: Subject.target(kpi, t, i), name: name(t, kpi.id, i)))
            }
        }
        guard goals else { return out }
        for vision in plan.visions {
            for goal in vision.goals {
                for (i, t) in goal.targets.enumerated() {
                    let subject = Subject.goal(vision, goal)
                    out.append(MeasuredTarget(target: t, subject: subject, name: name(t, subject, i)))
                }
            }
        }
        return out
    }

    /// How a message names target `index` of `owner`: its metric, or `OWNER/#N`.
    static func name(_ target: Target, _ owner: String, _ index: Int) -> String {
        target.metric ?? "\(owner)/#\(index + 1)"
    }
}

/// How numbers are written in messages: 10, 2.5, 92000 (never 10.0 or 9.2e+04).
enum Numbers {
    static func show(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Whether two values are equal up to `relative` (a fraction of the larger) or, for
    /// values near zero, up to floating-point noise.
    static func equal(_ a: Double, _ b: Double, relative: Double = 0) -> Bool {
        abs(a - b) <= max(abs(a), abs(b)) * max(relative, 1e-9) + 1e-9
    }
}

/// A value in a normal unit (money in 円, 割 in %), for comparing a text with a target.
struct Amount {
    var value: Double
    /// The normal unit, or nil when the target states none (then any unit matches).
    var unit: String?
    /// The words a compound unit is made of (社・団体 is 社 or 団体), and the normal unit;
    /// no word twice (a handful at most, so an array rather than a set).
    var words: [String]

    init(_ value: Double, _ unit: String?) {
        guard let unit else {
            (self.value, self.unit, self.words) = (value, nil, [])
            return
        }
        let folded = Width.fold(unit)
        let normal = Quantity(value: value, unit: folded, range: 0..<0, text: "").normalized
        self.value = normal.value
        self.unit = normal.unit
        words = Self.words(of: folded, normal: normal.unit)
    }

    /// The words of a folded unit split at ・ (empty parts dropped), with `normal` added.
    static func words(of folded: String, normal: String) -> [String] {
        var words: [String]
        if folded.unicodeScalars.contains("・") {
            words = []
            for word in folded.split(separator: "・").map(String.init) where !words.contains(word) { words.append(word) }
        } else {
            words = folded.isEmpty ? [] : [folded]   // what split gives for a unit without ・
        }
        if !words.contains(normal) { words.append(normal) }
        return words
    }

    func sameValue(_ other: Amount, tolerance: Double) -> Bool {
        Numbers.equal(value, other.value, relative: tolerance)
    }

    /// Same value, and units that agree (or one side states none).
    func matches(_ other: Amount, tolerance: Double) -> Bool {
        guard sameValue(other, tolerance: tolerance) else { return false }
        guard let unit, let otherUnit = other.unit else { return true }
        return unit == otherUnit || words.contains(where: other.words.contains)
    }
}
