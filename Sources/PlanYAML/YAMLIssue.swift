/// A problem found while loading YAML: a syntax error reported by libyaml, or a check
/// that libyaml does not make (repeated keys, limits, several documents).
public struct YAMLIssue: Error, Sendable, Hashable {
    /// What kind of problem it is. Each kind maps to one public rule id.
    public enum Kind: String, Sendable, Hashable {
        /// libyaml rejected the text (also encoding errors and control characters).
        case syntax = "yaml-syntax"
        /// A mapping repeats a key; `related` is where the key first appeared.
        case duplicateKey = "yaml-duplicate-key"
        /// A configured limit was exceeded (aliases, depth, size, scalar length).
        case limit = "yaml-limit"
        /// The stream holds more than one document.
        case multipleDocuments = "yaml-multiple-documents"
    }

    public var kind: Kind
    /// What went wrong, in English (libyaml's own problem text for syntax errors).
    public var message: String
    /// For a syntax error, libyaml's context ("while parsing a block mapping"), if any.
    public var context: String?
    public var range: SourceRange
    /// A second position that explains the first: the earlier key of a duplicate.
    public var related: Mark?
    /// The repeated key, for duplicates; the name of the limit, for limits.
    public var subject: String?
    /// For a syntax error, the typing mistake behind it when one is recognised; `range`
    /// is then the culprit's position (see ``YAMLMistake``).
    public var mistake: YAMLMistake?

    public init(kind: Kind, message: String, context: String? = nil, range: SourceRange,
                related: Mark? = nil, subject: String? = nil) {
        self.kind = kind
        self.message = message
        self.context = context
        self.range = range
        self.related = related
        self.subject = subject
    }
}
