import PlanYAML

/// `yaml-syntax`: the text is not YAML that the loader can read.
public enum YAMLSyntax: RuleMessage {
    /// What kind of libyaml problem it is, as its messages explain it in plain words
    /// before quoting libyaml (whose words are English jargon).
    public enum Problem: String, CaseIterable, Sendable {
        case other = "default"
        /// `mapping values are not allowed in this context`: a `: ` where no key can start.
        case unexpectedColon = "unexpected-colon"
        /// `could not find expected ':'`: a line that is neither a key nor a continuation.
        case missingColon = "missing-colon"
        /// Lines that do not line up (`did not find expected key`, `… '-' indicator`, …).
        case indentation
        /// An unclosed bracket or quote (`did not find expected ',' or '}'`, end of stream).
        case unclosed
        /// A character that cannot be there (`found character that cannot start any token`).
        case character
        /// Bytes that are not UTF-8, or control characters (libyaml's reader errors). Text in
        /// another encoding never gets here (`PlanFileText` converts it, or `encoding` names
        /// the first byte no encoding reads); what remains is a cut character or a control one.
        case invalidBytes = "invalid-bytes"

        /// The kind of libyaml's `problem` (without its context).
        public init(libyaml problem: String) {
            func has(_ s: String) -> Bool { problem.contains(s) }
            if has("mapping values are not allowed") {
                self = .unexpectedColon
            } else if has("could not find expected ':'") {
                self = .missingColon
            } else if has("did not find expected key") || has("expected '-' indicator")
                        || has("block sequence entries are not allowed") || has("violates indentation")
                        || has("did not find expected <document start>") {
                self = .indentation
            } else if has("did not find expected ','") || has("unexpected end of stream")
                        || has("unexpected document indicator") || has("did not find expected node content")
                        || has("found unexpected end") {
                self = .unclosed
            } else if has("cannot start any token") || has("unknown escape character") || has("tag")
                        || has("did not find expected whitespace") || has("found undefined") {
                self = .character
            } else if has("UTF-8") || has("control characters") || has("Unicode") || has("UTF-16") {
                self = .invalidBytes
            } else {
                self = .other
            }
        }
    }

    /// libyaml's problem text (with its context, if any), explained by its kind.
    case problem(Problem, String)
    /// A typing mistake recognised at its culprit (a tab or full-width space in the
    /// indentation, a full-width colon, no space after a colon).
    case mistake(YAMLMistake)
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
        case .problem(let kind, _): kind.rawValue
        case .mistake(let m) where m.kind == .fullWidthSpace && !m.key.isEmpty: "full-width-space-after-colon"
        case .mistake(let m): m.kind.rawValue
        case .multipleDocuments: "multiple-documents"
        case .unreadable: "unreadable"
        case .encoding: "encoding"
        }
    }
    public var arguments: [String: String] {
        switch self {
        case .problem(_, let p), .unreadable(let p): ["problem": p]
        case .mistake(let m) where m.kind == .tab || (m.kind == .fullWidthSpace && m.key.isEmpty): [:]
        case .mistake(let m): ["key": m.key, "written": m.corrected]
        case .multipleDocuments: [:]
        case .encoding(let byte): ["byte": byte]
        }
    }
    public static let everyCase: [Self] = Problem.allCases.map { .problem($0, "") }
        + YAMLMistake.Kind.allCases.map { .mistake(YAMLMistake(kind: $0)) }
        + [.mistake(YAMLMistake(kind: .fullWidthSpace, key: "k")), .multipleDocuments, .unreadable(""), .encoding(byte: "")]
}

extension YAMLMistake {
    /// The key and value as they should be written: `value: 1000` (`kpis:` for no value).
    public var corrected: String {
        value.isEmpty ? key + ":" : key + ": " + value
    }
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
