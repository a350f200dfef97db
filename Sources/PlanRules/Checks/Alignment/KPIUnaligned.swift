import PlanModel

/// `kpi-unaligned`: every KPI names at least one vision goal it supports.
///
/// Only an empty `supports` list is reported here; a list whose references do not resolve
/// is `link-unresolved`'s business, so one typo is not reported twice.
enum KPIUnaligned: PlanCheck {
    enum Message: RuleMessage {
        /// Nothing to suggest.
        case none(kpi: String)
        /// The goals whose words the KPI text shares most.
        case suggest(kpi: String, goals: [String])

        static let rule = "kpi-unaligned"
        var key: String {
            switch self {
            case .none: "default"
            case .suggest: "suggest"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .none(let kpi): ["kpi": kpi]
            case .suggest(let kpi, let goals): ["kpi": kpi, "goals": goals.joined(separator: ", ")]
            }
        }
        static let everyCase: [Self] = [.none(kpi: ""), .suggest(kpi: "", goals: [])]
    }

    /// How many content bigrams a goal must share with a KPI text to be suggested: enough
    /// that the overlap is more than the 企業・支援・知財 every plan shares (on the 47 plans,
    /// the goals suggested share 16 and 19; the closest unrelated one 7).
    static let suggestionThreshold = 10

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        let unaligned = plan.kpis.filter { $0.supports.isEmpty }
        guard !unaligned.isEmpty else { return [] }
        let goals = plan.visions.flatMap { v in v.goals.map { (Subject.goal(v, $0), ContentWords($0.heading, $0.text)) } }
        return unaligned.map { kpi in
            let words = ContentWords(kpi.text)
            let scored = goals.map { (reference: $0.0, shared: words.shared(with: $0.1)) }
            let best = scored.map(\.shared).max() ?? 0
            let suggested = scored.filter { $0.shared >= max(suggestionThreshold, best / 2 + 1) }
                .sorted { $0.shared > $1.shared }.prefix(2).map(\.reference)
            let message: Message = suggested.isEmpty ? .none(kpi: kpi.id) : .suggest(kpi: kpi.id, goals: suggested)
            return finding(message, at: kpi.fields.of("supports", or: kpi.source), subject: kpi.id)
        }
    }
}
