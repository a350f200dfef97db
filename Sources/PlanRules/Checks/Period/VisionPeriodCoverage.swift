import PlanModel

/// `vision-period-coverage`: each fiscal year of the KPI period (or the `as_of` year) lies
/// within the period of at least one vision whose goals the KPI supports.
///
/// A KPI serves goals of visions; if every one of those visions ends (or begins) outside
/// a year of the KPI period, the KPI has nothing to be aligned with in that year. Visions
/// with `to: open` or without `from` are unbounded on that side. When the plan announces a
/// revision of the visions (`revision.from`) at or before the first uncovered year, the
/// gap is acknowledged and reported under its own message (`acknowledged`, a warning in the
/// contract). A KPI supporting no resolvable goal is left to the alignment rules; one whose
/// gap might be closed by a vision of unknown period is left to `vision-period-missing`.
///
/// KPIs with the same visions and the same gap are one finding, at the period of the
/// (first) vision, naming every KPI with the line of its `supports`: the vision's period
/// is what a fix changes (or a revision announces), and one finding per KPI repeated the
/// same sentence at each KPI. The waiver subject is the vision's id.
enum VisionPeriodCoverage: PlanCheck {
    struct Message: RuleMessage {
        /// The KPIs: id and the line of its `supports`.
        var kpis: [(id: String, line: Int)]
        /// The KPI period, and the years of it no supported vision covers.
        var period: ClosedRange<Int>
        var years: [Int]
        /// The supported visions as shown: 「title」(period).
        var visions: [String]
        /// The year a revision of the visions is announced from, when it acknowledges the gap.
        var revision: Int?

        static let rule = "vision-period-coverage"
        var key: String { revision == nil ? "default" : "acknowledged" }
        var arguments: [String: String] {
            let en = kpis.map { "'\($0.id)' (line \($0.line))" }.joined(separator: ", ")
            let ja = kpis.map { "「\($0.id)」（\($0.line)行目）" }.joined(separator: "、")
            var args = ["kpis": (kpis.count == 1 ? "the KPI " : "the KPIs ") + en, "kpis@ja": "KPI" + ja,
                        "years": PeriodMath.spans(years), "period": PeriodMath.span(period),
                        "visions": visions.joined(separator: ", ")]
            if let revision { args["revision"] = String(revision) }
            return args
        }
        static let everyCase = [Self(kpis: [], period: 0...0, years: [], visions: [], revision: nil),
                                Self(kpis: [], period: 0...0, years: [], visions: [], revision: 0)]
    }

    /// KPIs that share their visions and their gap.
    private struct Group {
        var visions: [Vision]
        var gap: [Int]
        var revision: Int?
        var kpis: [(id: String, line: Int)] = []
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard let years = PeriodMath.kpiYears(plan.period) else { return [] }
        let goals = GoalIndex(plan)
        var groups: [Group] = []
        for kpi in plan.kpis {
            var visions: [Vision] = []
            for ref in kpi.supports {
                guard let position = goals.position(of: ref.value) else { continue }
                let vision = plan.visions[position.vision]
                guard !visions.contains(where: { $0.id == vision.id }) else { continue }
                visions.append(vision)
            }
            guard !visions.isEmpty else { continue }
            let spans = visions.compactMap { PeriodMath.knownSpan($0.period) }
            let gap = PeriodMath.uncovered(years, by: spans)
            guard let first = gap.first, spans.count == visions.count else { continue }
            let revision = plan.revision?.from.flatMap { $0 <= first ? $0 : nil }
            let line = kpi.fields.of("supports", or: kpi.source).range.start.line
            let shown = (id: kpi.id, line: line)
            let ids = visions.map(\.id)
            if let g = groups.firstIndex(where: { $0.visions.map(\.id) == ids && $0.gap == gap && $0.revision == revision }) {
                groups[g].kpis.append(shown)
            } else {
                groups.append(Group(visions: visions, gap: gap, revision: revision, kpis: [shown]))
            }
        }
        return groups.map { group in
            let vision = group.visions[0]
            let shown = group.visions.map { "「\($0.title)」(\($0.period.map(PeriodMath.written) ?? "?"))" }
            return finding(Message(kpis: group.kpis, period: years, years: group.gap, visions: shown, revision: group.revision),
                           at: vision.period?.source ?? vision.fields.of("period", or: vision.source), subject: vision.id)
        }
    }
}
