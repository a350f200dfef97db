import PlanModel
import PlanText

/// The targets the measurability checks read, with what a finding about each names:
/// the KPIs' targets and, for the checks that judge the data itself, the goals' targets.
/// The names are made only when a finding asks for them.
struct MeasuredTarget {
    var target: Target
    /// Position in the owner's target list.
    var index: Int
    /// The KPI id, or `VISION_ID/GOAL_ID` for a goal's target.
    var owner: String
    var isGoalTarget: Bool

    /// `KPI_ID/TARGET_ID` (or `KPI_ID/#N`) for a KPI target, `VISION_ID/GOAL_ID` for a goal's.
    var subject: String {
        isGoalTarget ? owner : TargetNames.subject(kpi: owner, target, index)
    }

    /// How a message names the target: its metric, or `#N` within its owner.
    var name: String { Self.name(target, owner, index) }

    /// Every KPI target, in plan order; with `goals`, then every goal target.
    static func all(in plan: Plan, goals: Bool) -> [MeasuredTarget] {
        var out: [MeasuredTarget] = []
        out.reserveCapacity(TargetNames.count(in: plan, goals: goals))
        for kpi in plan.kpis {
            for (i, t) in kpi.targets.enumerated() {
                out.append(MeasuredTarget(target: t, index: i, owner: kpi.id, isGoalTarget: false))
            }
        }
        guard goals else { return out }
        for vision in plan.visions {
            for goal in vision.goals where !goal.targets.isEmpty {
                let subject = Subject.goal(vision, goal)
                for (i, t) in goal.targets.enumerated() {
                    out.append(MeasuredTarget(target: t, index: i, owner: subject, isGoalTarget: true))
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

/// Names of targets, for the target lists the checks build.
enum TargetNames {
    /// `KPI_ID/TARGET_ID`, or `KPI_ID/#N` (1-based): what `Subject.target` makes, from the
    /// KPI's id alone (so a list of targets need not keep a copy of each KPI).
    static func subject(kpi: String, _ target: Target, _ index: Int) -> String {
        kpi + "/" + (target.id ?? "#" + String(index + 1))
    }

    /// How many targets the plan's KPIs (and, with `goals`, its goals) have.
    static func count(in plan: Plan, goals: Bool) -> Int {
        var count = 0
        for kpi in plan.kpis { count += kpi.targets.count }
        guard goals else { return count }
        for vision in plan.visions {
            for goal in vision.goals { count += goal.targets.count }
        }
        return count
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
        self = AmountUnit(unit).amount(value)
    }

    init(value: Double, unit: String?, words: [String]) {
        (self.value, self.unit, self.words) = (value, unit, words)
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

/// A written unit read once for many values: its normal unit, the factor that brings a
/// value to it, and its words (see ``Amount``).
struct AmountUnit {
    var normal: String?
    /// What a value is multiplied by (`Quantity.normalized` of 1): 1e8 for 億円, 10 for 割.
    var factor: Double
    var words: [String]

    init(_ unit: String?) {
        guard let unit else {
            (normal, factor, words) = (nil, 1, [])
            return
        }
        let folded = Width.fold(unit)
        // Normalizing multiplies by a constant of the unit (or leaves the value alone, the same
        // as multiplying by 1), so normalizing 1 gives the factor.
        let one = Quantity(value: 1, unit: folded, range: 0..<0, text: "").normalized
        (normal, factor) = (one.unit, one.value)
        words = Amount.words(of: folded, normal: one.unit)
    }

    /// `value` in this unit, as `Amount(value, unit)` makes it.
    func amount(_ value: Double) -> Amount {
        Amount(value: normal == nil ? value : value * factor, unit: normal, words: words)
    }
}

/// The ``AmountUnit`` of each unit read so far: a plan writes a handful of units (件, %, 円)
/// for many numbers, so each is read once per check rather than once per number. The same
/// values as `AmountUnit(unit)`.
struct AmountUnits {
    private var read: [(unit: String?, amountUnit: AmountUnit)] = []

    /// `AmountUnit(unit)`, read on first use.
    mutating func callAsFunction(_ unit: String?) -> AmountUnit {
        if let known = read.first(where: { $0.unit == unit }) { return known.amountUnit }
        let made = AmountUnit(unit)
        read.append((unit, made))
        return made
    }
}
