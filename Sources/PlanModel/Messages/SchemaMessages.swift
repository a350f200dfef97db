/// `schema-unknown-key`: a key the mapping does not know.
public enum SchemaUnknownKey: RuleMessage {
    /// With the closest known key.
    case suggestion(key: String, suggestion: String)
    /// With every key the mapping knows, when none is close.
    case noSuggestion(key: String, known: [String])

    public static let rule = "schema-unknown-key"
    public var key: String {
        switch self {
        case .suggestion: "default"
        case .noSuggestion: "no-suggestion"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .suggestion(let key, let suggestion): ["key": key, "suggestion": suggestion]
        case .noSuggestion(let key, let known): ["key": key, "known": known.joined(separator: ", ")]
        }
    }
    public static let everyCase: [Self] = [.suggestion(key: "", suggestion: ""), .noSuggestion(key: "", known: [])]
}

/// `schema-type`: a value of the wrong kind at `field` (a JSON pointer).
public enum SchemaType: RuleMessage {
    /// What a field must be, as the message keys name it.
    public enum Expected: String, CaseIterable, Sendable {
        case mapping, sequence, string, number, integer, year, date, id, key, window
        case tooLarge = "too-large"
    }

    /// A value that is not of the expected kind.
    case mismatch(Expected, field: String, found: String)
    /// A word outside a fixed set, with the allowed words and the closest one.
    case notAllowed(field: String, found: String, allowed: [String], suggestion: String?)

    public static let rule = "schema-type"
    public var key: String {
        switch self {
        case .mismatch(let expected, _, _): expected.rawValue
        case .notAllowed: "enum"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .mismatch(_, let field, let found): ["field": field, "found": found]
        case .notAllowed(let field, let found, let allowed, let suggestion):
            ["field": field, "found": found, "allowed": allowed.joined(separator: ", "), "suggestion": suggestion ?? ""]
        }
    }
    public static let everyCase: [Self] = Expected.allCases.map { .mismatch($0, field: "", found: "") }
        + [.notAllowed(field: "", found: "", allowed: [], suggestion: nil)]
}

/// `schema-required`: a required key is missing, or a required value is empty.
public enum SchemaRequired: RuleMessage {
    /// `field` is missing from the mapping at `in`.
    case missing(field: String, in: String)
    /// The document is empty.
    case emptyDocument
    /// A waiver's reason (at `in`) is empty.
    case emptyReason(field: String, in: String)

    public static let rule = "schema-required"
    public var key: String {
        switch self {
        case .missing: "default"
        case .emptyDocument: "empty"
        case .emptyReason: "empty-reason"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .missing(let field, let parent), .emptyReason(let field, let parent): ["field": field, "in": parent]
        case .emptyDocument: [:]
        }
    }
    public static let everyCase: [Self] = [.missing(field: "", in: ""), .emptyDocument, .emptyReason(field: "", in: "")]
}

/// `duplicate-id`: an id repeated among siblings, first used on `line`.
public struct DuplicateID: RuleMessage {
    /// Which siblings repeat the id.
    public enum Kind: String, CaseIterable, Sendable {
        case kpi, vision, goal, target
    }

    public var kind: Kind
    public var id: String
    public var line: Int

    public init(_ kind: Kind, id: String, line: Int) {
        (self.kind, self.id, self.line) = (kind, id, line)
    }

    public static let rule = "duplicate-id"
    public var key: String { kind.rawValue }
    public var arguments: [String: String] { ["id": id, "line": String(line)] }
    public static let everyCase = Kind.allCases.map { Self($0, id: "", line: 0) }
}

/// `prefecture-code`: the prefecture's JIS code and name.
public enum PrefectureCode: RuleMessage {
    /// No prefecture has this code (1–47).
    case outOfRange(code: Int)
    /// The name is not that of the code's prefecture; `other` is the code the name has.
    case nameMismatch(code: Int, name: String, expected: String, other: Int?)

    public static let rule = "prefecture-code"
    public var key: String {
        switch self {
        case .outOfRange: "out-of-range"
        case .nameMismatch: "name-mismatch"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .outOfRange(let code): return ["code": String(code)]
        case .nameMismatch(let code, let name, let expected, let other):
            var args = ["code": String(code), "name": name, "expected": expected]
            if let other { args["other"] = String(other) }
            return args
        }
    }
    public static let everyCase: [Self] = [.outOfRange(code: 0), .nameMismatch(code: 0, name: "", expected: "", other: nil)]
}

/// `format-version`: the `planlint:` format version.
public enum FormatVersion: RuleMessage {
    case missing(supported: String)
    case unsupported(found: String, supported: String)

    public static let rule = "format-version"
    public var key: String {
        switch self {
        case .missing: "missing"
        case .unsupported: "unsupported"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .missing(let supported): ["supported": supported]
        case .unsupported(let found, let supported): ["found": found, "supported": supported]
        }
    }
    public static let everyCase: [Self] = [.missing(supported: ""), .unsupported(found: "", supported: "")]
}
