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
enum VisionPeriodCoverage: PlanCheck {
    struct Message: RuleMessage {
        var kpi: String
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
            var args = ["kpi": kpi, "years": PeriodMath.spans(years), "period": PeriodMath.span(period),
                        "visions": visions.joined(separator: ", ")]
            if let revision { args["revision"] = String(revision) }
            return args
        }
        static let everyCase = [Self(kpi: "", period: 0...0, years: [], visions: [], revision: nil),
                                Self(kpi: "", period: 0...0, years: [], visions: [], revision: 0)]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard let years = PeriodMath.kpiYears(plan.period) else { return [] }
        let goals = GoalIndex(plan)
        return plan.kpis.compactMap { kpi in
            var visions: [Vision] = []
            for ref in kpi.supports {
                guard let position = goals.position(of: ref.value) else { continue }
                let vision = plan.visions[position.vision]
                guard !visions.contains(where: { $0.id == vision.id }) else { continue }
                visions.append(vision)
            }
            guard !visions.isEmpty else { return nil }
            let spans = visions.compactMap { PeriodMath.knownSpan($0.period) }
            let gap = PeriodMath.uncovered(years, by: spans)
            guard let first = gap.first, spans.count == visions.count else { return nil }
            let revision = plan.revision?.from.flatMap { $0 <= first ? $0 : nil }
            let shown = visions.map { "「\($0.title)」(\($0.period.map(PeriodMath.written) ?? "?"))" }
            return finding(Message(kpi: kpi.id, period: years, years: gap, visions: shown, revision: revision),
                           at: kpi.fields.of("supports", or: kpi.source), subject: kpi.id)
        }
    }
}
