import Foundation
import PlanModel
import PlanYAML
import Testing
@testable import PlanRules

/// Lints a plan written as YAML and returns the diagnostics of the period rules.
private func lint(_ yaml: String, config: String? = nil, language: Language = .en) throws -> [Diagnostic] {
    try diagnostics(of: PeriodChecks.all, in: yaml, config: config, language: language)
}

/// A small plan: a KPI period, one KPI supporting `supports`, and the given visions (YAML list items).
private func plan(period: String = "{from: 2020, to: 2022}", revision: String? = nil, targets: String? = nil,
                  supports: String = "[v/g]", visions: String? = nil) -> String {
    """
    planlint: 1
    prefecture: {code: 8, name: 茨城}
    period: \(period)
    \(revision.map { "revision: \($0)" } ?? "")
    kpis:
      - id: seminars
        text: セミナーを年6回開催する。
        targets:
    \(targets ?? "      - {metric: セミナーの開催回数, value: 6, unit: 回, basis: annual}")
        supports: \(supports)
    visions:
    \(visions ?? "  - {id: v, title: 茨城県総合計画, period: {from: 2018, to: 2023}, goals: [{id: g, text: 知財の活用を促進する。}]}")
    """
}

private func vision(_ id: String, _ title: String, _ period: String?) -> String {
    "  - {id: \(id), title: \(title),\(period.map { " period: \($0)," } ?? "") goals: [{id: g, text: 目標。}]}"
}

@Suite("PeriodMath")
struct PeriodMathTests {
    let at = Source(pointer: "", range: SourceRange(at: .start))

    @Test func kpiYears() {
        #expect(PeriodMath.kpiYears(Period(from: 2020, to: .year(2022), source: at)) == 2020...2022)
        #expect(PeriodMath.kpiYears(Period(asOf: 2022, source: at)) == 2022...2022)
        #expect(PeriodMath.kpiYears(Period(from: 2020, to: .year(2022), asOf: 2022, source: at)) == nil)
        #expect(PeriodMath.kpiYears(Period(from: 2022, to: .year(2020), source: at)) == nil)
        #expect(PeriodMath.kpiYears(Period(from: 2020, to: .open, source: at)) == nil)
        #expect(PeriodMath.kpiYears(nil) == nil)
    }

    @Test func knownSpan() {
        #expect(PeriodMath.knownSpan(Period(from: 2018, to: .year(2021), source: at)).map { [$0.from, $0.to] } == [2018, 2021])
        #expect(PeriodMath.knownSpan(Period(from: 2014, to: .open, source: at)).map { [$0.from, $0.to] } == [2014, nil])
        #expect(PeriodMath.knownSpan(Period(to: .open, source: at)).map { [$0.from, $0.to] } == [nil, nil])
        #expect(PeriodMath.knownSpan(Period(to: .year(2021), source: at)).map { [$0.from, $0.to] } == [nil, 2021])
        #expect(PeriodMath.knownSpan(Period(from: 2018, source: at)) == nil, "no end: unknown")
        #expect(PeriodMath.knownSpan(Period(from: 2022, to: .year(2020), source: at)) == nil, "reversed")
        #expect(PeriodMath.knownSpan(nil) == nil)
    }

    @Test func uncovered() {
        #expect(PeriodMath.uncovered(2020...2022, by: [(2007, 2020)]) == [2021, 2022])
        #expect(PeriodMath.uncovered(2020...2022, by: [(2016, 2020), (2021, 2025)]) == [])
        #expect(PeriodMath.uncovered(2020...2022, by: [(2016, 2020), (2022, nil)]) == [2021])
        #expect(PeriodMath.uncovered(2020...2022, by: [(nil, 2021)]) == [2022])
        #expect(PeriodMath.uncovered(2020...2022, by: [(2021, nil)]) == [2020])
        #expect(PeriodMath.uncovered(2020...2022, by: [(nil, nil)]) == [])
        #expect(PeriodMath.uncovered(2020...2022, by: []) == [2020, 2021, 2022])
    }

