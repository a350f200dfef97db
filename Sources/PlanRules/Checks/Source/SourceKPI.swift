import PlanImport
import PlanModel

/// `source-kpi`: every bullet of the source's part (1) is a KPI of the plan: its words are
/// a KPI's text (or hold one), so no stated KPI is left out of the transcription.
enum SourceKPI: PlanCheck {
    enum Message: RuleMessage {
        case missing(line: Int, excerpt: String)

        static let rule = "source-kpi"
        var key: String { "default" }
        var arguments: [String: String] {
            switch self {
            case .missing(let line, let excerpt): ["line": String(line), "excerpt": excerpt]
            }
        }
        static let everyCase: [Self] = [.missing(line: 0, excerpt: "")]
    }

    static let readsSource = true

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard let document = context.source, let code = plan.prefecture?.code,
              let section = document.sections[code] else { return [] }
        let texts = plan.kpis.map { SourceDocument.squeeze($0.text) }.filter { !$0.isEmpty }
        return section.kpis.compactMap { bullet in
            let key = SourceDocument.squeeze(bullet.text)
            // A KPI whose text starts as the bullet does is its transcription; if its words
            // differ later, source-text says so (one finding for one slip, not two).
            guard !texts.contains(where: { $0.contains(key) || key.contains($0) || $0.prefix(12) == key.prefix(12) })
            else { return nil }
            return finding(.missing(line: bullet.line, excerpt: sourceExcerpt(bullet.text)),
                           at: plan.fields.of("kpis", or: plan.source))
        }
    }
}
