import PlanModel

/// `period-single-year-cumulative`: a KPI period of one fiscal year whose targets are all
/// running totals (「N以上（累計）」 under 【2022年度】) reads as a point in time, not a
/// one-year window: a total "over one year" says nothing a yearly figure would not. The
/// plan most likely means `{as_of: Y}`; reported at the period as a warning, beside what
/// `period-window` says of the one-year window.
enum PeriodSingleYearCumulative: PlanCheck {
    struct Message: RuleMessage {
        var year: Int
        /// How many cumulative targets the plan has.
        var targets: Int

        static let rule = "period-single-year-cumulative"
        var key: String { "default" }
        var arguments: [String: String] { ["year": String(year), "targets": String(targets)] }
        static let everyCase = [Self(year: 0, targets: 0)]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard let period = plan.period, period.asOf == nil, let from = period.from, from == period.toYear else { return [] }
        let targets = plan.kpis.flatMap(\.targets).filter { $0.basis != .milestone }
        guard !targets.isEmpty, targets.allSatisfy({ $0.basis == .cumulative }) else { return [] }
        return [finding(Message(year: from, targets: targets.count), at: period.source)]
    }
}
