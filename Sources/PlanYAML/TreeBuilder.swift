/// Builds a node tree from parser events, one collection frame at a time.
///
/// Kept apart from libyaml so that the rules about anchors, repeated keys, depth and
/// several documents can be read (and tested) without C in the way.
struct TreeBuilder {
    /// What a subtree costs when an alias repeats it: its nodes and its scalar bytes.
    /// Sums saturate, so that no count can overflow however large the limits are set.
    struct Weight {
        var nodes = 0
        var bytes = 0

        static func + (a: Weight, b: Weight) -> Weight {
            Weight(nodes: a.nodes.addingSaturated(b.nodes), bytes: a.bytes.addingSaturated(b.bytes))
        }
    }

    /// A collection that has started and not yet ended.
    private struct Frame {
        var isMapping: Bool
        var tag: String?
        var anchor: String?
        var start: Mark
        var items: [Node] = []
        var pairs: [Pair] = []
        var pendingKey: Node?
        /// The keys seen so far, once the mapping is too large for a linear search
        /// (most mappings have a handful of keys: comparing them is cheaper than hashing).
        var seenKeys: [String: Mark]?
        /// The subtree so far (for the alias-expansion bounds).
        var weight = Weight(nodes: 1, bytes: 0)
    }

    private let limits: LoadLimits
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, weight: Weight)] = [:]
    private var aliased = Weight()
    private var documents = 0
    /// The root of every document, in order (a plan has one; the YAML test suite has more).
    private(set) var roots: [Node] = []
    private var issues: [YAMLIssue] = []
    /// Repeated keys past `maxDiagnostics`: counted, not kept (a file of a million
    /// repeated keys would otherwise hold a million issues).
    private var suppressed = 0
    private var firstSuppressed: SourceRange?
    /// Set once a problem makes further events meaningless.
    private(set) var stopped = false

    init(limits: LoadLimits) {
        self.limits = limits
    }

    /// A document starts. A second one is reported once; later documents are still
    /// parsed (so a syntax error in them is found) and built, each with its own anchors.
    mutating func startDocument(_ range: SourceRange) {
        documents += 1
        anchors = [:]
        if documents == 2 {
            issues.append(YAMLIssue(
                kind: .multipleDocuments,
                message: "the file holds more than one YAML document; a plan is exactly one document",
                range: range))
        }
    }

    mutating func scalar(_ scalar: Scalar, tag: String?, anchor: String?, range: SourceRange) {
        let node = Node(.scalar(scalar), tag: tag, range: range)
        let weight = Weight(nodes: 1, bytes: scalar.value.utf8.count)
        if let anchor { anchors[anchor] = (node, weight) }
        add(node, weight: weight)
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
            let recursive = stack.contains { $0.anchor == name }
            fail(YAMLIssue(
                kind: .syntax,
                message: recursive ? "found recursive alias '\(name)' (it refers to a node that contains it)"
                                   : "found undefined alias '\(name)'",
                range: range))
            return
        }
        aliased = aliased + weight
        guard aliased.nodes <= limits.maxAliasNodes else {
            fail(YAMLIssue(
                kind: .limit,
                message: "aliases expand to more than \(limits.maxAliasNodes) nodes (an alias bomb?)",
                range: range, subject: "max-alias-nodes"))
            return
        }
        guard aliased.bytes <= limits.maxAliasBytes else {
            fail(YAMLIssue(
                kind: .limit,
                message: "aliases expand to more than \(limits.maxAliasBytes) bytes of text (an alias bomb?)",
                range: range, subject: "max-alias-bytes"))
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

    /// The document and its problems. A run that stopped early, or found more than one
    /// document, keeps no tree: only repeated keys leave the tree usable.
    func finish() -> YAMLDocument {
        let failed = issues.contains { $0.kind != .duplicateKey }
        var document = YAMLDocument(root: failed ? nil : roots.first, issues: issues)
        document.suppressedIssues = suppressed
        document.firstSuppressedIssue = firstSuppressed
        return document
    }

    /// Takes `node` by value (consuming), so that moving it into its parent does not copy it.
    private mutating func add(_ node: consuming Node, weight: Weight) {
        guard !stack.isEmpty else {
            roots.append(node)
            return
        }
        let top = stack.count - 1
        stack[top].weight = stack[top].weight + weight
        if !stack[top].isMapping {
            if stack[top].items.isEmpty { stack[top].items.reserveCapacity(Self.initialCapacity) }
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey.take() {
            if stack[top].pairs.isEmpty { stack[top].pairs.reserveCapacity(Self.initialCapacity) }
            stack[top].pairs.append(Pair(key: key, value: node))
        } else {
            checkRepeated(key: node, in: top)
            stack[top].pendingKey = node
        }
    }

    /// Room made for a collection's first entries: a plan's mappings mostly have 2 to 8
    /// keys, and growing an array of nodes 1, 2, 4 copies it twice. Four, not eight:
    /// with eight, the unused room of small mappings raised the peak memory of a 13 MB
    /// stream from 149 to 182 MB for no measurable speed (callgrind, 200 plans: 516.4 M
    /// instructions with four, 516.9 M with eight, 522.1 M with none).
    private static let initialCapacity = 4

    /// Mappings with more keys than this index their keys in a dictionary.
    private static let linearKeySearchLimit = 16

    private mutating func checkRepeated(key: Node, in index: Int) {
        guard case .scalar(let scalar) = key.kind else { return }
        let text = scalar.value
        if let first = firstMark(of: text, in: index) {
            guard issues.count < limits.maxDiagnostics else {
                suppressed += 1
                if firstSuppressed == nil { firstSuppressed = key.range }
                return
            }
            issues.append(YAMLIssue(
                kind: .duplicateKey,
                message: "the key '\(text)' is repeated (first at line \(first.line), column \(first.column))",
                range: key.range, related: first, subject: text))
        } else if stack[index].seenKeys != nil {
            stack[index].seenKeys?[text] = key.range.start
        }
    }

    /// Where the key `text` first appeared in the mapping at `index`, if it did. Searches
    /// the entries while they are few; past the limit, builds the dictionary once.
    private mutating func firstMark(of text: String, in index: Int) -> Mark? {
        if let seen = stack[index].seenKeys { return seen[text] }
        let pairs = stack[index].pairs
        if pairs.count <= Self.linearKeySearchLimit {
            for pair in pairs {
                if case .scalar(let s) = pair.key.kind, s.value == text { return pair.key.range.start }
            }
            return nil
        }
        var seen: [String: Mark] = [:]
        for pair in pairs {
            if case .scalar(let s) = pair.key.kind, seen[s.value] == nil { seen[s.value] = pair.key.range.start }
        }
        stack[index].seenKeys = seen
        return seen[text]
    }
}

extension Int {
    /// `self + other`, held at `Int.max` instead of trapping on overflow.
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
