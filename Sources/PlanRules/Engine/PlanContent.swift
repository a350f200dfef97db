import PlanModel

/// What a plan says, as plain values for reports that show it (the HTML report's timeline
/// and KPI table, `planlint inventory`): the prefecture, the periods, every KPI target and
/// every vision with its goals. Built by the engine from the decoded plan only when a
/// report asks for it (`Engine.lint(bytes:path:content:)`), so the other formats pay
/// nothing. It lives beside `FileResult`, which carries it through the chunk pipeline
/// (baselines, tally, every report) as it carries the diagnostics; reporters read it.
public struct PlanContent: Sendable, Hashable {
    /// The prefecture code and name as written (either may be absent).
    public var prefectureCode: Int?
    public var prefectureName: String?
    /// The KPI period: `from...to`, or the `as_of` year; nil when it cannot be told.
    public var period: ClosedRange<Int>?
    /// The plan window of the run (`window:` in planlint.yaml, `--window`).
    public var window: ClosedRange<Int>
    /// The window's years a `{from, to}` KPI period leaves out (what `period-window`
    /// reports; an `as_of` period is a point in time, reported in its own words, not as a gap).
    public var windowGap: [Int]
    public var kpis: [KPI]
    public var visions: [Vision]

    public struct KPI: Sendable, Hashable {
        public var id: String
        public var text: String
        public var line: Int
        public var targets: [Target]
        /// Goal references `VISION_ID/GOAL_ID`.
        public var supports: [String]
        /// Years of the KPI period that no vision the KPI supports covers (what
        /// `vision-period-coverage` reports); empty when covered or unknown.
        public var uncovered: [Int]
    }

    public struct Target: Sendable, Hashable {
        public var id: String?
        public var metric: String?
        public var value: Double?
        public var unit: String?
        public var basis: String?
        public var comparator: String
        public var year: Int?
        public var baselineYear: Int?
        public var baselineValue: Double?
    }

    public struct Vision: Sendable, Hashable {
        public var id: String
        public var title: String
        /// The first year; nil when not written (unbounded).
        public var from: Int?
        /// The last year; nil when open or not written (see `openEnd`).
        public var to: Int?
        /// `to: open`: in force with no end date.
        public var openEnd: Bool
        /// Whether the vision has a period at all.
        public var hasPeriod: Bool
        public var goals: [Goal]
    }

    public struct Goal: Sendable, Hashable {
        public var id: String
        public var heading: String?
    }

    public init(prefectureCode: Int? = nil, prefectureName: String? = nil, period: ClosedRange<Int>? = nil,
                window: ClosedRange<Int>, windowGap: [Int] = [], kpis: [KPI] = [], visions: [Vision] = []) {
        self.prefectureCode = prefectureCode
        self.prefectureName = prefectureName
        self.period = period
        self.window = window
        self.windowGap = windowGap
        self.kpis = kpis
        self.visions = visions
    }

    /// The content of a decoded plan, with the run's window.
    public init(_ plan: Plan, window: ClosedRange<Int>) {
        let years = PeriodMath.kpiYears(plan.period)
        let goals = GoalIndex(plan)
        self.init(prefectureCode: plan.prefecture?.code, prefectureName: plan.prefecture?.name, period: years,
                  window: window, windowGap: plan.period?.asOf == nil ? years.map { y in window.filter { !y.contains($0) } } ?? [] : [])
        kpis = plan.kpis.map { kpi in
            var uncovered: [Int] = []
            if let years {
                var spans: [(from: Int?, to: Int?)] = []
                var known = true
                var seen = Set<Int>()
                for ref in kpi.supports {
                    guard let position = goals.position(of: ref.value), seen.insert(position.vision).inserted else { continue }
                    if let span = PeriodMath.knownSpan(plan.visions[position.vision].period) { spans.append(span) } else { known = false }
                }
                if known && !seen.isEmpty { uncovered = PeriodMath.uncovered(years, by: spans) }
            }
            return KPI(id: kpi.id, text: kpi.text, line: kpi.source.range.start.line, targets: kpi.targets.map { t in
                Target(id: t.id, metric: t.metric, value: t.value, unit: t.unit, basis: t.basis?.rawValue,
                       comparator: t.comparator.rawValue, year: t.year, baselineYear: t.baseline?.effectiveYear,
                       baselineValue: t.baseline?.value)
            }, supports: kpi.supports.map(\.value), uncovered: uncovered)
        }
        visions = plan.visions.map { v in
            var open = false
            if case .open? = v.period?.to { open = true }
            return Vision(id: v.id, title: v.title, from: v.period?.from, to: v.period?.toYear, openEnd: open,
                          hasPeriod: v.period != nil, goals: v.goals.map { Goal(id: $0.id, heading: $0.heading) })
        }
    }
}
