import PlanModel

/// `parts-sum`: the `parts` of a target or of its baseline add up to its value, within the
/// rounding of the numbers as written (14.2 + 4 = 18.2 passes; 33.3 × 3 = 99.9 ≈ 100 passes).
enum PartsSum: PlanCheck {
    static let id = "parts-sum"

    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let tolerance = max(0, context.params.double("tolerance", default: 0))
        var findings: [Finding] = []
        let owned = context.ownedTargets(in: plan)
        // By index: a target is read in place, not copied out of the list (most have no parts).
        for k in owned.indices {
            if let f = mismatch(value: owned[k].target.value, parts: owned[k].target.parts, tolerance: tolerance) {
                findings.append(Finding(rule: id, arguments: arguments(owned[k], f), source: owned[k].source("parts"),
                                        subject: owned[k].subject))
            }
            if let b = owned[k].target.baseline, let f = mismatch(value: b.value, parts: b.parts, tolerance: tolerance) {
                findings.append(Finding(rule: id, message: "baseline", arguments: arguments(owned[k], f),
                                        source: b.fields.of("parts", or: b.source), subject: owned[k].subject))
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

    private static func arguments(_ o: OwnedTarget, _ m: Mismatch) -> [String: String] {
        ["metric": o.metric, "unit": o.unit, "value": NumberFormat.plain(m.value), "sum": NumberFormat.plain(m.sum),
         "terms": m.terms.map { NumberFormat.plain($0) }.joined(separator: " + ")]
    }
}
