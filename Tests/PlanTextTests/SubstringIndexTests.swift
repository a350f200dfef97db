import PlanTestSupport
import PlanText
import Testing

/// `SubstringIndex` answers what `MatchKey.contains` answers, text by text, on random
/// texts over a small alphabet (so that substrings repeat and the automaton clones states).
@Suite("SubstringIndex")
struct SubstringIndexTests {
    static let alphabet = Array("ab「」『』。 　ＡA知財")

    static func text(_ rng: inout SplitMix, _ maxLength: Int) -> String {
        String((0..<rng.below(maxLength + 1)).map { _ in alphabet[rng.below(alphabet.count)] })
    }

    @Test("every needle: found exactly when a document contains it, with the first such document")
    func randomTexts() {
        var rng = SplitMix(state: 2026)
        for _ in 0..<300 {
            let documents = (0..<rng.below(6)).map { _ in (0..<rng.below(3)).map { _ in Self.text(&rng, 12) } }
            let index = SubstringIndex(documents)
            for _ in 0..<40 {
                let needle = Self.text(&rng, 5)
                let holders = documents.indices.filter { d in documents[d].contains { MatchKey.contains($0, needle) } }
                guard let match = index.find(needle) else {
                    #expect(holders.isEmpty || MatchKey.normalize(needle).isEmpty, "\(needle) in \(documents)")
                    continue
                }
                #expect(index.firstDocument(match) == holders.first, "\(needle) in \(documents)")
                for d in documents.indices {
                    #expect(index.contains(match, document: d) == holders.contains(d), "\(needle) in \(documents[d])")
                }
                let some = documents.indices.filter { _ in rng.below(2) == 0 }
                #expect(index.contains(match, in: index.documentSet(some)) == some.contains { holders.contains($0) })
            }
        }
    }

    @Test("a quote is looked up in its own length, however long the texts")
    func linear() {
        let long = String(repeating: "知的財産の活用を支援する。", count: 20_000)
        let index = SubstringIndex([[long], ["ほかの目標"]])
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<20_000 { _ = index.find("財産の活用を支援しない") }
        }
        #expect(index.find("活用を支援する。知的") != nil)
        #expect(elapsed < .seconds(5))
    }
}
