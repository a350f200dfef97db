/// An activity KPI: a statement (verbatim) and the quantities it commits to.
public struct KPI: Sendable {
    public var id: String
    public var text: String
    public var targets: [Target]
    /// Goal references `VISION_ID/GOAL_ID`, with the source of each.
    public var supports: [Reference]
    public var source: Source
    public var fields: FieldSources = [:]

    public init(id: String, text: String, targets: [Target] = [], supports: [Reference] = [], source: Source) {
        self.id = id
        self.text = text
        self.targets = targets
        self.supports = supports
        self.source = source
    }
}

/// A reference to another element by id (`VISION_ID/GOAL_ID`, `KPI_ID/TARGET_ID`).
public struct Reference: Sendable, Hashable {
    public var value: String
    public var source: Source

    public init(_ value: String, source: Source) {
        self.value = value
        self.source = source
    }
}

/// An industrial-promotion vision document and the goals it lists.
public struct Vision: Sendable {
    public var id: String
    public var title: String
    public var period: Period?
    public var goals: [Goal]
    public var source: Source
    public var fields: FieldSources = [:]

    public init(id: String, title: String, period: Period? = nil, goals: [Goal] = [], source: Source) {
        self.id = id
        self.title = title
        self.period = period
        self.goals = goals
        self.source = source
    }
}

/// A goal a vision states: an optional heading, its text, and the numbers it names.
public struct Goal: Sendable {
    public var id: String
    public var heading: String?
    public var text: String
    public var targets: [Target]
    public var source: Source
    public var fields: FieldSources = [:]

    public init(id: String, heading: String? = nil, text: String, targets: [Target] = [], source: Source) {
        self.id = id
        self.heading = heading
        self.text = text
        self.targets = targets
        self.source = source
    }
}

/// An accepted exception: a rule that may fire at an element, with the reviewer's reason.
public struct Waiver: Sendable, Hashable {
    public var rule: String
    /// A KPI, target, vision or goal id; nil for the whole plan.
    public var at: String?
    public var reason: String
    public var until: CalendarDate?
    public var source: Source

    public init(rule: String, at: String?, reason: String, until: CalendarDate?, source: Source) {
        self.rule = rule
        self.at = at
        self.reason = reason
        self.until = until
        self.source = source
    }
}
