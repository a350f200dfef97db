/// How a scalar was written. Kept so that the plan model can tell `no` from `"no"`
/// and decide itself what a plain scalar means; the loader never types a scalar.
public enum ScalarStyle: String, Sendable, Hashable {
    case plain
    case singleQuoted = "single-quoted"
    case doubleQuoted = "double-quoted"
    case literal
    case folded
}

/// A scalar exactly as written: its text (after YAML's own folding and escapes) and style.
public struct Scalar: Sendable, Hashable {
    public var value: String
    public var style: ScalarStyle

    public init(_ value: String, style: ScalarStyle = .plain) {
        self.value = value
        self.style = style
    }

    /// A plain scalar that YAML reads as null (`~`, `null`, or nothing at all).
    public var isNull: Bool {
        style == .plain && (value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL")
    }
}

/// One `key: value` entry of a mapping, in source order.
public struct Pair: Sendable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

/// A YAML node with the source range it came from and its tag.
///
/// Aliases are already resolved: an alias node is a copy of its anchored node (with the
/// anchor's range), so consumers never see an alias.
public struct Node: Sendable {
    /// What the node holds.
    public enum Kind: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    public var kind: Kind
    /// The tag as written (`!!str` is given in full: `tag:yaml.org,2002:str`), or nil.
    public var tag: String?
    public var range: SourceRange

    public init(_ kind: Kind, tag: String? = nil, range: SourceRange) {
        self.kind = kind
        self.tag = tag
        self.range = range
    }

    /// The scalar, when this node is one.
    public var scalar: Scalar? {
        if case .scalar(let s) = kind { return s }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The entries, when this node is a mapping.
    public var mapping: [Pair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The value of the first entry whose key is the scalar `key`, when this is a mapping.
    public subscript(key: String) -> Node? {
        guard case .mapping(let pairs) = kind else { return nil }
        return pairs.first { $0.key.scalar?.value == key }?.value
    }

    /// A short English name of the node's kind, for messages.
    public var kindName: String {
        switch kind {
        case .scalar(let s): return s.isNull ? "null" : "scalar"
        case .sequence: return "sequence"
        case .mapping: return "mapping"
        }
    }
}
