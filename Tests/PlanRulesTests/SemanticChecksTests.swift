import PlanModel
import Testing
@testable import PlanRules

/// The checks that hold a plan's declared fields to its own words and numbers, on the
/// edges their examples do not show.
@Suite("Semantic checks")
struct SemanticChecksTests {
    /// A plan with one KPI (`text`, `targets`) serving goal v/g, over the given period.
    static func plan(_ text: String, _ targets: [String], period: String = "{from: 2020, to: 2022}",
                     vision: String = "{from: 2018, to: 2023}", title: String = "茨城県総合計画") -> String {
        """
        planlint: 1
        prefecture: {code: 8, name: 茨城}
        period: \(period)
        kpis:
          - id: k
            text: \(text)
            targets:
        \(targets.map { "      - " + $0 }.joined(separator: "\n"))
            supports: [v/g]
        visions:
          - id: v
            title: \(title)
            period: \(vision)
            goals:
              - {id: g, text: 知財の活用を促進する。}
        """
    }

    @Test("a basis is judged only when every mention of the number says the same")
    func basisNeedsAgreement() throws {
        let agreeing = Self.plan("セミナーを年6回開催し、3年間で累計6回の相談会も行う。",
                                 ["{metric: セミナー, value: 6, unit: 回, basis: cumulative}"])
        #expect(try diagnostics(of: [BasisTextMismatch.self], in: agreeing).isEmpty, "年6回 and 累計6回 disagree: no reading")
        let yearly = Self.plan("セミナーを年6回開催する。", ["{metric: セミナー, value: 6, unit: 回, basis: cumulative}"])
        let found = try diagnostics(of: [BasisTextMismatch.self], in: yearly, language: .ja)
        #expect(found.map(\.message) == ["目標「セミナー」の基準は cumulative ですが、本文は「年6回」と書いており annual と読めます"])
        let level = Self.plan("相談件数を2022年度に1,000件とする。", ["{metric: 相談件数, value: 1000, unit: 件, basis: level, year: 2022}"])
        #expect(try diagnostics(of: [BasisTextMismatch.self], in: level).isEmpty, "only annual and cumulative are compared")
    }

    @Test("a comparator the text states: omitted is a warning, another comparator an error")
    func comparators() throws {
        let omitted = Self.plan("相談を1,000件以上行う。", ["{metric: 相談件数, value: 1000, unit: 件, basis: annual}"])
        #expect(try diagnostics(of: [ComparatorTextMismatch.self], in: omitted).map(\.severity) == [.warning])
        let other = Self.plan("相談を1,000件以上行う。",
                              ["{metric: 相談件数, value: 1000, unit: 件, basis: annual, comparator: at-most}"])
        #expect(try diagnostics(of: [ComparatorTextMismatch.self], in: other).map(\.severity) == [.error])
        let about = Self.plan("セミナーを年10回程度開催する。", ["{metric: セミナー, value: 10, unit: 回, basis: annual, comparator: about}"])
        #expect(try diagnostics(of: [ComparatorTextMismatch.self], in: about).isEmpty)
    }

    @Test("annual and cumulative targets are paired by metric without 累計 and 年間, in both directions")
    func pairing() throws {
        #expect(CumulativeAnnualMismatch.pairingKey("セミナーの開催回数(累計)") == "セミナーの開催回数")
        #expect(CumulativeAnnualMismatch.pairingKey("年間の延べ相談件数") == "の相談件数")
        let short = Self.plan("セミナーを年5回、累計30回開催する。",
                              ["{metric: セミナーの開催回数, value: 5, unit: 回, basis: annual}",
                               "{metric: セミナーの開催回数（累計）, value: 30, unit: 回, basis: cumulative}"])
        let found = try diagnostics(of: [CumulativeAnnualMismatch.self], in: short)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("the annual target 'セミナーの開催回数' reaches: 5 回 × 3 years = 15 回") == true)
        let floor = Self.plan("セミナーを年5回以上、累計30回開催する。",
                              ["{metric: セミナーの開催回数, value: 5, unit: 回, basis: annual, comparator: at-least}",
                               "{metric: セミナーの開催回数（累計）, value: 30, unit: 回, basis: cumulative}"])
        #expect(try diagnostics(of: [CumulativeAnnualMismatch.self], in: floor).isEmpty, "a yearly floor reaches any total")
        let totalFloor = Self.plan("セミナーを年15回、累計30回以上開催する。",
                                   ["{metric: セミナーの開催回数, value: 15, unit: 回, basis: annual}",
                                    "{metric: セミナーの開催回数（累計）, value: 30, unit: 回, basis: cumulative, comparator: at-least}"])
        #expect(try diagnostics(of: [CumulativeAnnualMismatch.self], in: totalFloor).isEmpty, "a total floor allows more")
    }

    @Test("a title's years: four digits, full-width too; dates and 21世紀 are not years", arguments: [
        ("長崎県総合計画チャレンジ2020", [2020]), ("静岡県経済産業ビジョン2018～2021", [2018, 2021]),
        ("あいち科学技術・知的財産アクションプラン２０１６-２０２０", [2016, 2020]),
        ("「かながわ知的財産活用指針」（2018年3月改定）", []), ("沖縄21世紀ビジョン基本計画", []),
        ("第2次地域知財活性化行動計画", []), ("計画12345", []),
    ])
    func titleYears(title: String, years: [Int]) {
        #expect(VisionTitlePeriod.titleYears(title) == years)
    }

    @Test("a cumulative target under as_of with a start in over is fine; without, a warning")
    func cumulativeStart() throws {
        let started = Self.plan("支援を累計10社に行う。",
                                ["{metric: 支援企業数, value: 10, unit: 社, basis: cumulative, over: {from: 2020}}"],
                                period: "{as_of: 2022}")
        #expect(try diagnostics(of: [CumulativeStart.self], in: started).isEmpty)
        let open = Self.plan("支援を累計10社に行う。", ["{metric: 支援企業数, value: 10, unit: 社, basis: cumulative}"],
                             period: "{as_of: 2022}")
        #expect(try diagnostics(of: [CumulativeStart.self], in: open).map(\.severity) == [.warning])
    }
}
