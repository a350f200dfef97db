import PlanModel
import PlanText

/// `comparator-text-mismatch`: a KPI target's comparator agrees with what the KPI text's
/// words say about its number: 1,000件以上 is at-least, 年10回程度 about, 5件以下 at-most.
/// A target that leaves the comparator out (`exactly`) where the text states one is the
/// `omitted` message; a target whose comparator is another one is the default, an error.
/// Only read when every mention of the number in the text says the same.
enum ComparatorTextMismatch: PlanCheck {
    enum Message: RuleMessage {
        /// The target's comparator is not the one the text states.
        case contradicts(metric: String, declared: Comparator, stated: Comparator, quantity: String)
        /// The target has no comparator (exactly) where the text states one.
        case omitted(metric: String, stated: Comparator, quantity: String)

        static let rule = "comparator-text-mismatch"
        var key: String {
            switch self {
            case .contradicts: "default"
            case .omitted: "omitted"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .contradicts(let metric, let declared, let stated, let quantity):
                ["metric": metric, "declared": declared.rawValue, "stated": stated.rawValue, "quantity": quantity]
            case .omitted(let metric, let stated, let quantity):
                ["metric": metric, "stated": stated.rawValue, "quantity": quantity]
            }
        }
        static let everyCase: [Self] = [.contradicts(metric: "", declared: .atMost, stated: .atLeast, quantity: ""),
                                        .omitted(metric: "", stated: .atLeast, quantity: "")]
    }

    static let readsQuantities = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        var units = AmountUnits()
        var findings: [Finding] = []
        for (kpiIndex, kpi) in plan.kpis.enumerated() where kpi.targets.contains(where: { $0.value != nil }) {
            let quantities = context.quantities(of: kpi, at: kpiIndex)
            guard quantities.contains(where: { q in q.qualifiers.contains { Comparator(rawValue: $0.rawValue) != nil } })
            else { continue }
            for (index, target) in kpi.targets.enumerated() where target.basis != .milestone {
                guard let (stated, mention) = TextReading(target, in: quantities, units: &units).comparator,
                      stated != target.comparator else { continue }
                let metric = TargetView.name(target, owner: kpi.id, index: index)
                let message: Message = target.comparator == .exactly
                    ? .omitted(metric: metric, stated: stated, quantity: mention.text)
                    : .contradicts(metric: metric, declared: target.comparator, stated: stated, quantity: mention.text)
                var found = finding(message, at: target.fields.of("comparator", or: target.source),
                                    subject: Subject.target(kpi, target, index))
                // Adding the comparator the text states where the target has none only writes
                // down what the plan already says: safe. Replacing one the author wrote
                // (even `exactly`) overrules a choice: unsafe.
                found.fix = FieldFix.set("comparator", to: stated.rawValue, in: target.fields, owner: target.source,
                                         replaced: .unsafe, added: .safe)
                findings.append(found)
            }
        }
        return findings
    }
}
