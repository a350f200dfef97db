import Foundation
import PlanModel
import Testing
@testable import PlanRules

/// Lints a plan written as YAML and returns the diagnostics of the measurability rules.
private func lint(_ yaml: String, config: String? = nil, language: Language = .en) throws -> [Diagnostic] {
    try diagnostics(of: MeasurabilityChecks.all, in: yaml, config: config, language: language)
}

/// The diagnostics of one rule.
private func lint(_ rule: String, _ yaml: String, config: String? = nil, language: Language = .en) throws -> [Diagnostic] {
    try lint(yaml, config: config, language: language).filter { $0.rule == rule }
}

/// A plan with one KPI (`text`, and `targets` as YAML list items indented by six spaces) and one
/// vision whose goal has `goalTargets` (a flow list) when given. Line 6 is the KPI text, line 8
/// the first target.
private func plan(text: String = "セミナーを年6回開催する。",
                  targets: String = "      - {metric: セミナーの開催回数, value: 6, unit: 回, basis: annual}",
                  period: String = "{from: 2020, to: 2022}", goalTargets: String? = nil) -> String {
    """
    planlint: 1
    prefecture: {code: 8, name: 茨城}
    period: \(period)
    kpis:
      - id: k
        text: \(text)
        targets:
    \(targets)
        supports: [v/g]
    visions:
      - id: v
        title: 茨城県総合計画
        period: {from: 2018, to: 2023}
        goals:
          - {id: g, text: 知財の活用を促進する。\(goalTargets.map { ", targets: \($0)" } ?? "")}
    """
}

@Suite("Measurability checks")
struct MeasurabilityChecksTests {
    // MARK: kpi-missing

    @Test func kpiMissingQuotesTheStartOfLongNotes() throws {
        let notes = String(repeating: "知的財産の活用を支援する。", count: 6)
        let yaml = "planlint: 1\nprefecture: {code: 13, name: 東京}\nnotes: |-\n  \(notes)\n  次の行。\nkpis: []\nvisions: []\n"
        let found = try lint("kpi-missing", yaml, language: .ja)
        #expect(found.count == 1)
        #expect(found.first?.line == 6)
        #expect(found.first?.message == "計画にKPIが一つもありません（notes の記載：「\(notes.prefix(40))…」）")
    }

    @Test func kpiMissingIsWaivedForTheWholePlan() throws {
        let yaml = """
        planlint: 1
        prefecture: {code: 31, name: 鳥取}
        kpis: []
        visions: []
        waivers:
          - {rule: kpi-missing, reason: 改訂中の戦略に合わせてKPIを公表予定}
        """
        let found = try lint("kpi-missing", yaml)
        #expect(found.count == 1)
        #expect(found.first?.waived == true)
        #expect(found.first?.message == "the plan has no KPIs")
    }

    // MARK: target-missing

    @Test func targetMissingNamesTheTextsNumbers() throws {
        let found = try lint("target-missing", plan(text: "セミナーを年１０回開催し、30社以上（累計）を支援する。", targets: "      []"))
        #expect(found.map(\.line) == [8])
        #expect(found.first?.message == "KPI 'k' has no targets, though its text names 年１０回、30社以上（累計）")
    }

    // MARK: target-value

    @Test func targetValueAcceptsMilestonesWholeCountsAndShareIn割() throws {
        let targets = """
              - {metric: 研究会の立ち上げ, basis: milestone, deliverable: 研究会, year: 2020}
              - {metric: 割合, value: 3, unit: 割, basis: share}
              - {metric: 売上高, value: 1.5, unit: 億円, basis: level}
              - {metric: 回数, value: 6.0, unit: 回, basis: annual}
        """
        #expect(try lint("target-value", plan(targets: targets)).isEmpty)
    }

    @Test func targetValueReadsShareIn割AsTenPercent() throws {
        let found = try lint("target-value", plan(targets: "      - {metric: 割合, value: 12, unit: 割, basis: share}"))
        #expect(found.map(\.line) == [8])
        #expect(found.first?.message == "target '割合' is a share but its value 12 is outside 0–100")
    }

    @Test func targetValueCountUnitsAreConfigurable() throws {
        let targets = "      - {metric: 出荷量, value: 2.5, unit: t, basis: annual}"
        #expect(try lint("target-value", plan(targets: targets)).isEmpty)
        let config = "rules:\n  target-value:\n    params:\n      count-units: [t]\n"
        let found = try lint("target-value", plan(targets: targets), config: config)
        #expect(found.first?.message == "target '出荷量' counts t but its value 2.5 is not a whole number")
    }

