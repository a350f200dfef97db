import PlanModel

/// What wording a finding of one rule needs in one run, worked out once per engine rather
/// than once per diagnostic: the rule's category, its severities under the configuration,
/// and its message templates in the run's language. Gives the same severity as
/// `Configuration.severity(of:message:)` and the same text as `Catalogue.message(for:in:)`
/// (both word a message with `Template.word`).
struct RuleWording: Sendable {
    let category: RuleCategory
    /// The severity of messages without a severity of their own (nil: the rule is off).
    private let severity: Severity?
    /// The severity of each message that has one in the rule file, under the configuration.
    private let messageSeverities: [String: Severity?]
    /// The templates by message key, in the run's language.
    private let templates: [String: String]
    /// The template of a message key the rule lacks (`RuleSpec.template(for:)`).
    private let fallback: String
    private let language: Language
    /// The rule's one-line fix hint in the run's language.
    let help: String?

    init(_ spec: RuleSpec, configuration: Configuration, language: Language) {
        category = spec.category
        severity = configuration.severity(of: spec)
        var severities: [String: Severity?] = [:]
        for key in spec.messageSeverities.keys { severities[key] = configuration.severity(of: spec, message: key) }
        messageSeverities = severities
        templates = spec.messages.mapValues { $0[language] }
        fallback = spec.template(for: "default")[language]
        self.language = language
        help = spec.help?[language]
    }

    /// The severity of a finding with message key `message` (nil: not reported).
    func severity(of message: String) -> Severity? {
        if let set = messageSeverities[message] { return set }
        return severity
    }

    /// The finding's message with its placeholders filled in.
    func message(for finding: Finding) -> String {
        Template.word(templates[finding.message] ?? fallback, with: finding.arguments, in: language)
    }
}
