import PlanModel

/// The set of rules in force: the shipped ones (compiled in from `Rules/` at build time),
/// with extra or overriding rule files from `--rules` directories on top.
public struct Catalogue: Sendable {
    public private(set) var rules: [String: RuleSpec] = [:]

    /// Rules sorted by category order, then id. Only (rank, id) keys are sorted, each rank
    /// looked up once (every run's report header asks for this order).
    public var sorted: [RuleSpec] {
        rules.values
            .map { (category: $0.category, id: $0.id) }
            .sorted { $0.category == $1.category ? $0.id < $1.id : $0.category < $1.category }
            .compactMap { rules[$0.id] }
    }

    public init() {}

    /// The shipped catalogue: the rules `embed-rules` read from `Rules/*.yaml` when planlint
    /// was built and compiled in as values, so no rule file is parsed at run time.
    /// Without `examples` the rules come without their examples: a lint run needs rules and
    /// messages only, and the examples (about half of the catalogue) are then not built.
    /// It cannot fail: a broken rule file fails the build instead.
    public static func shipped(examples: Bool = true) -> Catalogue {
        var catalogue = Catalogue()
        for spec in embeddedRuleSpecs(examples: examples) { catalogue.rules[spec.id] = spec }
        return catalogue
    }

    /// The shipped catalogue without examples, built once per process: what a lint run
    /// starts from, and where checks and `--rules` override checks find the defaults.
    public static let compiled = shipped(examples: false)

    /// Adds (or replaces, by id) rules from files given as (path, text), read with
    /// `RuleFileReader` (`--rules` directories).
    public mutating func add(files: [(path: String, text: String)], examples: Bool = true) throws {
        for (path, text) in files {
            let spec = try RuleFileReader.read(text: text, origin: path, examples: examples)
            try RuleFileReader.checkFileName(of: spec, path: path)
            try Self.checkContract(of: spec)
            rules[spec.id] = spec
        }
    }

    public subscript(id: String) -> RuleSpec? { rules[id] }

    /// The message of a finding in a language, with its placeholders filled in.
    /// Falls back to the `default` template, then to the rule's title.
    public func message(for finding: Finding, in language: Language) -> String {
        guard let spec = rules[finding.rule] else { return finding.rule }
        return Template.word(spec.template(for: finding.message)[language], with: finding.arguments, in: language)
    }
}

extension RuleSpec {
    /// The template of message key `key`: its own, else the rule's `default`, else its title.
    func template(for key: String) -> LocalizedText {
        messages[key] ?? messages["default"] ?? title
    }
}

extension Catalogue {
    /// A rule file from `--rules` that replaces a rule with Swift behind it must keep that
    /// rule's contract (see ``contractProblems(of:exact:)``). A new rule with no check is
    /// documentation only, and is free.
    static func checkContract(of spec: RuleSpec) throws {
        if let problem = contractProblems(of: spec, exact: false).first {
            throw SetupError(file: spec.origin, message: problem)
        }
    }

    /// How `spec` breaks the contract of the Swift behind its rule, one sentence each:
    /// a message the code emits with no template, a placeholder the code gives no value for,
    /// a parameter the check reads that the file does not declare with the same kind; with
    /// `exact` (the shipped rules), also a template or a parameter the code never uses.
    /// Empty for a rule with no Swift behind it.
    static func contractProblems(of spec: RuleSpec, exact: Bool) -> [String] {
        guard let type = Registry.messageTypes[spec.id] else { return [] }
        return contractProblems(of: spec, messages: type, parameters: Registry.parameters[spec.id] ?? [], exact: exact)
    }

    /// ``contractProblems(of:exact:)`` for a given message type and parameter list.
    static func contractProblems(of spec: RuleSpec, messages type: any RuleMessage.Type, parameters declared: [AnyParam],
                                 exact: Bool = true) -> [String] {
        var problems: [String] = []
        let cases = type.everyCaseErased
        for message in cases {
            guard let text = spec.messages[message.key] else {
                problems.append("rule '\(spec.id)': the code emits message '\(message.key)', which has no template")
                continue
            }
            for (language, template) in [("ja", text.ja), ("en", text.en)] {
                for name in Template.placeholders(in: template).subtracting(message.arguments.keys).sorted() {
                    problems.append("rule '\(spec.id)': message '\(message.key)' (\(language)) uses {\(name)}, "
                        + "which the code does not give")
                }
            }
        }
        if let help = spec.help {
            // A help line is shown as written, under each diagnostic: one line in each language.
            for (language, text) in [("ja", help.ja), ("en", help.en)] {
                if text.allSatisfy(\.isWhitespace) {
                    problems.append("rule '\(spec.id)': help (\(language)) is empty")
                } else if text.contains(where: \.isNewline) {
                    problems.append("rule '\(spec.id)': help (\(language)) is more than one line")
                }
            }
        }
        for param in declared where spec.params[param.name]?.kind != param.kind {
            problems.append("rule '\(spec.id)': the check reads parameter '\(param.name)' of kind \(param.kind.rawValue), "
                + "which the file does not declare so")
        }
        if exact {
            let emitted = Set(cases.map(\.key))
            for key in spec.messages.keys.sorted() where !emitted.contains(key) {
                problems.append("rule '\(spec.id)': template '\(key)' has no case in the code")
            }
            let read = Set(declared.map(\.name))
            for name in spec.params.keys.sorted() where !read.contains(name) {
                problems.append("rule '\(spec.id)': parameter '\(name)' is read by no check")
            }
        }
        return problems
    }
}

extension RuleMessage {
    /// ``everyCase`` as existentials, for code that holds message types as `any RuleMessage.Type`.
    static var everyCaseErased: [any RuleMessage] { everyCase }
}
