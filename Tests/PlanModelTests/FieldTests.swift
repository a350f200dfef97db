import PlanModel
import PlanYAML
import Testing

/// Every field of the format, read on its happy path, with the sources checks point at.
@Suite("Fields")
struct FieldTests {
    @Test("the top level: version, prefecture, period, revision, notes")
    func topLevel() throws {
        let plan = try cleanPlan("""
            planlint: 1
            prefecture:
              code: 8
              name: 茨城県
            period: {from: 2020, to: 2021}
            revision:
              from: 2021
              note: ※2021年度以降ビジョン改定に伴い、変更可能性あり
            notes: >-
              KPIは設定していない。
            kpis: []
            visions: []
            """)
        #expect(plan.formatVersion == 1)
        #expect(plan.prefecture?.code == 8)
        #expect(plan.prefecture?.name == "茨城県")
        #expect(plan.prefecture?.source.pointer == "/prefecture")
        #expect(plan.period?.from == 2020)
        #expect(plan.period?.to == .year(2021))
        #expect(plan.period?.toYear == 2021)
        #expect(plan.period?.asOf == nil)
        #expect(plan.period?.source.pointer == "/period")
        #expect(plan.period?.fields["to"]?.pointer == "/period/to")
        #expect(plan.period?.fields["to"]?.range.start == Mark(line: 5, column: 26, offset: 77))
        #expect(plan.revision?.from == 2021)
        #expect(plan.revision?.note == "※2021年度以降ビジョン改定に伴い、変更可能性あり")
        #expect(plan.notes == "KPIは設定していない。")
        #expect(plan.kpis.isEmpty && plan.visions.isEmpty && plan.waivers.isEmpty)
        #expect(plan.fields["notes"]?.range.start.line == 9)
        #expect(plan.source.pointer == "")
    }

    @Test("period as_of, and null lists read as empty")
    func asOfAndNullLists() throws {
        let plan = try cleanPlan("""
            planlint: 1
            prefecture: {code: 13, name: 東京都}
            period: {as_of: 2022}
            kpis:
            visions: ~
            """)
        #expect(plan.period?.asOf == 2022)
        #expect(plan.period?.from == nil && plan.period?.to == nil)
        #expect(plan.kpis.isEmpty && plan.visions.isEmpty)
    }

    @Test("an absent period is left to the period rules")
    func noPeriod() throws {
        let plan = try cleanPlan("planlint: 1\nprefecture: {code: 1, name: 北海道}\nkpis: []\nvisions: []\n")
        #expect(plan.period == nil)
    }

    @Test("a KPI: id, text, targets, supports")
    func kpi() throws {
        let plan = try cleanPlan(head + """
            kpis:
              - id: business-plan-seminars
                text: >-
                  ビジネスプランの構築に係るセミナー等を年10回開催する。
                targets:
                  - {metric: セミナー等の開催回数, value: 10, unit: 回, basis: annual}
                supports: [ibaraki-plan/new-tech, ibaraki-plan/joint-development]
              - id: single-reference
                text: 年30社に働きかける。
                targets: []
                supports: ibaraki-plan/new-tech
            visions: []
            """)
        let kpi = try #require(plan.kpis.first)
        #expect(kpi.id == "business-plan-seminars")
        #expect(kpi.text == "ビジネスプランの構築に係るセミナー等を年10回開催する。")
        #expect(kpi.source.pointer == "/kpis/0")
        #expect(kpi.source.range.start.line == 5)
        #expect(kpi.fields["id"]?.pointer == "/kpis/0/id")
        #expect(kpi.targets.count == 1)
        #expect(kpi.supports.map(\.value) == ["ibaraki-plan/new-tech", "ibaraki-plan/joint-development"])
        #expect(kpi.supports[1].source.pointer == "/kpis/0/supports/1")
        #expect(kpi.supports[1].source.range.start.line == 10)
        // A single reference is read as a list of one.
        #expect(plan.kpis[1].supports.map(\.value) == ["ibaraki-plan/new-tech"])
        #expect(plan.kpis[1].supports[0].source.pointer == "/kpis/1/supports")
        #expect(plan.kpis[1].targets.isEmpty)
    }

