import PlanModel
import PlanYAML
import Testing

/// The author's own words: Japanese synonyms for the fixed words, and places named the way
/// the author sees them (issue #14).
@Suite("Author's words")
struct AuthorWordsTests {
    @Test("Japanese words for basis read as the value they mean", arguments: [
        ("累計", Basis.cumulative), ("累積", .cumulative), ("通算", .cumulative), ("年間", .annual), ("毎年", .annual),
        ("各年度", .annual), ("水準", .level), ("増加", .increase), ("割合", .share), ("マイルストーン", .milestone),
    ])
    func basisSynonyms(word: String, basis: Basis) throws {
        let plan = try cleanPlan(planWithTarget("{value: 6, unit: 回, basis: \(word)}"))
        #expect(plan.kpis.first?.targets.first?.basis == basis)
    }

    @Test("Japanese words for comparator read as the value they mean", arguments: [
        ("以上", Comparator.atLeast), ("以下", .atMost), ("程度", .about), ("約", .about), ("およそ", .about),
        ("概ね", .about), ("ちょうど", .exactly),
    ])
    func comparatorSynonyms(word: String, comparator: Comparator) throws {
        let plan = try cleanPlan(planWithTarget("{value: 6, unit: 回, basis: annual, comparator: \(word)}"))
        #expect(plan.kpis.first?.targets.first?.comparator == comparator)
    }

    @Test("words with no single reading are still refused", arguments: ["延べ", "未満", "超", "合計"])
    func ambiguousWords(word: String) throws {
        let field = word == "延べ" || word == "合計" ? "basis" : "comparator"
        let extra = field == "basis" ? "" : ", basis: annual"
        let f = try onlyFinding(planWithTarget("{value: 6, unit: 回, \(field): \(word)\(extra)}"))
        #expect(f.rule == "schema-type" && f.message == "enum")
    }

    @Test("a place is named by ids, metrics and 1-based positions in both languages")
    func placeNames() throws {
        let text = """
            planlint: 1
            prefecture: {code: 8, name: 茨城}
            period: {from: 2020, to: 2022}
            kpis:
              - id: intro
                text: 紹介
                targets: []
                supports: []
              - id: seminars
                text: セミナーを開催する。
                targets:
                  - {metric: 開催回数, value: 1}
                  - {metric: 相談件数, value: 2}
                supports: [v/g]
            visions:
              - id: v
                title: ビジョン
                goals:
                  - {id: g, text: 目標}
                  - {id: h, text: 目標, targets: [{value: 3}]}
            waivers:
              - {rule: period-window, reason: x}

            """
        let root = try #require(YAMLLoader.load(Array(text.utf8)).root)
        let value = PlaceName.at("/kpis/1/targets/1/value", in: root)
        #expect(value.ja == "KPI『seminars』の2番目の目標値（metric: 相談件数）の value")
        #expect(value.en == "value of target 2 (metric: 相談件数) of KPI 'seminars'")
        #expect(PlaceName.at("/kpis/1/supports/0", in: root).ja == "KPI『seminars』の supports の1番目")
        #expect(PlaceName.at("/visions/0/goals/1/targets/0/value", in: root).ja
            == "ビジョン『v』の目標『h』の1番目の目標値の value")
        #expect(PlaceName.at("/visions/0/goals/1/targets/0/value", in: root).en
            == "value of target 1 of goal 'h' of vision 'v'")
        #expect(PlaceName.at("/waivers/0/reason", in: root).ja == "1番目の例外（waivers）の reason")
        #expect(PlaceName.at("/period/from", in: root).en == "from of period")
        #expect(PlaceName.at("", in: root) == .plan)
        #expect(PlaceName.at("/kpis/7/id", in: root).en == "id of KPI 8")
    }

    @Test("schema messages name the field for people; the pointer stays in the source")
    func schemaFieldName() throws {
        let f = try onlyFinding(planWithTarget("{metric: 開催回数, value: \"6\", unit: 回, basis: annual}"))
        #expect(f.arguments["field"] == "value of target 1 (metric: 開催回数) of KPI 'seminars'")
        #expect(f.arguments["field@ja"] == "KPI『seminars』の1番目の目標値（metric: 開催回数）の value")
        #expect(f.source.pointer == "/kpis/0/targets/0/value")
    }
}