    @Test func wording() {
        #expect(PeriodMath.runs([2022, 2020, 2021, 2024]) == [2020...2022, 2024...2024])
        #expect(PeriodMath.span(2020...2022) == "2020–2022")
        #expect(PeriodMath.span(2022...2022) == "2022")
        #expect(PeriodMath.spans([2021, 2022]) == "2021–2022")
        #expect(PeriodMath.spans([2020, 2022]) == "2020, 2022")
        #expect(PeriodMath.written(Period(from: 2018, to: .year(2021), source: at)) == "2018–2021")
        #expect(PeriodMath.written(Period(from: 2020, to: .year(2020), source: at)) == "2020")
        #expect(PeriodMath.written(Period(from: 2014, to: .open, source: at)) == "2014–")
        #expect(PeriodMath.written(Period(to: .year(2021), source: at)) == "–2021")
        #expect(PeriodMath.written(Period(asOf: 2022, source: at)) == "as_of 2022")
        #expect(PeriodMath.japanese(2020...2022) == "2020〜2022年度")
        #expect(PeriodMath.english(2022...2022) == "FY2022")
        #expect(PeriodMath.count(2020...2022) == 3)
    }

    @Test func windowAndTargetYear() {
        #expect(PeriodMath.window(over: Period(to: .year(2021), source: at), owner: 2020...2022) == 2020...2021)
        #expect(PeriodMath.window(over: nil, owner: 2020...2022) == 2020...2022)
        #expect(PeriodMath.window(over: Period(from: 2023, source: at), owner: 2020...2022) == nil)
        var t = Target(source: at)
        t.basis = .level
        #expect(PeriodMath.targetYear(t, owner: 2020...2022) == 2022, "default: end of the period")
        t.year = 2021
        #expect(PeriodMath.targetYear(t, owner: 2020...2022) == 2021)
        t = Target(source: at)
        t.basis = .cumulative
        t.over = Period(to: .year(2021), source: at)
        #expect(PeriodMath.targetYear(t, owner: 2020...2022) == 2021, "cumulative: end of its window")
        #expect(PeriodMath.targetYear(Target(source: at), owner: nil) == nil)
    }
}

@Suite("Period checks")
struct PeriodChecksTests {
    @Test func periodMissingOnAPlanWithoutKPIs() throws {
        let found = try lint("planlint: 1\nprefecture: {code: 31, name: 鳥取}\nnotes: KPIは公表予定。\nkpis: []\nvisions: []\n")
        #expect(found.map(\.rule) == ["period-missing"])
        #expect(found.first?.pointer == "")
    }

    @Test func periodInvalidCases() throws {
        let asOf = try lint(plan(period: "{as_of: 2022, from: 2020}"))
        #expect(asOf.map(\.rule) == ["period-invalid"], "as_of with from: only period-invalid, not window or coverage")
        #expect(asOf.first?.message.contains("as_of (FY2022)") == true)
        let incomplete = try lint(plan(period: "{from: 2020}"))
        #expect(incomplete.map(\.rule) == ["period-invalid"])
        let old = vision("v", "宮城県知的財産指針", "{from: 1998, to: open}")
        let range = try lint(plan(visions: old))
        #expect(range.map(\.message) == ["the period of the vision '宮城県知的財産指針' has from FY1998, outside the expected range FY2000–FY2100: is the year mistyped?"])
        #expect(try lint(plan(visions: old), config: "rules:\n  period-invalid: {params: {min-year: 1990}}\n").isEmpty)
        let baseline = try lint(plan(targets: "      - {metric: 件数, value: 300, unit: 件, basis: level, baseline: {value: 245, from: 2018, to: 2016, aggregate: mean}}"))
        #expect(baseline.map(\.rule) == ["period-invalid"])
        #expect(baseline.first?.pointer == "/kpis/0/targets/0/baseline")
    }

