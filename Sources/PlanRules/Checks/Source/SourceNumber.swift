import PlanImport
import PlanModel

/// `source-number`: every number a plan gives for a target (its value, per_year, baseline,
/// history and parts, of KPIs and goals) is written in the prefecture's section of the
/// source, as written or normalized (3割 = 30 %, 15億円 in yen). A number that is nowhere
/// in the source was invented or mistyped.
enum SourceNumber: PlanCheck {
    enum Message: RuleMessage {
        case missing(field: String, metric: String, amount: String)

        static let rule = "source-number"
        var key: String { "default" }
        var arguments: [String: String] {
            switch self {
            case .missing(let field, let metric, let amount): ["field": field, "metric": metric, "amount": amount]
            }
        }
        static let everyCase: [Self] = [.missing(field: "", metric: "", amount: "")]
    }

    static let readsSource = true
    static let readsTargets = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard let document = context.source, let code = plan.prefecture?.code,
              let section = document.sections[code] else { return [] }
        var out: [Finding] = []
        func look(_ value: Double?, _ field: String, _ item: TargetView, at source: Source) {
            guard let value, !section.numbers.contains(where: { abs($0 - value) <= 1e-9 * max(1, abs(value)) }) else { return }
            out.append(finding(.missing(field: field, metric: item.name, amount: NumberFormat.plain(value)),
                               at: source, subject: item.subject))
        }
        for item in context.targets(in: plan, goals: true) {
            let t = item.target
            look(t.value, "value", item, at: item.source("value"))
            look(t.perYear, "per_year", item, at: item.source("per_year"))
            if let b = t.baseline {
                look(b.value, "baseline", item, at: b.fields.of("value", or: b.source))
                for p in b.parts { look(p.value, "baseline", item, at: p.source) }
            }
            for h in t.history { look(h.value, "history", item, at: h.source) }
            for p in t.parts { look(p.value, "parts", item, at: p.source) }
        }
        return out
    }
}
