import PlanModel

/// `period-window`: the KPI period covers the plan window (default FY2020–FY2022, the
/// national action plan's period) that these plans answer.
///
/// `{from, to}` must include every window year. `{as_of: Y}` describes the end of FY Y:
/// it covers the window when Y is the window's last year. An earlier Y leaves the window's
/// end without a target (`as-of-early`); a later Y has no target at the window's end
/// either, but may still be reached through it (`as-of-later`, a warning in the contract).
enum PeriodWindow: PlanCheck {
    static let id = "period-window"

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard let period = plan.period else { return [] }
        let window = context.window
        let shown = ["window": PeriodMath.span(window), "window_to": "\(window.upperBound)"]
        if let asOf = period.asOf {
            // as_of together with from/to is period-invalid's business.
            guard period.from == nil, period.to == nil, asOf != window.upperBound else { return [] }
            return [Finding(rule: id, message: asOf < window.upperBound ? "as-of-early" : "as-of-later",
                            arguments: shown.merging(["as_of": "\(asOf)"]) { $1 }, source: period.source)]
        }
        guard let years = PeriodMath.kpiYears(period) else { return [] }
        let missing = window.filter { !years.contains($0) }
        guard !missing.isEmpty else { return [] }
        return [Finding(rule: id, arguments: shown.merging(["period": PeriodMath.span(years),
                                                             "missing": PeriodMath.spans(missing)]) { $1 },
                        source: period.source)]
    }
}
