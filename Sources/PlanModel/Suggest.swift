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

    /// Levenshtein distance with a cut-off: returns `limit + 1` as soon as it is exceeded.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