    @Test func periodWindowWording() throws {
        let ja = try lint(plan(period: "{from: 2020, to: 2021}"), language: .ja)
        #expect(ja.map(\.message) == ["KPI期間（2020〜2021年度）が計画期間（2020〜2022年度）の2022年度を含みません"])
        #expect(ja.first?.line == 3)
        let middle = try lint(plan(period: "{from: 2021, to: 2021}"))
        #expect(middle.map(\.message) == ["the KPI period (FY2021) does not cover FY2020, 2022 of the plan window (FY2020–2022)"])
        #expect(try lint(plan(period: "{from: 2019, to: 2021}"), config: "window: {from: 2019, to: 2021}\n").isEmpty)
        let later = try lint(plan(period: "{as_of: 2023}"))
        #expect(later.map(\.message) == ["the KPIs describe FY2023 (as_of), later than FY2022: there is no target for the end of the plan window (FY2020–2022)"])
    }

    @Test("period-window points at the end that is short: to, from, or the whole period")
    func periodWindowPlacement() throws {
        let shortEnd = try lint(plan(period: "{from: 2020, to: 2021}")).filter { $0.rule == "period-window" }
        #expect(shortEnd.map(\.pointer) == ["/period/to"])
        #expect(shortEnd.first?.line == 3 && shortEnd.first?.column == 26)
        let shortStart = try lint(plan(period: "{from: 2021, to: 2022}")).filter { $0.rule == "period-window" }
        #expect(shortStart.map(\.pointer) == ["/period/from"])
        #expect(shortStart.first?.line == 3 && shortStart.first?.column == 16)
        let inside = try lint(plan(period: "{from: 2021, to: 2021}")).filter { $0.rule == "period-window" }
        #expect(inside.map(\.pointer) == ["/period"])
    }

    @Test("vision-period-coverage: one finding per vision at its period, naming each KPI with its line")
    func coverageOncePerVision() throws {
        let yaml = """
            planlint: 1
            prefecture: {code: 8, name: 茨城}
            period: {from: 2020, to: 2022}
            kpis:
              - {id: a, text: 年1回, targets: [], supports: [old/g]}
              - {id: b, text: 年1回, targets: [], supports: [old/g]}
              - {id: c, text: 年1回, targets: [], supports: [other/g]}
            visions:
              - id: old
                title: 旧計画
                period: {from: 2016, to: 2020}
                goals: [{id: g, text: 目標。}]
              - id: other
                title: 別の計画
                period: {from: 2016, to: 2021}
                goals: [{id: g, text: 目標。}]
            """
        let found = try lint(yaml).filter { $0.rule == "vision-period-coverage" }
        #expect(found.map(\.pointer) == ["/visions/0/period", "/visions/1/period"])
        #expect(found.map(\.line) == [11, 15])
        #expect(found.first?.message.contains("the KPIs 'a' (line 5), 'b' (line 6)") == true)
        #expect(found.last?.message.contains("the KPI 'c' (line 7)") == true)
        let ja = try lint(yaml, language: .ja).filter { $0.rule == "vision-period-coverage" }
        #expect(ja.first?.message.hasPrefix("2021〜2022年度は、KPI「a」（5行目）、「b」（6行目）が支える") == true)
    }

