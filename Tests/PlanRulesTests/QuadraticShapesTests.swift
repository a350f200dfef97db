import PlanModel
@testable import PlanRules
import PlanText
import PlanYAML
import Testing

/// The shapes that made `quote-not-found` and `link-unresolved` quadratic (issue #12):
/// they now finish in time, and `quote-not-found` answers what searching every text for
/// every quote answered.
@Suite("quadratic shapes")
struct QuadraticShapesTests {
    static let kanji = Array("知財活用支援企業地域産業振興技術開発人材育成特許商標意匠")

    struct Rng {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        mutating func words(_ n: Int) -> String { String((0..<n).map { _ in kanji[below(kanji.count)] }) }
    }

    static let header = "planlint: 1\nprefecture: {code: 8, name: 茨城}\nperiod: {from: 2020, to: 2022}\n"

    /// 4,000 quotes against a goal text of 60,000 characters: 2.4·10⁸ comparisons before.
    @Test("thousands of quotes and a long goal text")
    func quotes() throws {
        var rng = Rng(state: 3)
        let goal = rng.words(60_000)
        var yaml = Self.header + "kpis:\n"
        for k in 0..<4 {
            let text = (0..<1_000).map { _ in "「\(rng.words(8))」としている。" }.joined()
            yaml += "  - id: k\(k)\n    text: \(text)\n    targets:\n      - {metric: 件数, value: 1, unit: 件, basis: annual}\n    supports: [v/g]\n"
        }
        yaml += "visions:\n  - id: v\n    title: 計画\n    period: {from: 2020, to: 2022}\n    goals:\n      - id: g\n        text: \(goal)\n"
        let clock = ContinuousClock()
        var found: [Diagnostic] = []
        let elapsed = try clock.measure { found = try diagnostics(of: [QuoteNotFound.self], in: yaml) }
        #expect(found.count == 1000)  // capped by max-diagnostics
        // A hang guard, not a speed measurement (speed lives in the benchmark): before, this
        // shape took 2.4·10⁸ comparisons; now it is seconds even on a loaded debug build.
        #expect(elapsed < .seconds(300), "\(elapsed)")
    }

    /// 3,000 KPIs with two broken links each, near 6,000 goal ids.
    @Test("thousands of broken links near thousands of goal ids")
    func links() throws {
        var yaml = Self.header + "kpis:\n"
        for k in 0..<3_000 {
            yaml += "  - id: k\(k)\n    text: 相談\n    targets:\n      - {metric: 件数, value: 1, unit: 件, basis: annual}\n"
            yaml += "    supports: [v/goal-x\(k), v/goal-y\(k)]\n"
        }
        yaml += "visions:\n  - id: v\n    title: 計画\n    period: {from: 2020, to: 2022}\n    goals:\n"
        for g in 0..<6_000 { yaml += "      - {id: goal-\(100_000 + g), text: 支援}\n" }
        let clock = ContinuousClock()
        var found: [Diagnostic] = []
        let elapsed = try clock.measure { found = try diagnostics(of: [LinkUnresolved.self], in: yaml) }
        #expect(found.count > 600)  // of the 1,000 diagnostics max-diagnostics keeps
        // A message lists at most 20 goals of a vision, not all 6,000.
        #expect(found.allSatisfy { $0.message.utf8.count < 2_000 })
        // The did-you-mean budget (200 million edit-distance cells, about a second in a
        // release build, 40 s in a debug build) bounds it; before, 3,000 × 2 × 6,000 ids
        // took over 20 minutes in a debug build. A hang guard, not a speed measurement: a
        // loaded CI machine has taken 195 s.
        #expect(elapsed < .seconds(600), "\(elapsed)")
    }

    /// The old search, kept here as the reference: every supported goal's words and every
    /// title for each quote, then every goal in order for "elsewhere".
    static func reference(_ plan: Plan, minLength: Int) -> [String] {
        var out: [String] = []
        let goals = plan.goalsByReference
        let titles = plan.visions.map(\.title)
        for kpi in plan.kpis {
            let supported = Set(kpi.supports.map(\.value))
            let haystacks = kpi.supports.compactMap { goals[$0.value]?.goal }.flatMap { [$0.heading, $0.text].compactMap { $0 } } + titles
            for quote in Quotations.extract(kpi.text) where quote.citation != nil {
                guard MatchKey.normalize(quote.text).unicodeScalars.count >= minLength,
                      !haystacks.contains(where: { MatchKey.contains($0, quote.text) }) else { continue }
                let elsewhere = plan.visions.lazy.flatMap { v in v.goals.lazy.map { (v, $0) } }.first { v, g in
                    !supported.contains(Subject.goal(v, g))
                        && [g.heading, g.text].compactMap { $0 }.contains { MatchKey.contains($0, quote.text) }
                }
                out.append("\(kpi.id) \(quote.text) \(elsewhere.map { Subject.goal($0.0, $0.1) } ?? "-")")
            }
        }
        return out
    }

    @Test("random plans with repeated ids: the same findings as the old search")
    func sameAsBefore() throws {
        var rng = Rng(state: 11)
        let pieces = ["知財", "支援", "活用", "企業", "「地域」", "ブランド", "。"]
        func text(_ n: Int) -> String { (0..<n).map { _ in pieces[rng.below(pieces.count)] }.joined() }
        var compared = 0
        for _ in 0..<150 {
            var yaml = Self.header + "kpis:\n"
            for k in 0..<(1 + rng.below(3)) {
                let quotes = (0..<(1 + rng.below(4))).map { _ in "「\(text(1 + rng.below(3)))」としている" }.joined(separator: "、")
                let supports = (0..<rng.below(3)).map { _ in "v\(rng.below(2))/g\(rng.below(3))" }.joined(separator: ", ")
                yaml += "  - id: k\(k)\n    text: \(quotes)。\n    targets:\n      - {metric: 件数, value: 1, unit: 件, basis: annual}\n"
                yaml += "    supports: [\(supports)]\n"
            }
            yaml += "visions:\n"
            for v in 0..<(1 + rng.below(2)) {
                yaml += "  - id: v\(v)\n    title: \(text(2))\n    period: {from: 2020, to: 2022}\n    goals:\n"
                for _ in 0..<(1 + rng.below(3)) {
                    yaml += "      - {id: g\(rng.below(3)), heading: \(text(2)), text: \(text(3))}\n"
                }
            }
            let decoded = PlanDecoder.decode(bytes: Array(yaml.utf8))
            let plan = try #require(decoded.plan, "\(yaml)")
            for minLength in [0, 2, 4] {
                let context = CheckContext(params: Params(["min-length": Node(.scalar(Scalar("\(minLength)")),
                                                                               range: SourceRange(at: .start))]))
                let now = QuoteNotFound.check(plan, context).map {
                    "\($0.arguments["kpi"] ?? "") \($0.arguments["quote"] ?? "") \($0.arguments["goal"] ?? "-")"
                }
                #expect(now == Self.reference(plan, minLength: minLength), "\(yaml)")
                compared += now.count
            }
        }
        #expect(compared > 100)
    }
}
