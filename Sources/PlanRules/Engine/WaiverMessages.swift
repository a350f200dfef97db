import PlanModel

/// `waiver-expired`: a waiver whose `until` date has passed waives nothing.
struct WaiverExpired: RuleMessage {
    var rule: String
    var until: CalendarDate

    static let rule = "waiver-expired"
    var key: String { "default" }
    var arguments: [String: String] { ["rule": rule, "until": until.description] }
    static let everyCase = [Self(rule: "", until: CalendarDate(year: 2000, month: 1, day: 1))]
}

/// `waiver-unused`: a waiver that matches no finding, or names no rule.
enum WaiverUnused: RuleMessage {
    /// The waiver's rule and `at` (nil: the whole plan) match no finding.
    case unmatched(rule: String, at: String?)
    /// The waiver names a rule that does not exist (with the closest rule id, if any).
    case unknownRule(rule: String, suggestion: String?)

    static let rule = "waiver-unused"
    var key: String {
        switch self {
        case .unmatched: "default"
        case .unknownRule(_, let suggestion): suggestion == nil ? "unknown-rule-no-suggestion" : "unknown-rule"
        }
    }
    var arguments: [String: String] {
        switch self {
        case .unmatched(let rule, let at): ["rule": rule, "at": at ?? "*"]
        case .unknownRule(let rule, let suggestion):
            suggestion.map { ["rule": rule, "suggestion": $0] } ?? ["rule": rule]
        }
    }
    static let everyCase: [Self] = [.unmatched(rule: "", at: nil), .unknownRule(rule: "", suggestion: ""),
                                    .unknownRule(rule: "", suggestion: nil)]
}