    @Test func visionPeriodMissingAndEnd() throws {
        let found = try lint(plan(visions: vision("v", "新潟県総合計画", nil) + "\n" + vision("w", "みえ産業振興ビジョン", "{from: 2018}")))
        #expect(found.map(\.rule) == ["vision-period-missing", "vision-period-missing"],
                "and no coverage finding: the visions' periods are unknown")
        #expect(found.map(\.pointer) == ["/visions/0", "/visions/1/period"])
    }

    @Test func coverageUnionOfVisions() throws {
        let visions = [vision("old", "第3次山形県科学技術政策大綱", "{from: 2016, to: 2020}"),
                       vision("new", "第4次山形県科学技術政策大綱", "{from: 2021, to: 2025}")].joined(separator: "\n")
        #expect(try lint(plan(supports: "[old/g, new/g]", visions: visions)).isEmpty)
        let found = try lint(plan(supports: "[old/g]", visions: visions), language: .ja)
        #expect(found.map(\.message) == ["2021〜2022年度は、KPI「seminars」（10行目）が支える目標のビジョンがどれも期間外です（KPI期間：2020〜2022年度、ビジョン：「第3次山形県科学技術政策大綱」(2016〜2020)）"])
        #expect(found.first?.pointer == "/visions/0/period")
    }

    @Test func coverageOpenAndStartless() throws {
        // The open end is no coverage gap; the title's 2020 against it is vision-title-period's finding.
        #expect(try lint(plan(visions: vision("v", "奈良新『都』づくり戦略2020", "{to: open}"))).map(\.rule)
            == ["vision-title-period"])
        #expect(try lint(plan(visions: vision("v", "ひろしま産業新成長ビジョン", "{from: 2011, to: open}"))).isEmpty)
        let late = try lint(plan(visions: vision("v", "後継ビジョン", "{from: 2021, to: open}")))
        #expect(late.map(\.message) == ["in FY2020 no vision served by the KPI 'seminars' (line 10) is in force: none of the visions whose goals they support covers those years (KPI period FY2020–2022; visions: 「後継ビジョン」(2021–))"])
        let startless = try lint(plan(visions: vision("v", "指針", "{to: 2021}")))
        #expect(startless.map(\.rule) == ["vision-period-coverage"])
        #expect(startless.first?.message.contains("in FY2022 no vision") == true)
    }

    @Test func coverageOfADateInsideAFiscalYear() throws {
        // 2019-10-02 falls in FY2019; 2021-03-31 falls in FY2020, so FY2021–2022 are uncovered.
        let found = try lint(plan(visions: vision("v", "京都府総合計画", "{from: '2019-10-02', to: '2021-03-31'}")))
        #expect(found.map(\.rule) == ["vision-period-coverage"])
        #expect(found.first?.message.contains("FY2021–2022") == true)
        #expect(found.first?.message.contains("(2019–2020)") == true)
    }

    @Test func coverageOfAnAsOfYear() throws {
        #expect(try lint(plan(period: "{as_of: 2022}", visions: vision("v", "北海道科学技術振興計画", "{from: 2018, to: 2022}"))).isEmpty)
        let found = try lint(plan(period: "{as_of: 2022}", visions: vision("v", "北海道科学技術振興計画", "{from: 2018, to: 2021}")))
        #expect(found.map(\.rule) == ["vision-period-coverage"])
    }

    @Test func acknowledgedGap() throws {
        let visions = vision("v", "宮城の将来ビジョン", "{from: 2007, to: 2020}")
        let at = try lint(plan(revision: "{from: 2021, note: ※2021年度以降ビジョン改定に伴い、変更可能性あり}", visions: visions))
        #expect(at.map(\.rule) == ["vision-period-coverage"])
        #expect(at.first?.message.contains("so the gap is acknowledged") == true)
        let before = try lint(plan(revision: "{from: 2019}", visions: visions))
        #expect(before.first?.message.contains("acknowledged") == true, "a revision before the gap acknowledges it too")
        let after = try lint(plan(revision: "{from: 2022}", visions: visions))
        #expect(after.count == 1)
        #expect(after.first?.message.contains("acknowledged") == false, "a revision after the first uncovered year does not")
    }

    @Test func coverageIsNotAboutUnresolvedOrUnknown() throws {
        #expect(try lint(plan(supports: "[]")).isEmpty)
        #expect(try lint(plan(supports: "[v/nope]")).isEmpty, "an unresolved goal is link-unresolved's business")
        let mixed = [vision("v", "旧計画", "{from: 2016, to: 2020}"), vision("w", "新計画", nil)].joined(separator: "\n")
        let found = try lint(plan(supports: "[v/g, w/g]", visions: mixed))
        #expect(found.map(\.rule) == ["vision-period-missing"], "the unknown period might close the gap")
    }

    @Test func coverageWaivedAtTheVision() throws {
        let yaml = plan(visions: vision("v", "旧計画", "{from: 2016, to: 2020}"))
            + "\nwaivers:\n  - {rule: vision-period-coverage, at: v, reason: 改定後のビジョンは策定中}\n"
        let found = try lint(yaml)
        #expect(found.count == 1 && found[0].waived)
    }

    @Test func targetYears() throws {
        let outside = "      - {metric: 件数, value: 5, unit: 件, basis: level, year: 2023, baseline: {value: 1, year: 2019}}"
        #expect(try lint(plan(targets: outside)).map(\.message) == ["the target '件数' names FY2023, outside the KPI period (FY2020–2022)"])
        let before = "      - {metric: 件数, value: 5, unit: 件, basis: milestone, year: 2020, deliverable: 研究会}"
        #expect(try lint(plan(period: "{as_of: 2022}", targets: before)).isEmpty, "as_of: earlier years are inside")
        let overTo = "      - {metric: 件数, value: 5, unit: 件, basis: cumulative, over: {to: 2023}}"
        #expect(try lint(plan(targets: overTo)).map(\.message) == ["the window (over) of the target '件数', FY2020–2023, extends beyond the KPI period (FY2020–2022)"])
        let overFrom = "      - {metric: 件数, value: 5, unit: 件, basis: cumulative, over: {from: 2023}}"
        #expect(try lint(plan(targets: overFrom)).map(\.message) == ["the window (over) of the target '件数', FY2023–?, extends beyond the KPI period (FY2020–2022)"])
        let cumulative = "      - {metric: 件数, value: 5, unit: 件, basis: cumulative, over: {to: 2021}, baseline: {value: 3, year: 2021}}"
        #expect(try lint(plan(targets: cumulative)).map(\.message) == ["the baseline of the target '件数' is for FY2021, not before the target's year (FY2021)"])
        let annual = "      - {metric: 件数, value: 11, unit: 個, basis: annual, baseline: {value: 11, year: 2017}}"
        #expect(try lint(plan(targets: annual)).isEmpty)
    }

    @Test func goalTargetBaseline() throws {
        let visions = "  - id: v\n    title: 総合計画\n    period: {from: 2018, to: 2022}\n    goals:\n      - id: g\n        text: 目標。\n"
            + "        targets:\n          - {metric: 開発件数, value: 30, unit: 件, basis: cumulative, baseline: {value: 10, year: 2022}}"
        let found = try lint(plan(visions: visions))
        #expect(found.map(\.rule) == ["target-year-outside-period"])
        #expect(found.first?.pointer == "/visions/0/goals/0/targets/0/baseline/year")
    }
}

