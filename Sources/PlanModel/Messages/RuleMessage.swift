/// The typed message of one rule: which of the rule file's message templates a finding
/// uses, with the values of that template's `{placeholders}`.
///
/// Every rule declares its messages as one type conforming to this protocol (an enum whose
/// cases carry the placeholder values as associated values), so a check cannot name a
/// message key or a placeholder as a loose string: it builds a case, and the case yields
/// the key and the arguments. `RuleContractTests` holds every case to the templates of
/// `Rules/<id>.yaml` in both languages, and every template to a case.
public protocol RuleMessage: Sendable {
    /// The rule id, matching `Rules/<id>.yaml`.
    static var rule: String { get }
    /// The message key in the rule file's `messages` (`default` and others).
    var key: String { get }
    /// The values of the template's placeholders (it may hold more, e.g. a suggestion a
    /// setup error shows; it must hold every placeholder).
    var arguments: [String: String] { get }
    /// One value of every case (arguments left blank), so that the contract test can
    /// reach each case without a plan that triggers it.
    static var everyCase: [Self] { get }
}

extension Finding {
    /// A finding of `message`'s rule, with its key and arguments.
    public init<M: RuleMessage>(_ message: M, source: Source, subject: String? = nil) {
        self.init(rule: M.rule, message: message.key, arguments: message.arguments, source: source, subject: subject)
    }
}

extension DecodeContext {
    /// Records a finding of `message` at `source`.
    public func report<M: RuleMessage>(_ message: M, at source: Source, subject: String? = nil) {
        append(Finding(message, source: source, subject: subject))
    }
}

/// The rules whose findings come from loading and decoding a plan rather than from a
/// check: their message types, so that the rule ids are not written out elsewhere.
public enum StructureMessages {
    public static let all: [any RuleMessage.Type] = [
        YAMLSyntax.self, YAMLEncoding.self, YAMLDuplicateKey.self, YAMLLimit.self, SchemaUnknownKey.self, SchemaType.self,
        SchemaRequired.self, DuplicateID.self, PrefectureCode.self, FormatVersion.self,
    ]
}