    @Test func targetValueChecksGoalTargetsWithTheGoalAsSubject() throws {
        let yaml = plan(goalTargets: "[{metric: 開発件数, value: -3, unit: 件, basis: cumulative}]") + """

        waivers:
          - {rule: target-value, at: g, reason: 原文の誤記}
        """
        let found = try lint("target-value", yaml)
        #expect(found.count == 1)
        #expect(found.first?.waived == true, "a waiver at the goal covers its targets")
    }

    // MARK: target-unit

    @Test func targetUnitFoldsWidthAndSkipsMilestones() throws {
        let targets = """
              - {metric: 割合, value: 30, unit: ％, basis: share}
              - {metric: 研究会, basis: milestone, deliverable: 研究会}
              - {metric: 件数, value: 10, unit: 社・団体, basis: annual}
        """
        #expect(try lint("target-unit", plan(targets: targets)).isEmpty)
    }

    @Test func targetUnitReportsAnEmptyUnitAsMissing() throws {
        let found = try lint("target-unit", plan(targets: "      - {metric: 回数, value: 6, unit: '', basis: annual}"))
        #expect(found.map(\.message) == ["target '回数' has no unit"])
    }

    @Test func targetUnitListFromTheConfigurationReplacesTheDefault() throws {
        let found = try lint("target-unit", plan(), config: "units: [件, 社]\n")
        #expect(found.map(\.line) == [8])
        #expect(found.first?.message == "target 'セミナーの開催回数' has unit '回', which is not in the allowed units")
    }

    @Test func targetUnitChecksGoalTargets() throws {
        let found = try lint("target-unit", plan(goalTargets: "[{metric: 開発件数, value: 30, basis: cumulative}]"))
        #expect(found.map(\.line) == [15])
    }

    // MARK: target-basis

