import PlanModel

/// `series-decreasing`: a running total does not go down, and a series the text calls a
/// rise does not fall. The baseline of a cumulative target is the total to date, so the
/// target may not be below it (an averaged baseline, `aggregate: mean`, is a yearly rate:
/// target-below-baseline compares those). A KPI target whose `history` falls from its
/// first year to its last while the KPI text speaks of a rise (増加, 拡大, 向上, 増やす) is
/// the `falling` message, a warning. A cumulative target's history is not held to
/// rising: plans give the yearly figures of a total there (愛媛's 2, 1, 3, 2件 before
/// 10件以上（累計）), and the format does not say which a history holds.
enum SeriesDecreasing: PlanCheck {
    enum Message: RuleMessage {
        /// A cumulative target below its total to date (of `year`; nil: undated).
        case belowBaseline(metric: String, unit: String, value: Double, baseline: Double, year: Int?)
        /// A history that falls from `first` to `last` under a text about a rise (`word`).
        case falling(metric: String, unit: String, first: Observation, last: Observation, word: String)

        static let rule = "series-decreasing"
        var key: String {
            switch self {
            case .belowBaseline(_, _, _, _, let year): year == nil ? "undated" : "default"
            case .falling: "falling"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .belowBaseline(let metric, let unit, let value, let baseline, let year):
                var args = ["metric": metric, "unit": unit, "value": NumberFormat.plain(value),
                            "baseline": NumberFormat.plain(baseline)]
                if let year { args["year"] = String(year) }
                return args
            case .falling(let metric, let unit, let first, let last, let word):
                return ["metric": metric, "unit": unit, "first": NumberFormat.plain(first.value),
                        "first_year": String(first.year), "last": NumberFormat.plain(last.value),
                        "last_year": String(last.year), "word": word]
            }
        }
        static let everyCase: [Self] = {
            let o = Observation(year: 0, value: 0, source: Source(pointer: "", range: .init(at: .start)))
            return [.belowBaseline(metric: "", unit: "", value: 0, baseline: 0, year: 0),
                    .belowBaseline(metric: "", unit: "", value: 0, baseline: 0, year: nil),
                    .falling(metric: "", unit: "", first: o, last: o, word: "")]
        }()
    }

    /// Words of a KPI text that say the metric is to rise.
    static let risingWords = ["増加", "拡大", "向上", "増やす"]

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        var findings = context.targets(in: plan).compactMap { o -> Finding? in
            guard o.target.basis == .cumulative, let value = o.target.value, let b = o.target.baseline,
                  b.aggregate == nil, let base = b.value, Compare.exceeds(base, value)
            else { return nil }
            return finding(.belowBaseline(metric: o.name, unit: o.unit, value: value, baseline: base, year: b.effectiveYear),
                           at: o.source("value"), subject: o.subject)
        }
        for kpi in plan.kpis {
            guard kpi.targets.contains(where: { $0.history.count > 1 && $0.basis != .cumulative }),
                  let word = risingWords.first(where: { kpi.text.contains($0) }) else { continue }
            for (index, target) in kpi.targets.enumerated() where target.history.count > 1 && target.basis != .cumulative {
                let series = target.history.sorted { $0.year < $1.year }
                guard let first = series.first, let last = series.last, last.year > first.year,
                      Compare.exceeds(first.value, last.value) else { continue }
                findings.append(finding(.falling(metric: TargetView.name(target, owner: kpi.id, index: index),
                                                 unit: target.unit ?? "", first: first, last: last, word: word),
                                        at: target.fields.of("history", or: target.source),
                                        subject: Subject.target(kpi, target, index)))
            }
        }
        return findings
    }
}
