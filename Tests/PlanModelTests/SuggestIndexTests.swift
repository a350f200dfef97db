import PlanModel
import Testing

/// `Suggest.Index` answers what `Suggest.closest` answers (while its budget lasts), and
/// stops comparing once the budget is spent.
@Suite("Suggest.Index")
struct SuggestIndexTests {
    struct Rng {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    @Test("the same suggestion as closest(to:in:), excluded candidate aside")
    func sameAnswers() {
        var rng = Rng(state: 12)
        let letters = Array("abcdeAB/-")
        func word(_ n: Int) -> String { String((0..<(1 + rng.below(n))).map { _ in letters[rng.below(letters.count)] }) }
        for _ in 0..<200 {
            let candidates = (0..<rng.below(30)).map { _ in word(10) }
            var index = Suggest.Index(candidates)
            for _ in 0..<20 {
                let w = word(10)
                let excluded = candidates.isEmpty || rng.below(2) == 0 ? nil : candidates[rng.below(candidates.count)]
                #expect(index.closest(to: w, excluding: excluded)
                        == Suggest.closest(to: w, in: candidates.filter { $0 != excluded }), "\(w) in \(candidates)")
            }
        }
    }

    @Test("the budget bounds the work: thousands of near ids, thousands of lookups")
    func budget() {
        let ids = (0..<20_000).map { "v/goal-" + String(100_000 + $0) }
        var index = Suggest.Index(ids, budget: 10_000_000)
        #expect(index.closest(to: "v/goal-10000x") == "v/goal-100000")
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for i in 0..<20_000 { _ = index.closest(to: "v/goal-y\(i)") }
        }
        #expect(index.budget < 200)
        #expect(elapsed < .seconds(10))
    }
}
