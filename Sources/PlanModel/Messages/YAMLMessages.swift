/// `yaml-syntax`: the text is not YAML that the loader can read.
public enum YAMLSyntax: RuleMessage {
    /// libyaml's problem text (with its context, if any).
    case problem(String)
    /// The stream holds more than one document.
    case multipleDocuments
    /// The file could not be read at all (permissions, encoding, I/O).
    case unreadable(String)
    /// The bytes are neither UTF-8 nor any encoding planlint reads; `byte` is the first
    /// that is not UTF-8 (as `0x88`), at the finding's position.
    case encoding(byte: String)

    public static let rule = "yaml-syntax"
    public var key: String {
        switch self {
        case .problem: "default"
        case .multipleDocuments: "multiple-documents"
        case .unreadable: "unreadable"
        case .encoding: "encoding"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .problem(let p), .unreadable(let p): ["problem": p]
        case .multipleDocuments: [:]
        case .encoding(let byte): ["byte": byte]
        }
    }
    public static let everyCase: [Self] = [.problem(""), .multipleDocuments, .unreadable(""), .encoding(byte: "")]
}

/// `yaml-duplicate-key`: a mapping repeats a key (at `line`:`column` first).
public struct YAMLDuplicateKey: RuleMessage {
    public var key: String { "default" }
    public var name: String
    public var line: Int
    public var column: Int

    public init(name: String, line: Int, column: Int) {
        (self.name, self.line, self.column) = (name, line, column)
    }

    public static let rule = "yaml-duplicate-key"
    public var arguments: [String: String] { ["key": name, "line": String(line), "column": String(column)] }
    public static let everyCase = [Self(name: "", line: 0, column: 0)]
}

/// `yaml-limit`: a loader limit was exceeded (the key names the limit), or a file had more
/// diagnostics than `max-diagnostics` and the rest were left out.
public enum YAMLLimit: RuleMessage {
    /// The limits that stop loading, as `planlint.yaml`'s `limits:` names them.
    public enum Limit: String, CaseIterable, Sendable {
        case maxBytes = "max-bytes", maxDepth = "max-depth", maxAliasNodes = "max-alias-nodes"
        case maxAliasBytes = "max-alias-bytes", maxScalarBytes = "max-scalar-bytes"
    }

    /// A loading limit (nil: one the loader did not name) and what was exceeded, in English
    /// (the loader's words).
    case exceeded(Limit?, detail: String)
    /// `count` more diagnostics than the `limit` of `max-diagnostics` were left out.
    case diagnostics(count: Int, limit: Int)

    public init(_ limit: Limit?, detail: String) {
        self = .exceeded(limit, detail: detail)
    }

    public static let rule = "yaml-limit"
    public var key: String {
        switch self {
        case .exceeded(let limit, _): limit?.rawValue ?? "default"
        case .diagnostics: "max-diagnostics"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .exceeded(_, let detail): ["detail": detail]
        case .diagnostics(let count, let limit): ["count": String(count), "limit": String(limit)]
        }
    }
    public static let everyCase: [Self] = [.exceeded(nil, detail: ""), .diagnostics(count: 0, limit: 0)]
        + Limit.allCases.map { .exceeded($0, detail: "") }
}
