/// How a scalar was written. Kept so that the plan model can tell `no` from `"no"`
/// and decide itself what a plain scalar means; the loader never types a scalar.
public enum ScalarStyle: String, Sendable, Hashable {
    case plain
    case singleQuoted = "single-quoted"
    case doubleQuoted = "double-quoted"
    case literal
    case folded
}

/// The nodes of one loaded file, flat: every node in one array, a collection's children
/// as a range of one shared index array, and every scalar's text (after YAML's folding and
/// escapes) as a byte range of one shared text buffer.
///
/// Building a tree of Swift values (an enum per node, an array per collection, a String
/// per scalar) cost as much again as libyaml's parsing; this layout costs a few appends
/// per node, and a String is made only when a reader asks for a scalar's `value`.
/// `Node`, `Scalar`, `NodeList` and `PairList` are views of it (the tree and an index).
public final class YAMLTree: Sendable {
    struct Entry: Sendable {
        enum Kind: UInt8, Sendable { case scalar, sequence, mapping }
        var kind: Kind
        var style: ScalarStyle
        /// Index into `tags`, or -1.
        var tag: Int32
        /// A scalar: its first byte in `text`. A collection: its first child in `children`.
        var start: Int
        /// A scalar: its byte count. A sequence: its items. A mapping: its pairs (keys and
        /// values alternate in `children`, so it spans twice as many).
        var count: Int
        var range: SourceRange
    }

    let entries: [Entry]
    let children: [Int]
    let text: [UInt8]
    let tags: [String]

    init(entries: [Entry], children: [Int], text: [UInt8], tags: [String]) {
        self.entries = entries
        self.children = children
        self.text = text
        self.tags = tags
    }

    /// The node at `index` (for the loader's roots).
    func node(_ index: Int) -> Node { Node(tree: self, index: index) }

    /// The text of the scalar entry `e`, as a String.
    @inline(__always)
    func string(_ e: Entry) -> String {
        guard e.count > 0 else { return "" }
        return text.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[e.start ..< e.start + e.count]), as: UTF8.self)
        }
    }
}

/// A growing `YAMLTree`: what the loader appends to, and what builds a tree from nodes
/// put together in code (`Node(.sequence([…]), range: …)`, a rule parameter's default).
struct TreeStorage {
    var entries: [YAMLTree.Entry] = []
    var children: [Int] = []
    var text: [UInt8] = []
    var tags: [String] = []

    mutating func tagIndex(_ tag: String?) -> Int32 {
        guard let tag else { return -1 }
        tags.append(tag)
        return Int32(tags.count - 1)
    }

    mutating func appendScalar(_ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle, tag: Int32,
                               range: SourceRange) -> Int {
        let start = text.count
        text.append(contentsOf: bytes)
        entries.append(.init(kind: .scalar, style: style, tag: tag, start: start, count: bytes.count, range: range))
        return entries.count - 1
    }

    /// Appends a collection whose children (node indices; key, value, key, value… for a
    /// mapping) are `items`.
    mutating func appendCollection<C: Collection>(mapping: Bool, items: C, tag: Int32, range: SourceRange) -> Int
    where C.Element == Int {
        let start = children.count
        children.append(contentsOf: items)
        let n = children.count - start
        entries.append(.init(kind: mapping ? .mapping : .sequence, style: .plain, tag: tag, start: start,
                             count: mapping ? n / 2 : n, range: range))
        return entries.count - 1
    }

    /// Copies `node` and everything under it from its tree; returns its new index.
    mutating func copy(_ node: Node) -> Int {
        let e = node.entry
        let tag = tagIndex(node.tag)
        switch e.kind {
        case .scalar:
            return node.tree.text.withUnsafeBufferPointer {
                appendScalar(UnsafeBufferPointer(rebasing: $0[e.start ..< e.start + e.count]), style: e.style,
                             tag: tag, range: e.range)
            }
        case .sequence, .mapping:
            let span = e.kind == .mapping ? 2 * e.count : e.count
            let items = (0 ..< span).map { copy(Node(tree: node.tree, index: node.tree.children[e.start + $0])) }
            return appendCollection(mapping: e.kind == .mapping, items: items, tag: tag, range: e.range)
        }
    }

    func freeze() -> YAMLTree {
        YAMLTree(entries: entries, children: children, text: text, tags: tags)
    }
}

/// A scalar exactly as written: its text (after YAML's own folding and escapes) and style.
///
/// A view of a scalar node: `value` makes a String each time it is asked for, so a reader
/// that only compares or parses the text should use `utf8`, `withUTF8` or `hasValue`.
public struct Scalar: Sendable, Hashable {
    let tree: YAMLTree
    let index: Int

