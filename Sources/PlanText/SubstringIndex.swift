/// Which of many documents contain a quote, compared as `MatchKey.contains` compares:
/// an index over the documents' match keys, so that looking a quote up costs its own
/// length, not the length of every text it might come from.
///
/// `quote-not-found` asks, for each quote in a KPI text, whether a goal the KPI supports
/// or a vision title contains it, and if not, which goal does. Searching every goal's
/// text for every quote was quadratic (a 2 MB plan of quotes and goal text took 100 s).
///
/// The index is a generalized suffix automaton over every text of every document (a
/// document is a list of texts, such as a goal's heading and text; a quote never spans
/// two texts). Each state stands for a set of substrings that end at the same places; a
/// document contains a state's substrings when one of the document's prefix states lies in
/// the state's subtree of the suffix-link tree, which an Euler tour turns into a range
/// check. Building is linear in the texts' length (with hashing); a lookup is linear in
/// the quote; whether one given document contains a found quote is a binary search.
public struct SubstringIndex: Sendable {
    /// Per state: the longest substring's length, the suffix link, its place in the Euler
    /// tour of the suffix-link tree (`enter...exit`), and the first document containing it.
    private var length: [Int32] = [0]
    private var link: [Int32] = [-1]
    private var enter: [Int32] = []
    private var exit: [Int32] = []
    private var first: [Int32] = []
    /// Transitions, keyed by state and scalar; each state's out-edges are also chained
    /// (`edgeHead`, `edgeNext`) so that a clone can copy them.
    private var transitions: [UInt64: Int32] = [:]
    private var edgeHead: [Int32] = [-1]
    private var edgeNext: [Int32] = []
    private var edgeScalar: [UInt32] = []
    /// Per document: the sorted tour positions of the states where its texts' prefixes end.
    private var marks: [[Int32]] = []

    /// A quote found in at least one document: its state in the automaton.
    public struct Match: Sendable {
        fileprivate let state: Int32
    }

    /// Documents in order; each is the texts it is made of.
    public init(_ documents: [[String]]) {
        var prefixStates: [[Int32]] = []
        prefixStates.reserveCapacity(documents.count)
        for texts in documents {
            var states: [Int32] = []
            for text in texts {
                var last: Int32 = 0
                for scalar in MatchKey.key(text) {
                    last = extend(last, scalar.value)
                    states.append(last)
                }
            }
            prefixStates.append(states)
        }
        let count = length.count
        // The suffix-link tree's children, then an Euler tour by an explicit stack.
        var childCount = [Int32](repeating: 0, count: count + 1)
        for s in 1..<count { childCount[Int(link[s]) + 1] += 1 }
        var childStart = [Int32](repeating: 0, count: count + 1)
        for s in 0..<count { childStart[s + 1] = childStart[s] + childCount[s + 1] }
        var children = [Int32](repeating: 0, count: max(0, count - 1))
        var fill = childStart
        for s in 1..<count {
            let parent = Int(link[s])
            children[Int(fill[parent])] = Int32(s)
            fill[parent] += 1
        }
        enter = [Int32](repeating: 0, count: count)
        exit = [Int32](repeating: 0, count: count)
        var clock: Int32 = 0
        var stack: [(state: Int32, next: Int32)] = [(0, childStart[0])]
        enter[0] = 0
        while let top = stack.last {
            let s = Int(top.state)
            if top.next < childStart[s + 1] {
                stack[stack.count - 1].next += 1
                let child = children[Int(top.next)]
                clock += 1
                enter[Int(child)] = clock
                stack.append((child, childStart[Int(child)]))
            } else {
                exit[s] = clock
                stack.removeLast()
            }
        }
        // The first document of each state: its own marks, then the least of its subtree
        // (children have longer substrings, so walking states by falling length is enough).
        first = [Int32](repeating: .max, count: count)
        marks = prefixStates.enumerated().map { d, states in
            for s in states where first[Int(s)] == .max { first[Int(s)] = Int32(d) }
            return Array(Set(states.map { enter[Int($0)] })).sorted()
        }
        var byLength = [[Int32]](repeating: [], count: Int(length.max() ?? 0) + 1)
        for s in 1..<count { byLength[Int(length[s])].append(Int32(s)) }
        for bucket in byLength.reversed() {
            for s in bucket {
                let parent = Int(link[Int(s)])
                first[parent] = min(first[parent], first[Int(s)])
            }
        }
    }

