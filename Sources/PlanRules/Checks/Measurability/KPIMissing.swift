import PlanModel

/// `kpi-missing`: the plan commits to at least one KPI. A plan whose source gives only
/// prose (kept in `notes`) is reported with the start of that prose, so a reviewer sees why.
enum KPIMissing: PlanCheck {
    enum Message: RuleMessage {
        /// No KPI, and no prose either.
        case none
        /// No KPI; the plan's notes (their start) say why.
        case notes(String)

        static let rule = "kpi-missing"
        var key: String {
            switch self {
            case .none: "default"
            case .notes: "notes"
            }
        }
        var arguments: [String: String] {
            switch self {
            case .none: [:]
            case .notes(let notes): ["notes": notes]
            }
        }
        static let everyCase: [Self] = [.none, .notes("")]
    }

    /// How much of `notes` the message quotes.
    static let excerptLength = 40

    static func check(_ plan: Plan, _ context: CheckContext) -> [Finding] {
        guard plan.kpis.isEmpty else { return [] }
        let source = plan.fields.of("kpis", or: plan.source)
        let notes = (plan.notes ?? "").trimmingWhitespace
        guard !notes.isEmpty else { return [finding(.none, at: source)] }
        return [finding(.notes(excerpt(notes)), at: source)]
    }

    /// The first `excerptLength` characters of `text` on one line, with … when cut.
    static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > excerptLength ? String(line.prefix(excerptLength)) + "…" : line
    }
}

extension String {
    /// The string without leading and trailing whitespace (spaces, U+3000, line breaks).
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