    init(tree: YAMLTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    public init(_ value: String, style: ScalarStyle = .plain) {
        var storage = TreeStorage()
        var value = value
        let index = value.withUTF8 { storage.appendScalar($0, style: style, tag: -1, range: SourceRange(at: .start)) }
        self.init(tree: storage.freeze(), index: index)
    }

    @inline(__always)
    var entry: YAMLTree.Entry { tree.entries[index] }

    /// The text, as a String (made on each call).
    public var value: String { tree.string(entry) }

    public var style: ScalarStyle { entry.style }

    /// The text's length in UTF-8 bytes.
    public var utf8Count: Int { entry.count }

    /// The text's UTF-8 bytes.
    public var utf8: ArraySlice<UInt8> {
        let e = entry
        return tree.text[e.start ..< e.start + e.count]
    }

    /// Calls `body` with the text's UTF-8 bytes (valid UTF-8: libyaml has checked them).
    @inline(__always)
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let e = entry
        return try tree.text.withUnsafeBufferPointer {
            try body(UnsafeBufferPointer(rebasing: $0[e.start ..< e.start + e.count]))
        }
    }

    /// Whether the text is `text`, as `value == text` answers it (canonical equivalence
    /// included), mostly without making a String: equal bytes are equal text, and two
    /// different ASCII texts are never canonically equivalent.
    public func hasValue(_ text: String) -> Bool {
        var text = text
        let answer: Bool? = text.withUTF8 { other in
            withUTF8 { mine in
                if mine.count == other.count && (mine.count == 0 || memcmpEqual(mine, other)) { return true }
                if isASCII(mine) && isASCII(other) { return false }
                return nil
            }
        }
        return answer ?? (value == text)
    }

    /// Whether the text's bytes are exactly `text`'s UTF-8 bytes (no canonical
    /// equivalence: for comparing with known ASCII words, where there is none).
    @inline(__always)
    public func hasBytes(of text: String) -> Bool {
        var text = text
        return text.withUTF8 { other in
            withUTF8 { mine in mine.count == other.count && memcmpEqual(mine, other) }
        }
    }

    /// Whether two scalars have the same text (as `a.value == b.value`).
    func hasSameText(as other: Scalar) -> Bool {
        let answer: Bool? = other.withUTF8 { theirs in
            withUTF8 { mine in
                if mine.count == theirs.count && (mine.count == 0 || memcmpEqual(mine, theirs)) { return true }
                if isASCII(mine) && isASCII(theirs) { return false }
                return nil
            }
        }
        return answer ?? (value == other.value)
    }

    /// A plain scalar that YAML reads as null (`~`, `null`, or nothing at all).
    public var isNull: Bool {
        let e = entry
        guard e.style == .plain, e.count <= 4 else { return false }
        return withUTF8 { b in
            switch b.count {
            case 0: return true
            case 1: return b[0] == UInt8(ascii: "~")
            case 4:
                return (b[0] == UInt8(ascii: "n") && b[1] == UInt8(ascii: "u") && b[2] == UInt8(ascii: "l") && b[3] == UInt8(ascii: "l"))
                    || (b[0] == UInt8(ascii: "N") && b[1] == UInt8(ascii: "u") && b[2] == UInt8(ascii: "l") && b[3] == UInt8(ascii: "l"))
                    || (b[0] == UInt8(ascii: "N") && b[1] == UInt8(ascii: "U") && b[2] == UInt8(ascii: "L") && b[3] == UInt8(ascii: "L"))
            default: return false
            }
        }
    }

    public static func == (a: Scalar, b: Scalar) -> Bool {
        a.style == b.style && a.hasSameText(as: b)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(style)
    }
}

@inline(__always)
func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = a.count
    while i < n {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}

@inline(__always)
func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in b where byte >= 0x80 { return false }
    return true
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

/// A sequence's items (a view of the tree).
public struct NodeList: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    let tree: YAMLTree
    let base: Int
    public let count: Int

    init(tree: YAMLTree, base: Int, count: Int) {
        self.tree = tree
        self.base = base
        self.count = count
    }

    /// Items put together in code (copied into a tree of their own).
    public init(_ nodes: [Node]) {
        var storage = TreeStorage()
        let items = nodes.map { storage.copy($0) }
        let base = storage.children.count
        storage.children.append(contentsOf: items)
        self.init(tree: storage.freeze(), base: base, count: items.count)
    }

    public init(arrayLiteral elements: Node...) {
        self.init(elements)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inline(__always)
    public subscript(position: Int) -> Node {
        precondition(position >= 0 && position < count, "NodeList index out of range")
        return Node(tree: tree, index: tree.children[base + position])
    }
}