    /// Where `needle`'s match key leads, or nil when no document contains it. An empty key
    /// gives nil too: the caller decides what an empty quote means.
    public func find(_ needle: String) -> Match? {
        find(key: MatchKey.key(needle))
    }

    /// ``find(_:)`` for a needle whose match key (`MatchKey.key`) is already worked out.
    public func find(key: [Unicode.Scalar]) -> Match? {
        guard !key.isEmpty else { return nil }
        var state: Int32 = 0
        for scalar in key {
            guard let next = transitions[Self.edge(state, scalar.value)] else { return nil }
            state = next
        }
        return first[Int(state)] == .max ? nil : Match(state: state)
    }

    /// The first document (in the order given) that contains the match.
    public func firstDocument(_ match: Match) -> Int {
        Int(first[Int(match.state)])
    }

    /// Whether document `d` contains the match.
    public func contains(_ match: Match, document d: Int) -> Bool {
        Self.hits(marks[d], enter[Int(match.state)], exit[Int(match.state)])
    }

    /// A set of documents, merged once, for asking about many matches at once.
    public struct DocumentSet: Sendable {
        fileprivate let marks: [Int32]
    }

    public func documentSet(_ documents: some Sequence<Int>) -> DocumentSet {
        DocumentSet(marks: documents.flatMap { marks[$0] }.sorted())
    }

    /// Whether any document of `set` contains the match.
    public func contains(_ match: Match, in set: DocumentSet) -> Bool {
        Self.hits(set.marks, enter[Int(match.state)], exit[Int(match.state)])
    }

    /// The number of tour positions a document holds (what merging it into a set costs).
    public func size(ofDocument d: Int) -> Int {
        marks[d].count
    }

    /// Whether a sorted list holds a value in `low...high`.
    private static func hits(_ sorted: [Int32], _ low: Int32, _ high: Int32) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < low { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] <= high
    }

    private static func edge(_ state: Int32, _ scalar: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: state)) << 32 | UInt64(scalar)
    }

    private mutating func addState(length l: Int32, link s: Int32) -> Int32 {
        length.append(l)
        link.append(s)
        edgeHead.append(-1)
        return Int32(length.count - 1)
    }

    private mutating func setEdge(_ from: Int32, _ scalar: UInt32, _ to: Int32) {
        let key = Self.edge(from, scalar)
        if transitions.updateValue(to, forKey: key) == nil {
            edgeNext.append(edgeHead[Int(from)])
            edgeScalar.append(scalar)
            edgeHead[Int(from)] = Int32(edgeScalar.count - 1)
        }
    }

    /// A copy of `q` with length `l`: same transitions and link; `q` then links to it.
    private mutating func clone(_ q: Int32, length l: Int32) -> Int32 {
        let c = addState(length: l, link: link[Int(q)])
        var e = edgeHead[Int(q)]
        while e >= 0 {
            let scalar = edgeScalar[Int(e)]
            if let target = transitions[Self.edge(q, scalar)] { setEdge(c, scalar, target) }
            e = edgeNext[Int(e)]
        }
        link[Int(q)] = c
        return c
    }

    /// Adds `scalar` after the state `last` (generalized: `last` may already have the
    /// transition, when another text had the same prefix) and returns the new prefix state.
    private mutating func extend(_ last: Int32, _ scalar: UInt32) -> Int32 {
        if let q = transitions[Self.edge(last, scalar)] {
            if length[Int(q)] == length[Int(last)] + 1 { return q }
            let c = clone(q, length: length[Int(last)] + 1)
            var p = last
            while p >= 0, transitions[Self.edge(p, scalar)] == q {
                setEdge(p, scalar, c)
                p = link[Int(p)]
            }
            return c
        }
        let cur = addState(length: length[Int(last)] + 1, link: 0)
        var p = last
        while p >= 0, transitions[Self.edge(p, scalar)] == nil {
            setEdge(p, scalar, cur)
            p = link[Int(p)]
        }
        if p >= 0 {
            let q = transitions[Self.edge(p, scalar)] ?? 0
            if length[Int(p)] + 1 == length[Int(q)] {
                link[Int(cur)] = q
            } else {
                let c = clone(q, length: length[Int(p)] + 1)
                var r = p
                while r >= 0, transitions[Self.edge(r, scalar)] == q {
                    setEdge(r, scalar, c)
                    r = link[Int(r)]
                }
                link[Int(cur)] = c
            }
        }
        return cur
    }
}