    @Test func targetBasisSuggestsCumulativeFrom累計() throws {
        let found = try lint("target-basis", plan(text: "延べ30社（累計）を支援する。",
                                                  targets: "      - {metric: 支援企業数, value: 30, unit: 社}"))
        #expect(found.first?.message
            == "target '支援企業数' has no basis; the KPI text says '延べ30社（累計）', which reads as basis cumulative")
    }

    @Test func targetBasisSuggestsNothingWhenMentionsDisagree() throws {
        let found = try lint("target-basis", plan(text: "年10件の相談に応じ、10件（累計）の契約につなげる。",
                                                  targets: "      - {metric: 相談件数, value: 10, unit: 件}"))
        #expect(found.first?.message == "target '相談件数' has no basis: it cannot be told whether it is yearly or cumulative")
    }

    // MARK: target-approximate

    @Test func targetApproximateIsAWarningAtTheComparator() throws {
        let targets = """
              - metric: 開催回数
                value: 3
                unit: 回
                basis: annual
                comparator: about
        """
        let found = try lint("target-approximate", plan(text: "年3回程度開催する。", targets: targets), language: .ja)
        #expect(found.map(\.line) == [12])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message == "目標「開催回数」は 3回 の概数（about）で、達成・未達成を判定できません")
    }

    // MARK: increase-baseline

    @Test func increaseBaselineNamesTheYearsOfAnAverage() throws {
        let targets = "      - {metric: 出願件数, value: 5, unit: 件, basis: increase, baseline: {from: 2015, to: 2019, aggregate: mean}}"
        let found = try lint("increase-baseline", plan(text: "出願件数を年5件増やす。", targets: targets))
        #expect(found.map(\.message) == ["increase target '出願件数' has a baseline (FY2015–2019) without a value"])
    }

    @Test func increaseBaselineIgnoresOtherBases() throws {
        let targets = "      - {metric: 出願件数, value: 5, unit: 件, basis: level}"
        #expect(try lint("increase-baseline", plan(text: "出願件数を5件とする。", targets: targets)).isEmpty)
    }

    // MARK: text-target-mismatch

    @Test func mismatchComparesMoneyAcrossScales() throws {
        let targets = """
              - {metric: 製造品出荷額, value: 92000, unit: 億円, basis: level}
              - {metric: 売上高, value: 1514, unit: 百万円, basis: level}
        """
        let text = "製造品出荷額等9兆2,000億円、売上高15億1,400万円を目指す。"
        #expect(try lint("text-target-mismatch", plan(text: text, targets: targets)).isEmpty)
    }

    @Test func mismatchAcceptsPerYearHistoryAndParts() throws {
        let targets = """
              - metric: 支援件数
                value: 40
                unit: 件
                basis: cumulative
                per_year: 10
                history: [{year: 2019, value: 8}]
                parts: [{metric: 特許, value: 30}, {metric: 商標, value: 10}]
        """
        let text = "支援件数40件（累計、年間10件）、うち特許30件・商標10件を目指す（2019年度実績8件）。"
        #expect(try lint("text-target-mismatch", plan(text: text, targets: targets)).isEmpty)
    }

    @Test func mismatchToleranceIsRelative() throws {
        let targets = "      - {metric: 出願件数, value: 101, unit: 件, basis: annual}"
        let yaml = plan(text: "出願件数を年100件とする。", targets: targets)
        // The text's number in the target's unit, and a target the text does not state: one
        // contradiction (an error), not two unrelated warnings.
        let found = try lint("text-target-mismatch", yaml)
        #expect(found.map(\.message) == ["the KPI text says '年100件' but target '出願件数' is 101件"])
        #expect(found.map(\.severity) == [.error])
        let config = "rules:\n  text-target-mismatch:\n    params: {tolerance: 0.02}\n"
        #expect(try lint("text-target-mismatch", yaml, config: config).isEmpty)
    }

    @Test func mismatchLeavesOutDescriptionsAndYears() throws {
        let text = "令和2年度から第2回の協議会（13機関で構成）を開き、2022年度までに年6回開催する。"
        #expect(try lint("text-target-mismatch", plan(text: text)).isEmpty)
    }

    @Test func mismatchPairsAWrongUnitWithTheUnmatchedTarget() throws {
        let targets = """
              - {metric: 開催回数, value: 10, unit: 回, basis: annual}
              - {metric: 企業数, value: 10, unit: 件, basis: annual}
        """
        let found = try lint("text-target-mismatch", plan(text: "年10社に働きかけ、セミナーを年10回開催する。", targets: targets))
        #expect(found.map(\.line) == [9])
        #expect(found.first?.message == "the KPI text says '年10社' but target '企業数' has unit '件'")
    }

    @Test func mismatchReadsTheLevelYearFromThePeriod() throws {
        let targets = "      - {metric: 相談件数, value: 755, unit: 件, basis: level}"
        let text = "相談件数を755件（2021年度）とする。"
        let found = try lint("text-target-mismatch", plan(text: text, targets: targets), language: .ja)
        #expect(found.map(\.message) == ["KPIの本文では「755件（2021年度）」は2021年度の値ですが、目標「相談件数」の value は2022年度の値です"])
        #expect(try lint("text-target-mismatch", plan(text: text, targets: targets, period: "{from: 2020, to: 2021}")).isEmpty)
    }

    @Test func mismatchSkipsMilestonesAndTargetsWithoutUnit() throws {
        let targets = """
              - {metric: 研究会の立ち上げ, basis: milestone, deliverable: 研究会, year: 2020}
              - {metric: 開催回数, value: 6, basis: annual}
        """
        #expect(try lint("text-target-mismatch", plan(targets: targets)).isEmpty)
    }

    @Test func mismatchFindsATargetInAnUnknownUnitWrittenLiterally() throws {
        let targets = "      - {metric: 品種登録数, value: 5, unit: 品種, basis: annual}"
        #expect(try lint("text-target-mismatch", plan(text: "県オリジナル品種を年5品種登録する。", targets: targets)).isEmpty)
        let found = try lint("text-target-mismatch", plan(text: "県オリジナル品種を年15品種登録する。", targets: targets))
        #expect(found.map(\.message) == ["target '品種登録数' (5品種) does not appear in the KPI text"])
    }

    @Test func mismatchLeavesKPIsWithoutTargetsToTargetMissing() throws {
        let found = try lint(plan(text: "年23社に訪問する。", targets: "      []"))
        #expect(found.map(\.rule) == ["target-missing"])
    }

    @Test func mismatchLeavesOutAShareThatDescribes() throws {
        let text = "県内企業の99.7%を占める中小企業に対し、セミナーを年6回開催する。"
        #expect(try lint("text-target-mismatch", plan(text: text)).isEmpty)
    }
}
