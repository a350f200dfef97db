import PlanModel
import PlanText

/// `basis-text-mismatch`: a KPI target's basis agrees with what the KPI text's words say
/// about its number: 年60件 is annual, 60件（累計） cumulative. Only annual and cumulative
/// are compared, and only when every mention of the number in the text says the same.
enum BasisTextMismatch: PlanCheck {
    struct Message: RuleMessage {
        var metric: String
        var declared: Basis
        var stated: Basis
        /// The mention of the number in the text, as written.
        var quantity: String

        static let rule = "basis-text-mismatch"
        var key: String { "default" }
        var arguments: [String: String] {
            ["metric": metric, "declared": declared.rawValue, "stated": stated.rawValue, "quantity": quantity]
        }
        static let everyCase = [Self(metric: "", declared: .annual, stated: .cumulative, quantity: "")]
    }

    static let readsQuantities = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        var units = AmountUnits()
        var findings: [Finding] = []
        for (kpiIndex, kpi) in plan.kpis.enumerated() {
            // The text is read only for a KPI with an annual or cumulative target.
            guard kpi.targets.contains(where: { $0.basis == .annual || $0.basis == .cumulative }) else { continue }
            let quantities = context.quantities(of: kpi, at: kpiIndex)
            for (index, target) in kpi.targets.enumerated() {
                guard let declared = target.basis, declared == .annual || declared == .cumulative,
                      let (stated, mention) = TextReading(target, in: quantities, units: &units).basis, stated != declared
                else { continue }
                var found = finding(Message(metric: TargetView.name(target, owner: kpi.id, index: index),
                                            declared: declared, stated: stated, quantity: mention.text),
                                    at: target.fields.of("basis", or: target.source),
                                    subject: Subject.target(kpi, target, index))
                // The author wrote another basis, and the rule's own advice allows that the
                // text is what is wrong: unsafe.
                found.fix = FieldFix.set("basis", to: stated.rawValue, in: target.fields, owner: target.source,
                                         replaced: .unsafe, added: .unsafe)
                findings.append(found)
            }
        }
        return findings
    }

}
