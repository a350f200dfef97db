/// Builds a node tree from parser events, one collection frame at a time.
///
/// Kept apart from libyaml so that the rules about anchors, repeated keys, depth and
/// several documents can be read (and tested) without C in the way.
struct TreeBuilder {
    /// A collection that has started and not yet ended.
    private struct Frame {
        var isMapping: Bool
        var tag: String?
        var anchor: String?
        var start: Mark
        var items: [Node] = []
        var pairs: [Pair] = []
        var pendingKey: Node?
        var seenKeys: [String: Mark] = [:]
        /// Nodes in this subtree so far (for the alias-expansion bound).
        var weight = 1
    }

    private let limits: LoadLimits
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, weight: Int)] = [:]
    private var aliasNodes = 0
    private var documents = 0
    private var root: Node?
    private var issues: [YAMLIssue] = []
    /// Set once a problem makes further events meaningless.
    private(set) var stopped = false

    init(limits: LoadLimits) {
        self.limits = limits
    }

    mutating func startDocument(_ range: SourceRange) {
        documents += 1
        if documents > 1 {
            fail(YAMLIssue(
                kind: .multipleDocuments,
                message: "the file holds more than one YAML document; a plan is exactly one document",
                range: range))
        }
    }

    mutating func scalar(_ scalar: Scalar, tag: String?, anchor: String?, range: SourceRange) {
        let node = Node(.scalar(scalar), tag: tag, range: range)
        if let anchor { anchors[anchor] = (node, 1) }
        add(node, weight: 1)
    }

    mutating func startCollection(isMapping: Bool, tag: String?, anchor: String?, range: SourceRange) {
        guard stack.count < limits.maxDepth else {
            fail(YAMLIssue(
                kind: .limit,
                message: "nesting deeper than the limit of \(limits.maxDepth) levels",
                range: range, subject: "max-depth"))
            return
        }
        stack.append(Frame(isMapping: isMapping, tag: tag, anchor: anchor, start: range.start))
    }

    mutating func endCollection(at end: Mark) {
        guard let frame = stack.popLast() else { return }
        let range = SourceRange(start: frame.start, end: end)
        let node = Node(frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), tag: frame.tag, range: range)
        if let anchor = frame.anchor { anchors[anchor] = (node, frame.weight) }
        add(node, weight: frame.weight)
    }

    mutating func alias(_ name: String, range: SourceRange) {
        guard let (anchored, weight) = anchors[name] else {
            fail(YAMLIssue(kind: .syntax, message: "found undefined alias '\(name)'", range: range))
            return
        }
        aliasNodes += weight
        guard aliasNodes <= limits.maxAliasNodes else {
            fail(YAMLIssue(
                kind: .limit,
                message: "aliases expand to more than \(limits.maxAliasNodes) nodes (an alias bomb?)",
                range: range, subject: "max-alias-nodes"))
            return
        }
        var node = anchored
        node.range = range
        add(node, weight: weight)
    }

    /// Records a problem that ends loading.
    mutating func fail(_ issue: YAMLIssue) {
        issues.append(issue)
        stopped = true
    }

    /// The document and its problems. A run that stopped early keeps no partial tree.
    mutating func finish() -> YAMLDocument {
        let failed = issues.contains { $0.kind != .duplicateKey }
        return YAMLDocument(root: failed ? nil : root, issues: issues)
    }

    private mutating func add(_ node: Node, weight: Int) {
        guard !stack.isEmpty else {
            if documents <= 1 { root = node }
            return
        }
        let top = stack.count - 1
        stack[top].weight += weight
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].pendingKey = nil
            stack[top].pairs.append(Pair(key: key, value: node))
        } else {
            checkRepeated(key: node, in: top)
            stack[top].pendingKey = node
        }
    }

    private mutating func checkRepeated(key: Node, in index: Int) {
        guard let text = key.scalar?.value else { return }
        if let first = stack[index].seenKeys[text] {
            issues.append(YAMLIssue(
                kind: .duplicateKey,
                message: "the key '\(text)' is repeated (first at line \(first.line), column \(first.column))",
                range: key.range, related: first, subject: text))
        } else {
            stack[index].seenKeys[text] = key.range.start
        }
    }
}
