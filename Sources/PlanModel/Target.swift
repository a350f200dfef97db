/// How a target's value is meant (see docs/plan-format.md).
public enum Basis: String, Sendable, Hashable, CaseIterable {
    case annual, cumulative, level, increase, share, milestone
}

/// How a target's value is to be compared with what is achieved.
public enum Comparator: String, Sendable, Hashable, CaseIterable {
    case exactly
    case atLeast = "at-least"
    case atMost = "at-most"
    case about
}

/// A quantity a KPI (or a vision goal) commits to.
public struct Target: Sendable {
    public var id: String?
    public var metric: String?
    public var value: Double?
    public var unit: String?
    public var basis: Basis?
    public var comparator: Comparator = .exactly
    public var year: Int?
    /// For cumulative targets: the window, when it differs from the owner's period.
    public var over: Period?
    public var perYear: Double?
    /// For increases: `year` when the increase is per year.
    public var per: String?
    public var baseline: TargetBaseline?
    public var history: [Observation] = []
    public var parts: [Part] = []
    public var within: [Reference] = []
    public var deliverable: String?
    public var source: Source
    public var fields: FieldSources = [:]

    public init(source: Source) {
        self.source = source
    }
}

/// The starting point of a target: a value in a year, or an average over years.
public struct TargetBaseline: Sendable {
    public var value: Double?
    public var year: Int?
    public var from: Int?
    public var to: Int?
    /// `mean` for an average over `from...to`.
    public var aggregate: String?
    public var parts: [Part] = []
    public var source: Source
    public var fields: FieldSources = [:]

    public init(source: Source) {
        self.source = source
    }

    /// The year the baseline describes: `year`, or the last year of an averaged span.
    public var effectiveYear: Int? { year ?? to }
}

/// A past observation of a metric.
public struct Observation: Sendable, Hashable {
    public var year: Int
    public var value: Double
    public var source: Source

    public init(year: Int, value: Double, source: Source) {
        self.year = year
        self.value = value
        self.source = source
    }
}

/// A component of a target's or baseline's value.
public struct Part: Sendable, Hashable {
    public var metric: String?
    public var value: Double?
    public var source: Source

    public init(metric: String?, value: Double?, source: Source) {
        self.metric = metric
        self.value = value
        self.source = source
    }
}
