import PlanModel
import Testing
@testable import PlanRules

/// Lints a plan text with the shipped catalogue and returns the diagnostics of `rule`;
/// the plan itself must be well-formed, or no check would run.
private func lint(_ plan: String, _ rule: String) -> [Diagnostic] {
    let all = Engine(catalogue: shippedCatalogue, today: ExampleRunner.exampleDate)
        .lint(bytes: Array(plan.utf8), path: "t.yaml").diagnostics
    #expect(all.filter { $0.category == .schema }.map(\.message) == [], "\(plan)")
    return all.filter { $0.rule == rule }
}

/// A plan with one vision `v` (goals g1, g2) and the given KPI block.
private func plan(kpis: String, goals: String? = nil) -> String {
    """
    planlint: 1
    prefecture: {code: 8, name: 茨城}
    period: {from: 2020, to: 2021}
    kpis:
    \(kpis)
    visions:
      - id: v
        title: 茨城県総合計画「新しい茨城への挑戦」
        period: {from: 2018, to: 2021}
        goals:
    \(goals ?? """
          - {id: g1, heading: 新技術を活用したものづくりへの支援, text: 新技術開発の促進と新たなビジネスの創出を目指す。}
          - {id: g2, text: 産学官連携による製品開発を支援する。}
    """)
    """
}

@Suite("Alignment checks")
struct AlignmentChecksTests {
    @Test("supports of a KPI that resolve produce nothing; a typo suggests the closest goal")
    func linkSuggestion() {
        let found = lint(plan(kpis: """
              - id: k
                text: セミナーを年10回開催する。
                targets: []
                supports: [v/g1, v/g3]
            """), "link-unresolved")
        #expect(found.count == 1)
        #expect(found.first?.line == 8)
        #expect(found.first?.column == 22)
        #expect(found.first?.message == "KPI 'k' supports 'v/g3', but no goal is named so; did you mean 'v/g1'?")
    }

    @Test("an unknown goal of an existing vision lists that vision's goals")
    func linkUnknownGoal() {
        let found = lint(plan(kpis: """
              - id: k
                text: セミナーを年10回開催する。
                targets: []
                supports: [v/seminars]
            """), "link-unresolved")
        #expect(found.map(\.message) == ["KPI 'k' supports 'v/seminars', but vision 'v' has no goal 'seminars' (its goals: v/g1, v/g2)"])
    }

    @Test("within: a misspelt target id, a whole KPI, and a single string reference")
    func linkWithin() {
        let found = lint(plan(kpis: """
              - id: k
                text: 相談を年300件受け付け、そのうち特許の相談を年100件とする。
                targets:
                  - {id: all, metric: 相談件数, value: 300, unit: 件, basis: annual}
                  - {metric: 特許の相談件数, value: 100, unit: 件, basis: annual, within: k/al}
                  - {metric: 商標の相談件数, value: 50, unit: 件, basis: annual, within: [k]}
                  - {metric: 意匠の相談件数, value: 10, unit: 件, basis: annual, within: [k/all]}
                supports: [v/g1]
            """), "link-unresolved")
        #expect(found.map(\.line) == [9, 10])
        #expect(found.first?.message == "target '特許の相談件数' is within 'k/al', but no KPI target is named so; did you mean 'k/all'?")
        #expect(found.last?.message == "target '商標の相談件数' is within 'k', a whole KPI: name the target it is part of as k/TARGET_ID (k/all)")
    }

