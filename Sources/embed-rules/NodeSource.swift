import PlanYAML

/// A `Node` as a Swift expression that rebuilds it exactly: kind, scalar value and style,
/// tag, and the source range it was read from (for a rule parameter's default value).
enum NodeSource {
    static func node(_ node: Node) -> String {
        let kind: String
        switch node.kind {
        case .scalar(let s):
            kind = "Node.Kind.scalar(Scalar(\(StringLiteral.of(s.value)), style: \(style(s.style))))"
        case .sequence(let items):
            kind = "Node.Kind.sequence([" + items.map(Self.node).joined(separator: ", ") + "])"
        case .mapping(let pairs):
            kind = "Node.Kind.mapping(["
                + pairs.map { "Pair(key: \(Self.node($0.key)), value: \(Self.node($0.value)))" }.joined(separator: ", ")
                + "])"
        }
        let tag = node.tag.map(StringLiteral.of) ?? "nil"
        return "Node(\(kind), tag: \(tag), range: \(range(node.range)))"
    }

    private static func style(_ style: ScalarStyle) -> String {
        switch style {
        case .plain: return "ScalarStyle.plain"
        case .singleQuoted: return "ScalarStyle.singleQuoted"
        case .doubleQuoted: return "ScalarStyle.doubleQuoted"
        case .literal: return "ScalarStyle.literal"
        case .folded: return "ScalarStyle.folded"
        }
    }

    private static func range(_ range: SourceRange) -> String {
        "SourceRange(start: \(mark(range.start)), end: \(mark(range.end)))"
    }

    private static func mark(_ mark: Mark) -> String {
        "Mark(line: \(mark.line), column: \(mark.column), offset: \(mark.offset))"
    }
}
