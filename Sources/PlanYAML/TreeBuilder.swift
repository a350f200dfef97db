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

    /// A collection that has started and not yet ended. Its children so far are the end
    /// of `pending`, from `first` on (keys and values alternate for a mapping).
    private struct Frame {
        var isMapping: Bool
        var tag: Int32
        var anchor: String?
        var start: Mark
        var first: Int
        /// The keys seen so far, once the mapping is too large for a linear search
        /// (most mappings have a handful of keys: comparing them is cheaper than hashing).
        var seenKeys: [String: Mark]?
        /// The subtree so far (for the alias-expansion bounds).
        var weight = Weight(nodes: 1, bytes: 0)
    }

    private let limits: LoadLimits
    private(set) var storage = TreeStorage()
    private var stack: [Frame] = []
    /// The children of the open collections, innermost last.
    private var pending: [Int] = []
    private var anchors: [String: (node: Int, weight: Weight)] = [:]
    private var aliased = Weight()
    private var documents = 0
    /// The root of every document, in order (a plan has one; the YAML test suite has more).
    private(set) var roots: [Int] = []
    private var issues: [YAMLIssue] = []
    /// Repeated keys past `maxDiagnostics`: counted, not kept (a file of a million
    /// repeated keys would otherwise hold a million issues).
    private var suppressed = 0
    private var firstSuppressed: SourceRange?
    /// Set once a problem makes further events meaningless.
    private(set) var stopped = false

    init(limits: LoadLimits, textCapacity: Int = 0) {
        self.limits = limits
        storage.text.reserveCapacity(textCapacity)
        // Roughly one node per 12 bytes of a plan.
        storage.entries.reserveCapacity(textCapacity / 12)
        storage.children.reserveCapacity(textCapacity / 12)
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

    mutating func scalar(_ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle, tag: String?, anchor: String?,
                         range: SourceRange) {
        let node = storage.appendScalar(bytes, style: style, tag: storage.tagIndex(tag), range: range)
        let weight = Weight(nodes: 1, bytes: bytes.count)
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
        stack.append(Frame(isMapping: isMapping, tag: storage.tagIndex(tag), anchor: anchor, start: range.start,
                           first: pending.count))
    }

    mutating func endCollection(at end: Mark) {
        guard let frame = stack.popLast() else { return }
        let range = SourceRange(start: frame.start, end: end)
        let node = storage.appendCollection(mapping: frame.isMapping, items: pending[frame.first...], tag: frame.tag,
                                            range: range)
        pending.removeSubrange(frame.first...)
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
        // The same node with the alias's range: its children (and text) are shared.
        var entry = storage.entries[anchored]
        entry.range = range
        storage.entries.append(entry)
        add(storage.entries.count - 1, weight: weight)
    }

    /// Records a problem that ends loading.
    mutating func fail(_ issue: YAMLIssue) {
        issues.append(issue)
        stopped = true
    }

    /// The document and its problems. A run that stopped early, or found more than one
    /// document, keeps no tree: only repeated keys leave the tree usable.
    func finish() -> (document: YAMLDocument, tree: YAMLTree) {
        let failed = issues.contains { $0.kind != .duplicateKey }
        let tree = storage.freeze()
        var document = YAMLDocument(root: failed ? nil : roots.first.map(tree.node), issues: issues)
        document.suppressedIssues = suppressed
        document.firstSuppressedIssue = firstSuppressed
        return (document, tree)
    }

    private mutating func add(_ node: Int, weight: Weight) {
        guard !stack.isEmpty else {
            roots.append(node)
            return
        }
        let top = stack.count - 1
        stack[top].weight = stack[top].weight + weight
        if stack[top].isMapping && (pending.count - stack[top].first) % 2 == 0 {
            checkRepeated(key: node, in: top)
        }
        pending.append(node)
    }

    /// Mappings with more keys than this index their keys in a dictionary.
    private static let linearKeySearchLimit = 16

    /// Whether the scalar nodes `a` and `b` have the same text (as their Strings compare).
    private func sameText(_ a: YAMLTree.Entry, _ b: YAMLTree.Entry) -> Bool {
        storage.text.withUnsafeBufferPointer { text in
            let x = UnsafeBufferPointer(rebasing: text[a.start ..< a.start + a.count])
            let y = UnsafeBufferPointer(rebasing: text[b.start ..< b.start + b.count])
            if x.count == y.count && memcmpEqual(x, y) { return true }
            if isASCII(x) && isASCII(y) { return false }
            return String(decoding: x, as: UTF8.self) == String(decoding: y, as: UTF8.self)
        }
    }

    private func string(_ e: YAMLTree.Entry) -> String {
        storage.text.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[e.start ..< e.start + e.count]), as: UTF8.self)
        }
    }

    private mutating func checkRepeated(key: Int, in index: Int) {
        let entry = storage.entries[key]
        guard entry.kind == .scalar else { return }
        if let first = firstMark(of: entry, in: index) {
            guard issues.count < limits.maxDiagnostics else {
                suppressed += 1
                if firstSuppressed == nil { firstSuppressed = entry.range }
                return
            }
            let text = string(entry)
            issues.append(YAMLIssue(
                kind: .duplicateKey,
                message: "the key '\(text)' is repeated (first at line \(first.line), column \(first.column))",
                range: entry.range, related: first, subject: text))
        } else if stack[index].seenKeys != nil {
            let text = string(entry)
            stack[index].seenKeys?[text] = entry.range.start
        }
    }

    /// Where a key with the text of `key` first appeared in the mapping at `index`, if it
    /// did. Searches the entries while they are few; past the limit, builds the dictionary once.
    private mutating func firstMark(of key: YAMLTree.Entry, in index: Int) -> Mark? {
        if let seen = stack[index].seenKeys { return seen[string(key)] }
        let first = stack[index].first
        let pairs = (pending.count - first) / 2
        if pairs <= Self.linearKeySearchLimit {
            var i = first
            while i < pending.count {
                let k = storage.entries[pending[i]]
                if k.kind == .scalar, sameText(k, key) { return k.range.start }
                i += 2
            }
            return nil
        }
        var seen: [String: Mark] = [:]
        var i = first
        while i < pending.count {
            let k = storage.entries[pending[i]]
            if k.kind == .scalar {
                let text = string(k)
                if seen[text] == nil { seen[text] = k.range.start }
            }
            i += 2
        }
        stack[index].seenKeys = seen
        return seen[string(key)]
    }
}

extension Int {
    /// `self + other`, held at `Int.max` instead of trapping on overflow.
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
