import PlanYAML

/// A prefecture's plan: the KPIs it commits to for a period and the visions they serve.
/// See docs/plan-format.md for the meaning of every field.
public struct Plan: Sendable {
    public var formatVersion: Int?
    public var prefecture: Prefecture?
    public var period: Period?
    public var revision: Revision?
    public var notes: String?
    public var kpis: [KPI] = []
    public var visions: [Vision] = []
    public var waivers: [Waiver] = []
    /// Where the plan is, and where each of its top-level fields is.
    public var source: Source
    public var fields: FieldSources = [:]
    /// The file's line breaks wider than one byte, for positions inside multi-line texts.
    public var lineBreaks = LineBreaks()

    public init(source: Source) {
        self.source = source
    }

    /// Every goal with the vision it belongs to, keyed by its reference `VISION_ID/GOAL_ID`.
    public var goalsByReference: [String: (vision: Vision, goal: Goal)] {
        var out: [String: (vision: Vision, goal: Goal)] = [:]
        for v in visions { for g in v.goals where out["\(v.id)/\(g.id)"] == nil { out["\(v.id)/\(g.id)"] = (v, g) } }
        return out
    }

    /// Every KPI target, keyed by its reference `KPI_ID/TARGET_ID`.
    public var targetsByReference: [String: (kpi: KPI, target: Target)] {
        var out: [String: (kpi: KPI, target: Target)] = [:]
        for k in kpis {
            for t in k.targets { if let id = t.id, out["\(k.id)/\(id)"] == nil { out["\(k.id)/\(id)"] = (k, t) } }
        }
        return out
    }
}

/// The sources of a value's fields by key, so a check can point at the field it is about.
///
/// A value has a handful of fields, so they are kept in a small array in document order
/// and searched linearly, and each field's JSON Pointer is built only when it is asked
/// for (mostly for a finding): building a dictionary and a pointer string for every
/// field of every KPI, target and goal cost more than all the lookups the checks make.
public struct FieldSources: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// The pointer of the value that owns the fields.
    private var parent = ""
    private var entries: [Entry] = []
    /// Whether the mapping is written in flow style (`{…}`), for fixes that add a field.
    public internal(set) var isFlow = false

    private struct Entry: Sendable, Hashable {
        var key: String
        var range: SourceRange
        /// Set when the pointer is not `parent/key` (sources given as a literal).
        var pointer: String?
    }

    /// The fields of the value at `parent`, with unique keys (as a decoder's `Fields` has).
    init(parent: String, unique fields: some Sequence<(key: String, range: SourceRange)>) {
        self.parent = parent
        entries = fields.map { Entry(key: $0.key, range: $0.range) }
    }

    /// Sources as given; a repeated key keeps its first source.
    public init(dictionaryLiteral elements: (String, Source)...) {
        for (key, source) in elements where !entries.contains(where: { $0.key == key }) {
            entries.append(Entry(key: key, range: source.range, pointer: source.pointer))
        }
    }

    /// The source of `field`, or nil when the value does not have it.
    public subscript(field: String) -> Source? {
        guard let entry = entries.first(where: { $0.key.isSameKey(as: field) }) else { return nil }
        return Source(pointer: entry.pointer ?? Source.pointer(parent, field), range: entry.range)
    }

    /// The byte offset just past the last value of the fields (nil without fields).
    public var valuesEnd: Int? {
        entries.map(\.range.end.offset).max()
    }

    /// The source of `field`, or `fallback` (the owner) when the field is absent.
    public func of(_ field: String, or fallback: Source) -> Source {
        self[field] ?? fallback
    }
}

/// The prefecture a plan belongs to.
public struct Prefecture: Sendable, Hashable {
    /// JIS X 0401 code, 1...47.
    public var code: Int?
    /// The name as written (茨城 or 茨城県).
    public var name: String?
    public var source: Source

    public init(code: Int?, name: String?, source: Source) {
        self.code = code
        self.name = name
        self.source = source
    }
}

/// The end of a period: a fiscal year, or `open` for a vision in force with no end date.
public enum PeriodEnd: Sendable, Hashable {
    case year(Int)
    case open
}

/// A span of fiscal years: `{from, to}` (either end may be absent, `to` may be open) or `{as_of}`.
///
/// The model keeps what was written, including contradictions (`as_of` together with
/// `from`), so that the period rules can report them.
public struct Period: Sendable, Hashable {
    public var from: Int?
    public var to: PeriodEnd?
    public var asOf: Int?
    public var source: Source
    public var fields: FieldSources = [:]

    public init(from: Int? = nil, to: PeriodEnd? = nil, asOf: Int? = nil, source: Source) {
        self.from = from
        self.to = to
        self.asOf = asOf
        self.source = source
    }

    /// The last year, when it is a year (not open, not absent).
    public var toYear: Int? {
        if case .year(let y) = to { return y }
        return nil
    }
}

/// An announced revision of the visions (※2021年度以降ビジョン改定に伴い、変更可能性あり).
public struct Revision: Sendable, Hashable {
    /// The first fiscal year in which the visions are expected to change.
    public var from: Int?
    public var note: String?
    public var source: Source

    public init(from: Int?, note: String?, source: Source) {
        self.from = from
        self.note = note
        self.source = source
    }
}
