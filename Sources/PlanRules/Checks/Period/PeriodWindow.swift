import PlanModel

/// `period-window`: the KPI period covers the plan window (default FY2020–FY2022, the
/// national action plan's period) that these plans answer.
///
/// `{from, to}` must include every window year. `{as_of: Y}` describes the end of FY Y:
/// it covers the window when Y is the window's last year. An earlier Y leaves the window's
/// end without a target (`as-of-early`); a later Y has no target at the window's end
/// either, but may still be reached through it (`as-of-later`, a warning in the contract).
enum PeriodWindow: PlanCheck {
    enum Message: RuleMessage {
        /// `{from, to}` leaves out the `missing` years of the window.
        case missing(period: ClosedRange<Int>, missing: [Int], window: ClosedRange<Int>)
        /// `as_of` before the window's end.
        case asOfEarly(asOf: Int, window: ClosedRange<Int>)
        /// `as_of` after the window's end.
        case asOfLater(asOf: Int, window: ClosedRange<Int>)

        static let rule = "period-window"
        var key: String {
            switch self {
            case .missing: "default"
            case .asOfEarly: "as-of-early"
            case .asOfLater: "as-of-later"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .missing(let period, let missing, let window):
                ["period": PeriodMath.span(period), "missing": PeriodMath.spans(missing),
                 "window": PeriodMath.span(window), "window_to": String(window.upperBound)]
            case .asOfEarly(let asOf, let window), .asOfLater(let asOf, let window):
                ["as_of": String(asOf), "window": PeriodMath.span(window), "window_to": String(window.upperBound)]
            }
        }
        static let everyCase: [Self] = [.missing(period: 0...0, missing: [], window: 0...0),
                                        .asOfEarly(asOf: 0, window: 0...0), .asOfLater(asOf: 0, window: 0...0)]
    }

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard let period = plan.period else { return [] }
        let window = context.window
        if let asOf = period.asOf {
            // as_of together with from/to is period-invalid's business.
            guard period.from == nil, period.to == nil, asOf != window.upperBound else { return [] }
            let message: Message = asOf < window.upperBound ? .asOfEarly(asOf: asOf, window: window)
                : .asOfLater(asOf: asOf, window: window)
            return [finding(message, at: period.source)]
        }
        guard let years = PeriodMath.kpiYears(period) else { return [] }
        let missing = window.filter { !years.contains($0) }
        guard !missing.isEmpty else { return [] }
        // Point at the end that is short: `to` when only later years are missing, `from`
        // when only earlier ones are, the whole period when both are.
        let at: Source
        if missing.allSatisfy({ $0 > years.upperBound }) {
            at = period.fields.of("to", or: period.source)
        } else if missing.allSatisfy({ $0 < years.lowerBound }) {
            at = period.fields.of("from", or: period.source)
        } else {
            at = period.source
        }
        return [finding(.missing(period: years, missing: missing, window: window), at: at)]
    }
}
