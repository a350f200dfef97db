import Foundation
import PlanModel
import Testing
@testable import PlanRules

/// Lints a plan (and an optional planlint.yaml) and returns the diagnostics of `rule`.
private func consistency(_ rule: String, _ plan: String, config: String? = nil) throws -> [Diagnostic] {
    let example = RuleExample(name: "test", plan: plan, line: nil, config: config)
    return try ExampleRunner.diagnostics(of: rule, in: example, catalogue: shippedCatalogue)
}

/// A whole plan around the given KPI targets (indented as list items under `targets:`),
/// with an optional goal target list and KPI period.
private func plan(_ targets: String, period: String = "{from: 2020, to: 2022}",
                  vision: String = "{from: 2020, to: 2022}", goalTargets: String? = nil) -> String {
    var text = """
        planlint: 1
        prefecture: {code: 19, name: 山梨}
        period: \(period)
        kpis:
          - id: k
            text: 目標を定める。
            targets:
        \(targets)
            supports: [v/g]
        visions:
          - id: v
            title: 山梨県中小企業・小規模企業振興計画
            period: \(vision)
            goals:
              - id: g
                text: 知財の活用を促進する。

        """
    if let goalTargets { text += "        targets:\n" + goalTargets + "\n" }
    return text
}

@Suite("Consistency checks")
struct ConsistencyChecksTests {
    @Test("numbers are shown without a trailing .0 or binary noise")
    func numberFormat() {
        #expect(NumberFormat.plain(60) == "60")
        #expect(NumberFormat.plain(18.2) == "18.2")
        #expect(NumberFormat.plain(18.2 * 3) == "54.6")
        #expect(NumberFormat.plain(0.1 + 0.2) == "0.3")
        #expect(NumberFormat.plain(-0.0) == "0")
        #expect(NumberFormat.plain(-2.5) == "-2.5")
        #expect(NumberFormat.plain(1e14) == "100000000000000")
        #expect(NumberFormat.plain(50.0 / 3, decimals: 2) == "16.67")
        #expect(NumberFormat.roundingHalfUnit(18.2) == 0.05)
        #expect(NumberFormat.roundingHalfUnit(33.25) == 0.005)
        #expect(NumberFormat.roundingHalfUnit(60) == 0)
    }

    // MARK: cumulative-annual-mismatch

    @Test("per_year × years against the value, with the numbers in the message")
    func perYearMessage() throws {
        let d = try consistency("cumulative-annual-mismatch", plan("""
              - {metric: 相談支援件数, value: 40, unit: 件, basis: cumulative, per_year: 10}
        """))
        #expect(d.map(\.line) == [8])
        #expect(d.first?.message == "cumulative target '相談支援件数' is 40 件, but 10 件 a year × 3 years (FY2020–FY2022) is 30 件")
        #expect(d.first?.pointer == "/kpis/0/targets/0/per_year")
    }