    @Test("a target: every field")
    func target() throws {
        let plan = try cleanPlan(head + """
            kpis:
              - id: support
                text: 支援を累計40件（年間10件）行い、そのうち3割以上を事業化する。
                targets:
                  - id: total
                    metric: 支援件数
                    value: 40
                    unit: 件
                    basis: cumulative
                    comparator: at-least
                    over: {from: 2020, to: 2023}
                    per_year: 10
                    history: [{year: 2018, value: 8}, {year: 2019, value: 9.5}]
                    parts: [{metric: 相談, value: 30}, {value: 10}]
                  - metric: 事業化の割合
                    value: 30
                    unit: '%'
                    basis: share
                    comparator: about
                    within: support/total
                  - metric: 出願件数
                    value: 5
                    unit: 件
                    basis: increase
                    per: year
                    year: 2022
                    baseline: {value: 18.2, from: 2017, to: 2019, aggregate: mean, parts: [{value: 18.2}]}
                    within: [support/total]
                  - metric: 研究会
                    basis: milestone
                    comparator: at-most
                    deliverable: 知財研究会の立ち上げ
                    year: 令和2年度
                    baseline: {value: -3, year: 2019}
                supports: []
            visions: []
            """)
        let targets = try #require(plan.kpis.first?.targets)
        try #require(targets.count == 4)
        let total = targets[0]
        #expect(total.id == "total")
        #expect(total.metric == "支援件数")
        #expect(total.value == 40)
        #expect(total.unit == "件")
        #expect(total.basis == .cumulative)
        #expect(total.comparator == .atLeast)
        #expect(total.over?.from == 2020 && total.over?.toYear == 2023)
        #expect(total.over?.source.pointer == "/kpis/0/targets/0/over")
        #expect(total.perYear == 10)
        #expect(total.history.map(\.year) == [2018, 2019])
        #expect(total.history.map(\.value) == [8, 9.5])
        #expect(total.history[1].source.pointer == "/kpis/0/targets/0/history/1")
        #expect(total.parts.map(\.value) == [30, 10])
        #expect(total.parts.map(\.metric) == ["相談", nil])
        #expect(total.source.pointer == "/kpis/0/targets/0")
        #expect(total.fields["basis"]?.pointer == "/kpis/0/targets/0/basis")
        #expect(total.fields["basis"]?.range.start.line == 12)
        #expect(total.fields["basis"]?.range.start.column == 16)

        let share = targets[1]
        #expect(share.unit == "%")
        #expect(share.basis == .share)
        #expect(share.comparator == .about)
        #expect(share.within.map(\.value) == ["support/total"])

        let increase = targets[2]
        #expect(increase.basis == .increase)
        #expect(increase.comparator == .exactly) // the default
        #expect(increase.per == "year")
        #expect(increase.year == 2022)
        #expect(increase.baseline?.value == 18.2)
        #expect(increase.baseline?.from == 2017 && increase.baseline?.to == 2019)
        #expect(increase.baseline?.aggregate == "mean")
        #expect(increase.baseline?.effectiveYear == 2019)
        #expect(increase.baseline?.parts.map(\.value) == [18.2])
        #expect(increase.baseline?.source.pointer == "/kpis/0/targets/2/baseline")
        #expect(increase.within.map(\.value) == ["support/total"])
        #expect(increase.within[0].source.pointer == "/kpis/0/targets/2/within/0")

        let milestone = targets[3]
        #expect(milestone.basis == .milestone)
        #expect(milestone.comparator == .atMost)
        #expect(milestone.value == nil)
        #expect(milestone.deliverable == "知財研究会の立ち上げ")
        #expect(milestone.year == 2020)
        #expect(milestone.baseline?.value == -3 && milestone.baseline?.year == 2019)
        #expect(milestone.baseline?.effectiveYear == 2019)
    }

    @Test("every basis and comparator word", arguments: [
        ("annual", Basis.annual), ("cumulative", .cumulative), ("level", .level),
        ("increase", .increase), ("share", .share), ("milestone", .milestone),
    ])
    func basis(word: String, basis: Basis) throws {
        let plan = try cleanPlan(planWithTarget("{basis: \(word)}"))
        #expect(plan.kpis.first?.targets.first?.basis == basis)
    }

    @Test("comparators", arguments: [
        ("exactly", Comparator.exactly), ("at-least", .atLeast), ("at-most", .atMost), ("about", .about),
    ])
    func comparator(word: String, comparator: Comparator) throws {
        let plan = try cleanPlan(planWithTarget("{comparator: \(word)}"))
        #expect(plan.kpis.first?.targets.first?.comparator == comparator)
    }

