/// `yaml-syntax`: the text is not YAML that the loader can read.
public enum YAMLSyntax: RuleMessage {
    /// libyaml's problem text (with its context, if any).
    case problem(String)
    /// The stream holds more than one document.
    case multipleDocuments
    /// The file could not be read at all (permissions, encoding, I/O).
    case unreadable(String)

    public static let rule = "yaml-syntax"
    public var key: String {
        switch self {
        case .problem: "default"
        case .multipleDocuments: "multiple-documents"
        case .unreadable: "unreadable"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .problem(let p), .unreadable(let p): ["problem": p]
        case .multipleDocuments: [:]
        }
    }
    public static let everyCase: [Self] = [.problem(""), .multipleDocuments, .unreadable("")]
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

/// `yaml-limit`: a loader limit was exceeded; the key names the limit.
public struct YAMLLimit: RuleMessage {
    /// The limits, as `planlint.yaml`'s `limits:` names them.
    public enum Limit: String, CaseIterable, Sendable {
        case maxBytes = "max-bytes", maxDepth = "max-depth", maxAliasNodes = "max-alias-nodes"
        case maxAliasBytes = "max-alias-bytes", maxScalarBytes = "max-scalar-bytes"
    }

    /// Which limit; nil for a limit the loader did not name.
    public var limit: Limit?
    /// What was exceeded, in English (the loader's words).
    public var detail: String

    public init(_ limit: Limit?, detail: String) {
        (self.limit, self.detail) = (limit, detail)
    }

    public static let rule = "yaml-limit"
    public var key: String { limit?.rawValue ?? "default" }
    public var arguments: [String: String] { ["detail": detail] }
    public static let everyCase = [Self(nil, detail: "")] + Limit.allCases.map { Self($0, detail: "") }
}