    @Test("a per_year with decimals may carry its rounding; the tolerance is configurable")
    func perYearTolerance() throws {
        #expect(try consistency("cumulative-annual-mismatch", plan("""
              - {metric: 相談支援件数, value: 10, unit: 件, basis: cumulative, per_year: 3.3}
        """)).isEmpty)
        let loose = "rules: {cumulative-annual-mismatch: {params: {tolerance: 0.3}}}"
        #expect(try consistency("cumulative-annual-mismatch", plan("""
              - {metric: 相談支援件数, value: 40, unit: 件, basis: cumulative, per_year: 10}
        """), config: loose).isEmpty)
    }

    @Test("a goal target's window is the vision's period; an open or as_of period gives none")
    func goalWindow() throws {
        let goal = "          - {metric: プロジェクト創出件数, value: 40, unit: 件, basis: cumulative, per_year: 10}"
        let kpi = "      - {metric: 相談支援件数, value: 30, unit: 件, basis: cumulative}"
        #expect(try consistency("cumulative-annual-mismatch",
                                plan(kpi, vision: "{from: 2020, to: 2023}", goalTargets: goal)).isEmpty)
        let d = try consistency("cumulative-annual-mismatch", plan(kpi, vision: "{from: 2020, to: 2022}", goalTargets: goal))
        #expect(d.map(\.message) == ["cumulative target 'プロジェクト創出件数' is 40 件, but 10 件 a year × 3 years (FY2020–FY2022) is 30 件"])
        #expect(try consistency("cumulative-annual-mismatch", plan(kpi, vision: "{from: 2020, to: open}", goalTargets: goal)).isEmpty)
        #expect(try consistency("cumulative-annual-mismatch", plan("""
              - {metric: 相談支援件数, value: 40, unit: 件, basis: cumulative, per_year: 10}
        """, period: "{as_of: 2022}")).isEmpty)
        #expect(try consistency("cumulative-annual-mismatch", plan("""
              - {metric: 相談支援件数, value: 40, unit: 件, basis: cumulative, per_year: 10, over: {from: 2019, to: 2022}}
        """, period: "{as_of: 2022}")).isEmpty)
    }

    @Test("an annual target of the same metric and unit bounds the cumulative one from below")
    func annualBound() throws {
        let d = try consistency("cumulative-annual-mismatch", plan("""
              - {metric: セミナーの開催回数, value: 2, unit: 回, basis: annual}
              - {metric: セミナーの 開催回数, value: 5, unit: 回, basis: cumulative}
        """))
        #expect(d.map(\.line) == [9])
        #expect(d.first?.message == "cumulative target 'セミナーの 開催回数' is 5 回 over FY2020–FY2022, less than the annual target 'セミナーの開催回数': 2 回 × 3 years = 6 回")
        // Another unit, another metric, an at-most annual, or a window of two years: nothing to report.
        for other in ["{metric: セミナーの開催回数, value: 2, unit: 件, basis: annual}",
                      "{metric: 相談の件数, value: 2, unit: 回, basis: annual}",
                      "{metric: セミナーの開催回数, value: 2, unit: 回, basis: annual, comparator: at-most}"] {
            #expect(try consistency("cumulative-annual-mismatch", plan("""
                  - \(other)
                  - {metric: セミナーの開催回数, value: 5, unit: 回, basis: cumulative}
            """)).isEmpty)
        }
        #expect(try consistency("cumulative-annual-mismatch", plan("""
              - {metric: セミナーの開催回数, value: 2, unit: 回, basis: annual}
              - {metric: セミナーの開催回数, value: 4, unit: 回, basis: cumulative, over: {to: 2021}}
        """)).isEmpty)
    }

    // MARK: parts-sum

    @Test("parts of a target and of a baseline, with the sum in the message")
    func partsSum() throws {
        let d = try consistency("parts-sum", plan("""
              - metric: 国際出願件数
                value: 60
                unit: 件
                basis: cumulative
                parts: [{metric: PCT, value: 40}, {metric: マドプロ, value: 20}]
                baseline: {value: 18.2, aggregate: mean, parts: [{value: 14.2}, {value: 3}]}
        """))
        #expect(d.map(\.line) == [13])
        #expect(d.first?.message == "the baseline of target '国際出願件数' is 18.2 件, but its parts add up to 14.2 + 3 = 17.2 件")
        let t = try consistency("parts-sum", plan("""
              - {metric: 国際出願件数, value: 40, unit: 件, basis: annual, parts: [{value: 30}, {value: 15}]}
        """))
        #expect(t.map(\.message) == ["the parts of target '国際出願件数' add up to 30 + 15 = 45 件, not its value 40 件"])
    }

    @Test("whole numbers are exact; decimals may carry their rounding; a tolerance widens it")
    func partsRounding() throws {
        #expect(try consistency("parts-sum", plan("""
              - {metric: 割合, value: 100, unit: '%', basis: share, parts: [{value: 33.3}, {value: 33.3}, {value: 33.3}]}
        """)).isEmpty)
        #expect(try consistency("parts-sum", plan("""
              - {metric: 件数, value: 10, unit: 件, basis: annual, parts: [{value: 3}, {value: 3}, {value: 3}]}
        """)).count == 1)
        #expect(try consistency("parts-sum", plan("""
              - {metric: 件数, value: 10, unit: 件, basis: annual, parts: [{value: 3}, {value: 3}, {value: 3}]}
        """), config: "rules: {parts-sum: {params: {tolerance: 0.1}}}").isEmpty)
    }

    // MARK: subset-exceeds

    @Test("a yearly subset of a yearly target")
    func subsetPerYear() throws {
        let d = try consistency("subset-exceeds", plan("""
              - {id: all, metric: 相談件数, value: 60, unit: 件, basis: annual}
              - {metric: 知財戦略に係る相談件数, value: 70, unit: 件, basis: annual, within: k/all}
        """))
        #expect(d.map(\.message) == ["per year, target '知財戦略に係る相談件数' (70 件) is larger than '相談件数' (60 件), which it is part of"])
        #expect(d.first?.pointer == "/kpis/0/targets/1/value")
        // A level in a year the annual target holds, compared per year.
        #expect(try consistency("subset-exceeds", plan("""
              - {id: all, metric: 相談件数, value: 60, unit: 件, basis: annual}
              - {metric: 知財戦略に係る相談件数, value: 70, unit: 件, basis: level, year: 2022, within: k/all}
        """)).count == 1)
    }

    @Test("cumulative windows: a parent over more years still bounds the subset; the reverse is not compared")
    func subsetWindows() throws {
        let d = try consistency("subset-exceeds", plan("""
              - {id: all, metric: 支援件数, value: 25, unit: 件, basis: cumulative}
              - {metric: 知財支援件数, value: 30, unit: 件, basis: cumulative, over: {to: 2021}, within: k/all}
        """))
        #expect(d.map(\.message) == ["over FY2020–FY2021, target '知財支援件数' (30 件) is larger than '支援件数' (25 件), which it is part of"])
        #expect(try consistency("subset-exceeds", plan("""
              - {id: all, metric: 支援件数, value: 25, unit: 件, basis: cumulative, over: {to: 2021}}
              - {metric: 知財支援件数, value: 30, unit: 件, basis: cumulative, within: k/all}
        """)).isEmpty)
        // An annual parent over a cumulative subset: 10 × 3 = 30 < 35.
        #expect(try consistency("subset-exceeds", plan("""
              - {id: all, metric: 支援件数, value: 10, unit: 件, basis: annual}
              - {metric: 知財支援件数, value: 35, unit: 件, basis: cumulative, within: k/all}
        """)).map(\.message) == ["over FY2020–FY2022, target '知財支援件数' (35 件) is larger than '支援件数' (30 件), which it is part of"])
    }

    @Test("other units are a warning that nothing was compared")
    func subsetUnits() throws {
        let found = try consistency("subset-exceeds", plan("""
              - {id: all, metric: 企業数, value: 5, unit: 社, basis: annual}
              - {metric: 支援件数, value: 10, unit: 件, basis: annual, within: k/all}
        """))
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message == "target '支援件数' (in 件) cannot be compared with '企業数' (in 社), which it is part of: the units differ")
        // A unit that is a word of the other's compound (社 within 社・団体) is compared.
        #expect(try consistency("subset-exceeds", plan("""
              - {id: all, metric: 企業・団体数, value: 5, unit: 社・団体, basis: annual}
              - {metric: 支援企業数, value: 10, unit: 社, basis: annual, within: k/all}
        """)).map(\.severity) == [.error])
    }

    @Test("unresolved references and shares are not compared")
    func subsetSkips() throws {
        for (parent, within) in [("{id: all, metric: 企業数, value: 5, unit: 件, basis: annual}", "k/none"),
                                 ("{id: all, metric: 割合, value: 5, unit: 件, basis: share}", "k/all")] {
            #expect(try consistency("subset-exceeds", plan("""
                  - \(parent)
                  - {metric: 支援件数, value: 10, unit: 件, basis: annual, within: \(within)}
            """)).isEmpty)
        }
    }

    // MARK: series-decreasing

    @Test("a cumulative target below its total to date; averaged baselines are left alone")
    func seriesDecreasing() throws {
        let d = try consistency("series-decreasing", plan("""
              - {metric: LED応用製品開発支援件数, value: 290, unit: 件, basis: cumulative, baseline: {value: 300, year: H29}}
        """))
        #expect(d.map(\.message) == ["cumulative target 'LED応用製品開発支援件数' is 290 件, below its baseline of 300 件 (the total to FY2017): a running total cannot go down"])
        #expect(try consistency("series-decreasing", plan("""
              - {metric: 件数, value: 290, unit: 件, basis: cumulative, baseline: {value: 300}}
        """)).map(\.message) == ["cumulative target '件数' is 290 件, below its baseline of 300 件 (the total to date): a running total cannot go down"])
        #expect(try consistency("series-decreasing", plan("""
              - {metric: 件数, value: 60, unit: 件, basis: cumulative, baseline: {value: 80, aggregate: mean}}
        """)).isEmpty)
        #expect(try consistency("series-decreasing", plan("""
              - {metric: 件数, value: 60, unit: 件, basis: annual, baseline: {value: 80, year: 2019}}
        """)).isEmpty)
    }

    // MARK: target-below-baseline

    @Test("an annual target below its baseline, as in Tokushima's 11個 → 年10個")
    func belowBaseline() throws {
        let d = try consistency("target-below-baseline", plan("""
              - {metric: 高機能素材活用製品の試作品数, value: 10, unit: 個, basis: annual, baseline: {value: 11, year: 平成29年度}}
        """))
        #expect(d.map(\.message) == ["target '高機能素材活用製品の試作品数' (10 個) is below its baseline of 11 個 in FY2017"])
        #expect(d.first?.severity == .warning)
        #expect(d.first?.line == 8)
        // Equal is not below; at-most is meant to go down; increase and milestone are not compared.
        for t in ["{metric: 件数, value: 11, unit: 個, basis: annual, baseline: {value: 11, year: 2017}}",
                  "{metric: 件数, value: 5, unit: 件, basis: level, comparator: at-most, baseline: {value: 11, year: 2017}}",
                  "{metric: 件数, value: 5, unit: 件, basis: increase, baseline: {value: 11, year: 2017}}"] {
            #expect(try consistency("target-below-baseline", plan("      - \(t)")).isEmpty)
        }
    }

    @Test("averaged baselines are compared per year, also for a cumulative target")
    func belowMean() throws {
        #expect(try consistency("target-below-baseline", plan("""
              - {metric: 国際出願件数, value: 240, unit: 件, basis: level, year: 2022, baseline: {value: 245, from: 2016, to: 2018, aggregate: mean}}
        """)).map(\.message) == ["target '国際出願件数' (240 件) is below its baseline, the FY2016–FY2018 average of 245 件"])
        #expect(try consistency("target-below-baseline", plan("""
              - {metric: 割合, value: 20, unit: '%', basis: share, baseline: {value: 25, aggregate: mean}}
        """)).map(\.message) == ["target '割合' (20 %) is below its baseline, an average of 25 %"])
        #expect(try consistency("target-below-baseline", plan("""
              - {metric: 国際出願件数, value: 50, unit: 件, basis: cumulative, baseline: {value: 18.2, aggregate: mean}}
        """)).map(\.message) == ["cumulative target '国際出願件数' (50 件 over 3 years) is 16.67 件 a year, below its baseline, an average of 18.2 件"])
        #expect(try consistency("target-below-baseline", plan("""
              - {metric: 国際出願件数, value: 60, unit: 件, basis: cumulative, baseline: {value: 18.2, aggregate: mean}}
        """)).isEmpty)
    }

    @Test("goal targets are checked, and the finding is about the goal")
    func goalBaseline() throws {
        let d = try consistency("target-below-baseline", plan("      - {metric: 件数, value: 5, unit: 件, basis: annual}",
            goalTargets: "          - {metric: 事業化件数, value: 150, unit: 件, basis: level, year: 2022, baseline: {value: 174, year: 2018}}"))
        #expect(d.map(\.pointer) == ["/visions/0/goals/0/targets/0/value"])
    }

    // MARK: the real plans

    @Test("on the 47 plans, only Tokushima's 年10個 below 11個 (平成29年度) is found")
    func realPlans() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Plans")
        let rules: Set<String> = ["cumulative-annual-mismatch", "parts-sum", "subset-exceeds", "series-decreasing",
                                  "target-below-baseline"]
        let engine = Engine(catalogue: shippedCatalogue, today: ExampleRunner.exampleDate)
        var found: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".yaml") {
            let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(name)))
            for d in engine.lint(bytes: bytes, path: name).diagnostics where rules.contains(d.rule) {
                found.append("\(name):\(d.line) \(d.rule) \(d.pointer)")
            }
        }
        #expect(found == ["36-tokushima.yaml:31 target-below-baseline /kpis/1/targets/0/value"])
    }
}
