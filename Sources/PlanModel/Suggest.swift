/// "Did you mean …?": the closest candidate to a misspelt word, by edit distance.
public enum Suggest {
    /// The candidate nearest to `word`, if it is near enough to be a plausible typo
    /// (at most a third of the word's length, and at least 2, edits away; and not a
    /// complete rewrite, so that 単位 does not suggest `id`).
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        let limit = max(2, w.count / 3)
        var best: (String, Int)?
        for c in candidates {
            let scalars = Array(c.lowercased().unicodeScalars)
            let d = distance(w, scalars, limit: limit)
            if d <= limit, d < max(w.count, scalars.count), d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// The one candidate near enough to `word` (as ``closest(to:in:)`` judges), or nil when
    /// none or several are: a key fixed without asking must have only one reading.
    public static func only(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        let limit = max(2, w.count / 3)
        let near = candidates.filter { c in
            let scalars = Array(c.lowercased().unicodeScalars)
            let d = distance(w, scalars, limit: limit)
            return d <= limit && d < max(w.count, scalars.count)
        }
        return near.count == 1 ? near[0] : nil
    }

    /// Levenshtein distance with a cut-off: the distance when it is at most `limit`, else
    /// `limit + 1`.
    ///
    /// Only the cells within `limit` of the diagonal can stay within the limit (each step
    /// off the diagonal costs an edit), so only that band of each row is computed: about
    /// `(2 × limit + 1) × a.count` cells instead of `a.count × b.count` (Ukkonen). The two
    /// rows live in one stack buffer, so a call allocates nothing.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let n = b.count
        let over = limit + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (n + 1)) { cells in
            var previous = cells.baseAddress!
            var current = previous + (n + 1)
            for j in 0...n { previous[j] = j <= limit ? j : over }
            for i in 1...a.count {
                let low = max(1, i - limit), high = min(n, i + limit)
                current[low - 1] = low == 1 ? i : over
                var rowMin = current[low - 1]
                let ai = a[i - 1]
                for j in low...high {
                    let cost = ai == b[j - 1] ? 0 : 1
                    let cell = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    current[j] = min(cell, over)
                    rowMin = min(rowMin, current[j])
                }
                // The cell right of the band reads as out of reach to the next row.
                if high < n { current[high + 1] = over }
                if rowMin > limit { return over }
                swap(&previous, &current)
            }
            return previous[n]
        }
    }

    /// The plain Levenshtein distance over the whole matrix, cut off as ``distance(_:_:limit:)``
    /// is: the reference the banded one must agree with (tests).
    static func fullDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty || b.isEmpty { return min(max(a.count, b.count), limit + 1) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return min(previous[b.count], limit + 1)
    }

    /// Candidates indexed by length, for suggesting among many: only candidates whose
    /// length is within the edit limit of the word can be near enough, so only those are
    /// compared. `budget` bounds the edit-distance work of all lookups on one index: once
    /// spent, nothing more is suggested (a plan of thousands of broken links to thousands
    /// of ids would otherwise compare every link with every id). The answer, while the
    /// budget lasts, is `closest(to:in:)`'s.
    public struct Index {
        private let candidates: [String]
        /// Candidate positions by length in Unicode scalars (of the lowercased text).
        private var byLength: [Int: [Int]] = [:]
        private var lowered: [[Unicode.Scalar]] = []
        /// Levenshtein cells left to compute.
        public private(set) var budget: Int

        public init(_ candidates: [String], budget: Int = 200_000_000) {
            self.candidates = candidates
            self.budget = budget
            lowered.reserveCapacity(candidates.count)
            for (i, c) in candidates.enumerated() {
                let scalars = Array(c.lowercased().unicodeScalars)
                lowered.append(scalars)
                byLength[scalars.count, default: []].append(i)
            }
        }

        /// The candidate nearest to `word` (the first of the nearest, in the candidates'
        /// order), leaving out `excluded`; nil when none is near enough or the budget is spent.
        public mutating func closest(to word: String, excluding excluded: String? = nil) -> String? {
            let w = Array(word.lowercased().unicodeScalars)
            let limit = max(2, w.count / 3)
            var best: (index: Int, distance: Int)?
            for length in max(0, w.count - limit)...(w.count + limit) {
                for i in byLength[length] ?? [] where candidates[i] != excluded {
                    let scalars = lowered[i]
                    let cost = max(1, w.count) * max(1, scalars.count)
                    guard budget >= cost else { return nil }
                    budget -= cost
                    let d = Suggest.distance(w, scalars, limit: limit)
                    guard d <= limit, d < max(w.count, scalars.count) else { continue }
                    if let b = best, (b.distance, b.index) <= (d, i) { continue }
                    best = (i, d)
                }
            }
            return best.map { candidates[$0.index] }
        }
    }
}

