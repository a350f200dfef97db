/// How a target's value is meant (see docs/plan-format.md).
public enum Basis: String, Sendable, Hashable, CaseIterable {
    case annual, cumulative, level, increase, share, milestone

    /// The Japanese words a plan may write instead (`basis: 累計`), each read as the value it
    /// means; only words with one reading (延べ may be yearly: 年延べ10件, so it is not one).
    public static let synonyms: [String: Basis] = [
        "年間": .annual, "毎年": .annual, "各年度": .annual, "単年度": .annual, "年度ごと": .annual,
        "累計": .cumulative, "累積": .cumulative, "通算": .cumulative,
        "水準": .level, "到達値": .level,
        "増加": .increase, "増加数": .increase,
        "割合": .share, "比率": .share,
        "マイルストーン": .milestone,
    ]
}

/// How a target's value is to be compared with what is achieved.
public enum Comparator: String, Sendable, Hashable, CaseIterable {
    case exactly
    case atLeast = "at-least"
    case atMost = "at-most"
    case about

    /// The Japanese words a plan may write instead (`comparator: 以上`). 未満 and 超 are
    /// not here: they exclude the number, which no comparator says.
    public static let synonyms: [String: Comparator] = [
        "以上": .atLeast, "以下": .atMost, "程度": .about, "約": .about, "およそ": .about,
        "概ね": .about, "おおむね": .about, "ちょうど": .exactly,
    ]
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
