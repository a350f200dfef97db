import PlanModel

/// `parts-sum`: the `parts` of a target or of its baseline add up to its value, within the
/// rounding of the numbers as written (14.2 + 4 = 18.2 passes; 33.3 × 3 = 99.9 ≈ 100 passes).
enum PartsSum: PlanCheck {
    enum Message: RuleMessage {
        /// The target's parts do not add up to its value.
        case target(Sum)
        /// The baseline's parts do not add up to the baseline's value.
        case baseline(Sum)

        /// What a message shows of a sum that does not agree.
        struct Sum: Sendable {
            var metric: String
            var unit: String
            var value: Double
            var sum: Double
            var terms: [Double]
        }

        static let rule = "parts-sum"
        var key: String {
            switch self {
            case .target: "default"
            case .baseline: "baseline"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .target(let m), .baseline(let m):
                ["metric": m.metric, "unit": m.unit, "value": NumberFormat.plain(m.value), "sum": NumberFormat.plain(m.sum),
                 "terms": m.terms.map { NumberFormat.plain($0) }.joined(separator: " + ")]
            }
        }
        static let everyCase: [Self] = [.target(Sum(metric: "", unit: "", value: 0, sum: 0, terms: [])),
                                        .baseline(Sum(metric: "", unit: "", value: 0, sum: 0, terms: []))]
    }

    /// A difference allowed beyond rounding, as a fraction of the value.
    static let tolerance = Param<Double>("tolerance")
    static let parameters = [tolerance.declaration]

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let tolerance = max(0, context[tolerance])
        var findings: [Finding] = []
        let owned = context.targets(in: plan)
        // By index: a target is read in place, not copied out of the list (most have no parts).
        for k in owned.indices {
            if let f = mismatch(value: owned[k].target.value, parts: owned[k].target.parts, tolerance: tolerance) {
                findings.append(finding(.target(sum(owned[k], f)), at: owned[k].source("parts"), subject: owned[k].subject))
            }
            if let b = owned[k].target.baseline, let f = mismatch(value: b.value, parts: b.parts, tolerance: tolerance) {
                findings.append(finding(.baseline(sum(owned[k], f)), at: b.fields.of("parts", or: b.source),
                                        subject: owned[k].subject))
            }
        }
        return findings
    }

    private struct Mismatch {
        let value: Double
        let sum: Double
        let terms: [Double]
    }

    /// Nil when there is nothing to check (no parts, or a number missing) or the sum agrees.
    private static func mismatch(value: Double?, parts: [Part], tolerance: Double) -> Mismatch? {
        guard let value, !parts.isEmpty else { return nil }
        let terms = parts.compactMap(\.value)
        guard terms.count == parts.count else { return nil }
        let sum = terms.reduce(0, +)
        let slack = (terms + [value]).map(NumberFormat.roundingHalfUnit).reduce(0, +) + tolerance * abs(value)
        guard Compare.exceeds(abs(sum - value), 0, slack: slack) else { return nil }
        return Mismatch(value: value, sum: sum, terms: terms)
    }

    private static func sum(_ o: TargetView, _ m: Mismatch) -> Message.Sum {
        Message.Sum(metric: o.name, unit: o.unit, value: m.value, sum: m.sum, terms: m.terms)
    }
}