    @Test("within: an unknown id of an existing KPI lists its targets; a goal target's within is checked too")
    func linkWithinUnknownTarget() {
        let goals = """
              - id: g1
                text: 新技術開発の促進と新たなビジネスの創出を目指す。
                targets:
                  - {metric: ビジネスプランの構築件数, value: 30, unit: 件, basis: cumulative, within: [k/plans]}
        """
        let found = lint(plan(kpis: """
              - id: k
                text: 相談を年300件受け付け、そのうち特許の相談を年100件とする。
                targets:
                  - {id: all, metric: 相談件数, value: 300, unit: 件, basis: annual}
                  - {metric: 特許の相談件数, value: 100, unit: 件, basis: annual, within: [k/patent]}
                supports: [v/g1]
            """, goals: goals), "link-unresolved")
        #expect(found.map(\.message) == [
            "target '特許の相談件数' is within 'k/patent', but KPI 'k' has no target with id 'patent' (its targets with ids: k/all)",
            "target 'ビジネスプランの構築件数' is within 'k/plans', but KPI 'k' has no target with id 'plans' (its targets with ids: k/all)",
        ])
        #expect(found.map(\.line) == [9, 19])
    }

    @Test("kpi-unaligned fires only for an empty supports list")
    func unaligned() {
        let found = lint(plan(kpis: """
              - id: empty
                text: セミナーを年10回開催する。
                targets: []
                supports: []
              - id: broken
                text: セミナーを年5回開催する。
                targets: []
                supports: [v/nothing]
            """), "kpi-unaligned")
        #expect(found.map(\.message) == ["KPI 'empty' supports no vision goal (its supports list is empty)"])
        #expect(found.first?.line == 8)
    }

    @Test("goal-unsupported names each goal no KPI supports, with its heading or text")
    func unsupported() {
        let found = lint(plan(kpis: """
              - id: k
                text: セミナーを年10回開催する。
                targets: []
                supports: [v/g1]
            """), "goal-unsupported")
        #expect(found.map(\.message) == ["goal 'v/g2' (産学官連携による製品開発を支援する。) is supported by no KPI"])
        #expect(found.map { "\($0.line):\($0.column)" } == ["15:14"])
        #expect(found.first?.pointer == "/visions/0/goals/1")
    }

    @Test("vision-empty and vision-missing point at the goals and visions lists")
    func visions() {
        let text = """
            planlint: 1
            prefecture: {code: 2, name: 青森}
            kpis: []
            visions:
              - {id: a, title: 第2次地域知財活性化行動計画, goals: []}
            """
        #expect(lint(text, "vision-empty").map { "\($0.line):\($0.column)" } == ["5:43"])
        #expect(lint(text, "vision-missing").isEmpty)
        let none = "planlint: 1\nprefecture: {code: 13, name: 東京}\nkpis: []\nvisions: []\n"
        #expect(lint(none, "vision-missing").map(\.line) == [4])
    }

    @Test("a quote in a >- text is located on the content line, at its opening bracket")
    func quoteInFoldedText() {
        let found = lint(plan(kpis: """
              - id: k
                text: >-
                  県の計画において、「新技術を活用した製品開発の促進」を掲げていることから、セミナーを年10回開催する。
                targets: []
                supports: [v/g1]
            """), "quote-not-found")
        #expect(found.count == 1)
        let d = found[0]
        #expect((d.line, d.column, d.endLine, d.endColumn) == (7, 16, 7, 33))
        #expect(d.pointer == "/kpis/0/text")
        #expect(d.message == "KPI 'k' quotes 「新技術を活用した製品開発の促進」, which is not reproduced in the plan's vision text (the headings and texts of the goals it supports, or any vision's title)")
    }

    @Test("a quote in a |- text with a trailing empty line, or a plain text, is still located")
    func quoteInOtherStyles() {
        let literal = lint(plan(kpis: """
              - id: k
                text: |+
                  一行目「架空の文言です」とある。

                targets: []
                supports: [v/g1]
            """), "quote-not-found")
        #expect(literal.map { "\($0.line):\($0.column)" } == ["7:10"])
        let plain = lint(plan(kpis: """
              - {id: k, text: "計画に「架空の文言です」とある。", targets: [], supports: [v/g1]}
            """), "quote-not-found")
        #expect(plain.map { "\($0.line):\($0.column)-\($0.endColumn)" } == ["5:23-32"])
    }

    @Test("a wrapped folded text cannot be laid out: the whole text value is reported")
    func quoteInWrappedText() {
        let found = lint(plan(kpis: """
              - id: k
                text: >-
                  県の計画において、
                  「架空の文言です」としている。
                targets: []
                supports: [v/g1]
            """), "quote-not-found")
        #expect(found.map { "\($0.line):\($0.column)" } == ["6:11"])
    }

    @Test("quotes are matched across line breaks, widths, 『』 and a final 。; listed quotes share the citation")
    func quoteMatching() {
        let goals = """
              - {id: g1, text: "ＡＩ・IoTを活用した新技術開発の\\n促進を図る。「知恵の経営」を支援する。"}
              - {id: g2, text: 海外展開を支援する。}
        """
        let found = lint(plan(kpis: """
              - id: k
                text: 計画は「AI・IoT を活用した新技術開発の促進を図る。」、『「知恵の経営」を支援する』及び「架空の文言です」としている。
                targets: []
                supports: [v/g1]
            """, goals: goals), "quote-not-found")
        #expect(found.map(\.message) == ["KPI 'k' quotes 「架空の文言です」, which is not reproduced in the plan's vision text (the headings and texts of the goals it supports, or any vision's title)"])
    }

    @Test("a quote found only in a goal the KPI does not support names that goal")
    func quoteElsewhere() {
        let found = lint(plan(kpis: """
              - id: k
                text: 計画において「産学官連携による製品開発」を掲げている。
                targets: []
                supports: [v/g1]
            """), "quote-not-found")
        #expect(found.map(\.message) == ["KPI 'k' quotes 「産学官連携による製品開発」, which is in none of the goals it supports but in goal 'v/g2': should it be in supports?"])
    }

    @Test("quotes without a citation are not checked")
    func uncited() {
        let found = lint(plan(kpis: """
              - id: k
                text: 「架空の文言です」の考え方に基づき、セミナーを年10回開催する。
                targets: []
                supports: [v/g1]
            """), "quote-not-found")
        #expect(found.isEmpty)
    }
}
