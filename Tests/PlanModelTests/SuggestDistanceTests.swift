import Testing
@testable import PlanModel

/// The banded edit distance of `Suggest` computes only the cells near the diagonal; its
/// answer must be the whole matrix's, cut off at `limit + 1`.
@Suite("Suggest.distance")
struct SuggestDistanceTests {
    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    @Test("random pairs agree with the whole matrix, for every limit")
    func randomPairs() {
        var rng = SuggestIndexTests.Rng(state: 2026)
        // Few letters, so that near pairs (small distances) are common.
        let letters = Array("abc知財-".unicodeScalars)
        for _ in 0..<3000 {
            let a = (0..<rng.below(14)).map { _ in letters[rng.below(letters.count)] }
            var b = a
            for _ in 0..<rng.below(6) {
                switch rng.below(3) {
                case 0 where !b.isEmpty: b.remove(at: rng.below(b.count))
                case 1: b.insert(letters[rng.below(letters.count)], at: rng.below(b.count + 1))
                default: if !b.isEmpty { b[rng.below(b.count)] = letters[rng.below(letters.count)] }
                }
            }
            if rng.below(4) == 0 { b = (0..<rng.below(14)).map { _ in letters[rng.below(letters.count)] } }
            for limit in 0...6 {
                #expect(Suggest.distance(a, b, limit: limit) == Suggest.fullDistance(a, b, limit: limit),
                        "\(String(String.UnicodeScalarView(a))) / \(String(String.UnicodeScalarView(b))) limit \(limit)")
            }
        }
    }

    @Test("edge cases: empty, equal, lengths apart by the limit and by one more")
    func edges() {
        let cases: [(String, String, Int, Int)] = [
            ("", "", 0, 0), ("", "ab", 2, 2), ("ab", "", 1, 2), ("abc", "abc", 0, 0),
            ("kitten", "sitting", 3, 3), ("kitten", "sitting", 2, 3), ("flaw", "lawn", 2, 2),
            ("abcd", "ab", 2, 2), ("abcde", "ab", 2, 3), ("a", "b", 0, 1), ("ab", "ba", 1, 2),
            ("goal-x00001", "goal-x00010", 2, 2), ("知的財産", "知財", 2, 2), ("知的財産", "財", 2, 3),
        ]
        for (a, b, limit, expected) in cases {
            #expect(Suggest.distance(scalars(a), scalars(b), limit: limit) == expected, "\(a) / \(b) limit \(limit)")
            #expect(Suggest.fullDistance(scalars(a), scalars(b), limit: limit) == expected, "\(a) / \(b) limit \(limit)")
        }
    }
}
