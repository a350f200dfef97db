import PlanModel
import PlanText

/// `target-missing`: every KPI lists the quantities it commits to. When the KPI text
/// itself names numbers with units, the message shows them: they are what to transcribe.
enum TargetMissing: PlanCheck {
    enum Message: RuleMessage {
        /// No targets, and no numbers in the text either.
        case none(kpi: String)
        /// No targets, though the text names these quantities.
        case textHasNumbers(kpi: String, quantities: [String])

        static let rule = "target-missing"
        var key: String {
            switch self {
            case .none: "default"
            case .textHasNumbers: "text-has-numbers"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .none(let kpi): ["kpi": kpi]
            case .textHasNumbers(let kpi, let quantities): ["kpi": kpi, "quantities": quantities.joined(separator: "、")]
            }
        }
        static let everyCase: [Self] = [.none(kpi: ""), .textHasNumbers(kpi: "", quantities: [])]
    }
    static let readsQuantities = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        plan.kpis.enumerated().compactMap { index, kpi in
            guard kpi.targets.isEmpty else { return nil }
            let source = kpi.fields.of("targets", or: kpi.source)
            let quantities = context.quantities(of: kpi, at: index).map(\.text)
            guard !quantities.isEmpty else { return finding(.none(kpi: kpi.id), at: source, subject: kpi.id) }
            return finding(.textHasNumbers(kpi: kpi.id, quantities: quantities), at: source, subject: kpi.id)
        }
    }
}
