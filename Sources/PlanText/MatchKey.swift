/// The form in which a quote is compared with the text it claims to quote.
///
/// The key is width-folded (see ``Width``), has every whitespace scalar removed
/// (spaces, U+3000, tabs, line breaks), reads 『』 as 「」, and drops one trailing
/// 。 — so a quote copied across a line break or with a different bracket still
/// matches its source.
public enum MatchKey {
    /// The match key of `s`.
    public static func normalize(_ s: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: key(s))
        return String(view)
    }

    /// Whether the key of `needle` occurs in the key of `haystack`, comparing
    /// Unicode scalars (so a base letter matches without its combining mark).
    /// An empty needle key is contained in everything.
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        let pattern = key(needle)
        guard !pattern.isEmpty else { return true }
        let target = key(haystack)
        guard pattern.count <= target.count else { return false }
        return firstIndex(of: pattern, in: target) != nil
    }

    /// The key as scalars (`normalize` gives the same as a string): for a caller that asks
    /// about one quote several times, so that the key is worked out once.
    public static func key(_ s: String) -> [Unicode.Scalar] {
        var scalars = Width.compactFolded(Scalars.of(s))
        for i in scalars.indices {
            if scalars[i] == "『" { scalars[i] = "「" } else if scalars[i] == "』" { scalars[i] = "」" }
        }
        if scalars.last == "。" { scalars.removeLast() }
        return scalars
    }

    /// Knuth–Morris–Pratt search: the first offset of `pattern` in `target`.
    /// Linear in both lengths; `pattern` must not be empty.
    static func firstIndex(of pattern: [Unicode.Scalar], in target: [Unicode.Scalar]) -> Int? {
        var failure = [Int](repeating: 0, count: pattern.count)
        var k = 0
        for i in pattern.indices.dropFirst() {
            while k > 0, pattern[i] != pattern[k] { k = failure[k - 1] }
            if pattern[i] == pattern[k] { k += 1 }
            failure[i] = k
        }
        k = 0
        for (i, scalar) in target.enumerated() {
            while k > 0, scalar != pattern[k] { k = failure[k - 1] }
            if scalar == pattern[k] { k += 1 }
            if k == pattern.count { return i - pattern.count + 1 }
        }
        return nil
    }
}
