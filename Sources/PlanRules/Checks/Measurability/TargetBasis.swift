import PlanModel
import PlanText

/// `target-basis`: every KPI target says how its value is meant (yearly, cumulative, …).
/// When the KPI text states the target's number with a word that tells (年10件, 10件（累計）),
/// the message suggests the basis those words give.
enum TargetBasis: PlanCheck {
    enum Message: RuleMessage {
        /// No basis, and the text says nothing about one.
        case missing(metric: String)
        /// No basis; the text's words around `quantity` give `basis`.
        case suggest(metric: String, quantity: String, basis: Basis)

        static let rule = "target-basis"
        var key: String {
            switch self {
            case .missing: "default"
            case .suggest: "suggest"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .missing(let metric): ["metric": metric]
            case .suggest(let metric, let quantity, let basis): ["metric": metric, "quantity": quantity, "basis": basis.rawValue]
            }
        }
        static let everyCase: [Self] = [.missing(metric: ""), .suggest(metric: "", quantity: "", basis: .annual)]
    }
    static let readsQuantities = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        plan.kpis.enumerated().flatMap { kpiIndex, kpi -> [Finding] in
            // The text is read only for a KPI with a target that lacks a basis.
            guard kpi.targets.contains(where: { $0.basis == nil }) else { return [] }
            let quantities = context.quantities(of: kpi, at: kpiIndex)
            return kpi.targets.enumerated().compactMap { index, target -> Finding? in
                guard target.basis == nil else { return nil }
                let metric = TargetView.name(target, owner: kpi.id, index: index)
                let message: Message = suggestion(for: target, in: quantities)
                    .map { .suggest(metric: metric, quantity: $0.0.text, basis: $0.1) } ?? .missing(metric: metric)
                return finding(message, at: target.source, subject: Subject.target(kpi, target, index))
            }
        }
    }

    /// The basis the text's words give the target's number, when every mention of it agrees.
    static func suggestion(for target: Target, in quantities: [Quantity]) -> (Quantity, Basis)? {
        guard let value = target.value else { return nil }
        let amount = Amount(value, target.unit)
        let readings = quantities.filter { amount.matches(Amount($0.value, $0.unit), tolerance: 0) }
            .compactMap { q in basis(of: q).map { (q, $0) } }
        guard let first = readings.first, readings.allSatisfy({ $0.1 == first.1 }) else { return nil }
        return first
    }

    /// What a number's words say: 年, 毎年 (also 年延べ) annual; 累計, 延べ cumulative. A year
    /// alone suggests nothing: 30件（2021年度まで） is cumulative, 755件（2022年度） a level.
    static func basis(of q: Quantity) -> Basis? {
        if q.qualifiers.contains(.annual) { return .annual }
        if q.qualifiers.contains(.cumulative) { return .cumulative }
        return nil
    }
}