/// The period rules on the 47 real plans: what the sources say.
@Suite("Period checks on the real plans")
struct PeriodChecksOnPlansTests {
    static let plans = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Plans")

    func lintPlan(_ name: String) throws -> [Diagnostic] {
        let bytes = Array(try Data(contentsOf: Self.plans.appendingPathComponent(name)))
        let engine = Engine(catalogue: shippedCatalogue, today: ExampleRunner.exampleDate)
        let rules = Set(PeriodChecks.all.map { $0.id })
        return engine.lint(bytes: bytes, path: name).diagnostics.filter { rules.contains($0.rule) }
    }

    @Test func ibarakiMissesFY2022ButItsVisionCoversItsPeriod() throws {
        let found = try lintPlan("08-ibaraki.yaml")
        #expect(found.map(\.rule) == ["period-window"])
        #expect(found.first?.message == "the KPI period (FY2020–2021) does not cover FY2022 of the plan window (FY2020–2022)")
    }

    @Test func ibarakiIsReportedAtTheEndThatIsShort() throws {
        let found = try lintPlan("08-ibaraki.yaml")
        #expect(found.first?.pointer == "/period/to")
    }

    @Test func miyagiGapIsAcknowledgedByItsRevisionNote() throws {
        // One finding for the one vision, at its period, naming the three KPIs and their lines.
        let found = try lintPlan("04-miyagi.yaml").filter { $0.rule == "vision-period-coverage" }
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.message.contains("FY2021–2022") && $0.message.contains("acknowledged") })
        #expect(found.first?.pointer == "/visions/0/period")
        #expect(found.first?.message.contains("'seminars' (line 22), 'consultation-support' (line 31), 'company-visits' (line 40)") == true)
    }

    @Test func chibaGapIsNotAcknowledged() throws {
        let found = try lintPlan("12-chiba.yaml").filter { $0.rule == "vision-period-coverage" }
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.message.contains("FY2021–2022") && !$0.message.contains("acknowledged") })
        #expect(found.first?.message.contains("'collaboration-seminars' (line 27), 'foreign-filing' (line 41)") == true)
    }
}
