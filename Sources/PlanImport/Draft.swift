/// A plan as the importer reads it from the annex text: plain values, each inferred one
/// carrying the words it was inferred from, so the writer can mark it.
public struct DraftPlan: Sendable {
    public var code: Int
    public var name: String
    /// The line of the section's heading in the source (1-based).
    public var line: Int
    public var period: DraftPeriod?
    public var periodText: String?
    public var revision: (from: Int, note: String)?
    public var notes: String?
    public var kpis: [DraftKPI] = []
    public var visions: [DraftVision] = []
}

/// A period as written in 【…】.
public struct DraftPeriod: Sendable, Equatable {
    public var from: Int?
    /// A date the source gives instead of a first year (2019年10月2日 → "2019-10-02").
    public var fromDate: String?
    public var to: Int?
    public var open = false
    public var asOf: Int?
}

public struct DraftKPI: Sendable {
    public var id: String
    public var text: String
    public var targets: [DraftTarget]
    public var supports: [DraftLink] = []
    /// Lines that follow the bullet as a note (※…), kept as a comment.
    public var note: [String] = []
    /// The bullet's line in the source (1-based).
    public var line = 0
}

/// A proposed link from a KPI to a goal, and why it was proposed.
public struct DraftLink: Sendable {
    public var reference: String
    /// The cited words, or nil when proposed from content overlap.
    public var citation: String?
    /// The document the text names, when the overlap was measured among its goals only.
    public var document: String? = nil
}

public struct DraftTarget: Sendable {
    public var metric: String
    public var value: Double
    public var unit: String
    /// The source words the quantity was read from (年6回, 15者以上（累計）).
    public var words: String
    public var basis: String?
    public var comparator: String?
    public var year: Int?
    public var perYear: Double?
    public var per: String?
    public var baseline: DraftBaseline?
    public var history: [(year: Int, value: Double)] = []
}

public struct DraftVision: Sendable {
    public var id: String
    public var title: String
    public var period: DraftPeriod?
    public var periodText: String?
    public var goals: [DraftGoal] = []
}

public struct DraftGoal: Sendable {
    public var id: String
    public var heading: String?
    public var text: String
    public var targets: [DraftTarget] = []
}

/// A target's starting point: a value in a year, or a mean over years.
public struct DraftBaseline: Sendable {
    public var value: Double?
    public var year: Int?
    public var from: Int?
    public var to: Int?
    public var mean = false
}
