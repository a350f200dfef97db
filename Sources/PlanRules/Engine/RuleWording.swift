import PlanModel

/// What wording a finding of one rule needs in one run, worked out once per engine rather
/// than once per diagnostic: the rule's category, its severities under the configuration,
/// and its message templates in the run's language, already cut at their placeholders.
/// Gives the same severity as `Configuration.severity(of:message:)` and the same text as
/// `Catalogue.message(for:in:)`.
struct RuleWording: Sendable {
    let category: String
    /// The severity of messages without a severity of their own (nil: the rule is off).
    private let severity: Severity?
    /// The severity of each message that has one in the rule file, under the configuration.
    private let messageSeverities: [String: Severity?]
    private let templates: [String: FillTemplate]
    /// The template of a message key the rule lacks: `default`, else the rule's title.
    private let fallback: FillTemplate
    private let language: Language

    init(_ spec: RuleSpec, configuration: Configuration, language: Language) {
        category = spec.category
        severity = configuration.severity(of: spec)
        var severities: [String: Severity?] = [:]
        for key in spec.messageSeverities.keys { severities[key] = configuration.severity(of: spec, message: key) }
        messageSeverities = severities
        templates = spec.messages.mapValues { FillTemplate($0[language]) }
        fallback = FillTemplate((spec.messages["default"] ?? spec.title)[language])
        self.language = language
    }

    /// The severity of a finding with message key `message` (nil: not reported).
    func severity(of message: String) -> Severity? {
        if let set = messageSeverities[message] { return set }
        return severity
    }

    /// The finding's message with its placeholders filled in.
    func message(for finding: Finding) -> String {
        let template = templates[finding.message] ?? fallback
        guard template.hasPlaceholders else { return template.text }
        guard language == .ja else { return template.fill(with: finding.arguments) }
        var arguments = finding.arguments
        // The scalar test first: it is cheap, and most values have no dash at all.
        for (key, value) in arguments where value.unicodeScalars.contains("\u{2013}") && value.contains("–") {
            arguments[key] = Template.japaneseRanges(value)
        }
        return template.fill(with: arguments)
    }
}

/// A message template cut once into literal text and `{name}` placeholders, filled as
/// `Template.fill` fills the whole template (a name without a value stays as written).
/// Literal parts are kept as UTF-8 bytes: a filled message is one byte buffer, made a String once.
struct FillTemplate: Sendable {
    enum Part: Sendable {
        case text([UInt8])
        /// A placeholder's name, and the placeholder as written (kept when there is no value).
        case placeholder(String, written: [UInt8])
    }

    let text: String
    let parts: [Part]
    /// Whether the template has a `{`: without one, `Template.fill` returns it as it is.
    let hasPlaceholders: Bool
    /// The bytes of the literal parts, a lower bound of a filled message's size.
    private let literalBytes: Int

    init(_ template: String) {
        text = template
        var bytes = template
        (parts, hasPlaceholders) = bytes.withUTF8 { t -> ([Part], Bool) in
            guard t.contains(UInt8(ascii: "{")) else { return ([], false) }
            var parts: [Part] = []
            var position = 0
            while let open = t[position...].firstIndex(of: UInt8(ascii: "{")) {
                if open > position { parts.append(.text(Array(t[position..<open]))) }
                guard let close = t[open...].firstIndex(of: UInt8(ascii: "}")) else {
                    position = open
                    break
                }
                let name = String(decoding: UnsafeBufferPointer(rebasing: t[(open + 1)..<close]), as: UTF8.self)
                parts.append(.placeholder(name, written: Array(t[open...close])))
                position = close + 1
            }
            if position < t.count { parts.append(.text(Array(t[position...]))) }
            return (parts, true)
        }
        literalBytes = parts.reduce(0) { total, part in
            if case .text(let bytes) = part { return total + bytes.count }
            return total
        }
    }

    /// The template with each placeholder replaced by its value in `values`.
    func fill(with values: [String: String]) -> String {
        guard hasPlaceholders else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(literalBytes + 96)
        for part in parts {
            switch part {
            case .text(let literal): out.append(contentsOf: literal)
            case .placeholder(let name, let written):
                guard var value = values[name] else {
                    out.append(contentsOf: written)
                    continue
                }
                value.withUTF8 { out.append(contentsOf: $0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