/// A mapping's entries in source order (a view of the tree).
public struct PairList: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    let tree: YAMLTree
    let base: Int
    public let count: Int

    init(tree: YAMLTree, base: Int, count: Int) {
        self.tree = tree
        self.base = base
        self.count = count
    }

    /// Entries put together in code (copied into a tree of their own).
    public init(_ pairs: [Pair]) {
        var storage = TreeStorage()
        var items: [Int] = []
        for pair in pairs {
            items.append(storage.copy(pair.key))
            items.append(storage.copy(pair.value))
        }
        let base = storage.children.count
        storage.children.append(contentsOf: items)
        self.init(tree: storage.freeze(), base: base, count: pairs.count)
    }

    public init(arrayLiteral elements: Pair...) {
        self.init(elements)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inline(__always)
    public subscript(position: Int) -> Pair {
        precondition(position >= 0 && position < count, "PairList index out of range")
        let i = base + 2 * position
        return Pair(key: Node(tree: tree, index: tree.children[i]), value: Node(tree: tree, index: tree.children[i + 1]))
    }

    /// The key node of entry `position` (without making the value's view).
    @inline(__always)
    public func key(at position: Int) -> Node {
        Node(tree: tree, index: tree.children[base + 2 * position])
    }

    /// The value node of entry `position`.
    @inline(__always)
    public func value(at position: Int) -> Node {
        Node(tree: tree, index: tree.children[base + 2 * position + 1])
    }
}

/// A YAML node with the source range it came from and its tag: a view of one node of a
/// `YAMLTree` (copying it copies a reference and an index).
///
/// Aliases are already resolved: an alias node is a copy of its anchored node (with the
/// anchor's range), so consumers never see an alias.
public struct Node: Sendable {
    /// What the node holds.
    public enum Kind: Sendable {
        case scalar(Scalar)
        case sequence(NodeList)
        case mapping(PairList)
    }

    let tree: YAMLTree
    let index: Int

    init(tree: YAMLTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    /// A node put together in code (its children are copied into a tree of its own).
    public init(_ kind: Kind, tag: String? = nil, range: SourceRange) {
        var storage = TreeStorage()
        let t = storage.tagIndex(tag)
        let index: Int
        switch kind {
        case .scalar(let s):
            index = s.withUTF8 { storage.appendScalar($0, style: s.style, tag: t, range: range) }
        case .sequence(let items):
            let copied = items.map { storage.copy($0) }
            index = storage.appendCollection(mapping: false, items: copied, tag: t, range: range)
        case .mapping(let pairs):
            var copied: [Int] = []
            for pair in pairs {
                copied.append(storage.copy(pair.key))
                copied.append(storage.copy(pair.value))
            }
            index = storage.appendCollection(mapping: true, items: copied, tag: t, range: range)
        }
        self.init(tree: storage.freeze(), index: index)
    }

    @inline(__always)
    var entry: YAMLTree.Entry { tree.entries[index] }

    public var kind: Kind {
        let e = entry
        switch e.kind {
        case .scalar: return .scalar(Scalar(tree: tree, index: index))
        case .sequence: return .sequence(NodeList(tree: tree, base: e.start, count: e.count))
        case .mapping: return .mapping(PairList(tree: tree, base: e.start, count: e.count))
        }
    }

    /// The tag as written (`!!str` is given in full: `tag:yaml.org,2002:str`), or nil.
    public var tag: String? {
        let t = entry.tag
        return t < 0 ? nil : tree.tags[Int(t)]
    }

    public var range: SourceRange { entry.range }

    /// Whether the node is a scalar, a sequence, a mapping (without making a view).
    public var isScalar: Bool { entry.kind == .scalar }
    public var isSequence: Bool { entry.kind == .sequence }
    public var isMapping: Bool { entry.kind == .mapping }

    /// The scalar, when this node is one.
    public var scalar: Scalar? {
        entry.kind == .scalar ? Scalar(tree: tree, index: index) : nil
    }

    /// The items, when this node is a sequence.
    public var sequence: NodeList? {
        let e = entry
        return e.kind == .sequence ? NodeList(tree: tree, base: e.start, count: e.count) : nil
    }

    /// The entries, when this node is a mapping.
    public var mapping: PairList? {
        let e = entry
        return e.kind == .mapping ? PairList(tree: tree, base: e.start, count: e.count) : nil
    }

    /// The value of the first entry whose key is the scalar `key`, when this is a mapping.
    public subscript(key: String) -> Node? {
        guard let pairs = mapping else { return nil }
        for i in 0 ..< pairs.count {
            if let k = pairs.key(at: i).scalar, k.hasValue(key) { return pairs.value(at: i) }
        }
        return nil
    }

    /// A short English name of the node's kind, for messages.
    public var kindName: String {
        switch entry.kind {
        case .scalar: return Scalar(tree: tree, index: index).isNull ? "null" : "scalar"
        case .sequence: return "sequence"
        case .mapping: return "mapping"
        }
    }
}