    @Test("a vision: id, title, period (open end, missing from), goals with headings and targets")
    func vision() throws {
        let plan = try cleanPlan(head + """
            kpis: []
            visions:
              - id: hokkaido-science
                title: 北海道科学技術振興計画
                period: {from: 2018, to: open}
                goals:
                  - id: new-tech
                    heading: 新技術を活用したものづくりへの支援
                    text: ビジネスプランの構築件数30件（2021年度まで）を目指す。
                    targets:
                      - {metric: ビジネスプランの構築件数, value: 30, unit: 件, basis: cumulative, over: {to: 2021}}
                  - {id: plain, text: 知財の活用を促進する。}
              - id: no-deadline
                title: 知的財産推進計画
                period: {to: open}
                goals: []
              - id: no-period
                title: 産業振興ビジョン
                goals:
            """)
        try #require(plan.visions.count == 3)
        let v = plan.visions[0]
        #expect(v.id == "hokkaido-science")
        #expect(v.title == "北海道科学技術振興計画")
        #expect(v.period?.from == 2018)
        #expect(v.period?.to == .open)
        #expect(v.period?.toYear == nil)
        #expect(v.source.pointer == "/visions/0")
        #expect(v.goals.map(\.id) == ["new-tech", "plain"])
        let goal = v.goals[0]
        #expect(goal.heading == "新技術を活用したものづくりへの支援")
        #expect(goal.text == "ビジネスプランの構築件数30件（2021年度まで）を目指す。")
        #expect(goal.source.pointer == "/visions/0/goals/0")
        #expect(goal.targets.first?.over?.from == nil)
        #expect(goal.targets.first?.over?.toYear == 2021)
        #expect(goal.targets.first?.source.pointer == "/visions/0/goals/0/targets/0")
        #expect(v.goals[1].heading == nil && v.goals[1].targets.isEmpty)
        #expect(plan.visions[1].period?.from == nil && plan.visions[1].period?.to == .open)
        #expect(plan.visions[2].period == nil && plan.visions[2].goals.isEmpty)
        #expect(plan.goalsByReference["hokkaido-science/plain"]?.goal.text == "知財の活用を促進する。")
    }

    @Test("waivers: rule, at, reason, until; `at` may be absent")
    func waivers() throws {
        let plan = try cleanPlan(planWith("""
            waivers:
              - rule: vision-period-coverage
                at: seminars
                reason: 改定後のビジョンは2021年度中に策定予定
                until: 2022-03-31
              - {rule: goal-unsupported, reason: 目標は県の総合計画全体を示すため}
            """))
        try #require(plan.waivers.count == 2)
        let w = plan.waivers[0]
        #expect(w.rule == "vision-period-coverage")
        #expect(w.at == "seminars")
        #expect(w.reason == "改定後のビジョンは2021年度中に策定予定")
        #expect(w.until == CalendarDate(year: 2022, month: 3, day: 31))
        #expect(w.source.pointer == "/waivers/0")
        #expect(w.source.range.start.line == 7)
        #expect(plan.waivers[1].at == nil && plan.waivers[1].until == nil)
    }

    @Test("references by id: targets and goals are found by KPI_ID/TARGET_ID and VISION_ID/GOAL_ID")
    func referencesByID() throws {
        let plan = try cleanPlan(head + """
            kpis:
              - id: k
                text: 年10件
                targets: [{id: t, value: 10}, {value: 3}]
                supports: [v/g]
            visions:
              - {id: v, title: ビジョン, goals: [{id: g, text: 目標}]}
            """)
        #expect(plan.targetsByReference.keys.sorted() == ["k/t"])
        #expect(plan.goalsByReference.keys.sorted() == ["v/g"])
    }

    @Test("YAML 1.1 words and octal-looking digits stay text where text is expected")
    func yaml11Words() throws {
        let plan = try cleanPlan(head + """
            kpis:
              - id: no
                text: on
                targets: [{metric: 0123, unit: yes, deliverable: off, value: 0}]
                supports: [y/n]
            visions:
              - {id: '0123', title: 2020-04-01, goals: [{id: true, heading: null-ish, text: 'null'}]}
            """)
        let kpi = try #require(plan.kpis.first)
        #expect(kpi.id == "no")
        #expect(kpi.text == "on")
        let t = try #require(kpi.targets.first)
        #expect(t.metric == "0123")
        #expect(t.unit == "yes")
        #expect(t.deliverable == "off")
        #expect(t.value == 0)
        #expect(plan.visions.first?.id == "0123")
        #expect(plan.visions.first?.title == "2020-04-01")
        #expect(plan.visions.first?.goals.first?.id == "true")
        #expect(plan.visions.first?.goals.first?.text == "null")
    }

    @Test("numbers: plain decimals, negative and fractional", arguments: [
        ("10", 10.0), ("18.2", 18.2), ("-3", -3.0), ("0", 0.0), ("0.5", 0.5), ("1530", 1530.0),
        ("999999999999999", 999_999_999_999_999.0),
    ])
    func numbers(text: String, value: Double) throws {
        let plan = try cleanPlan(planWithTarget("{value: \(text)}"))
        #expect(plan.kpis.first?.targets.first?.value == value)
    }

    @Test("decimal reads whole numbers on its shortcut exactly as the general rules do", arguments: [
        ("10", 10.0), ("-3", -3.0), ("0", 0.0), ("-0", -0.0), ("123456789012345", 123_456_789_012_345.0),
        ("1234567890123456", 1_234_567_890_123_456.0), ("07", nil), ("-07", nil), ("00", nil), ("-", nil),
        ("", nil), ("+5", nil), ("1_000", nil), ("1e3", nil), ("５", nil), ("-\u{301}5", nil), ("5\u{301}", nil),
    ] as [(String, Double?)])
    func decimalShortcut(text: String, value: Double?) {
        #expect(DecodeContext.decimal(text) == value)
    }
}
