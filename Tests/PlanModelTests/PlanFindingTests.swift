import PlanModel
import PlanYAML
import Testing

/// duplicate-id, prefecture-code and format-version: the structural rules about a plan's content.
@Suite("Plan-level structure findings")
struct PlanFindingTests {
    @Test("two KPIs with one id: duplicate-id/kpi at the second, naming the first's line")
    func duplicateKPI() throws {
        let f = try onlyFinding(head + """
            kpis:
              - {id: seminars, text: セミナーを年6回開催する。, targets: [], supports: []}
              - id: seminars
                text: 相談会を年4回開催する。
                targets: []
                supports: []
            visions: []
            """)
        #expect(Seen(f) == Seen("duplicate-id", "kpi", 6, 9, "/kpis/1/id"))
        #expect(f.arguments == ["id": "seminars", "line": "5"])
        #expect(f.subject == "seminars")
    }

    @Test("two visions with one id: duplicate-id/vision")
    func duplicateVision() throws {
        let f = try onlyFinding(head + """
            kpis: []
            visions:
              - {id: plan, title: 総合計画, goals: []}
              - {id: plan, title: 産業振興ビジョン, goals: []}
            """)
        #expect(Seen(f) == Seen("duplicate-id", "vision", 7, 10, "/visions/1/id"))
        #expect(f.arguments == ["id": "plan", "line": "6"])
    }

    @Test("goals share an id within one vision only: duplicate-id/goal")
    func duplicateGoal() throws {
        let f = try onlyFinding(head + """
            kpis: []
            visions:
              - id: a
                title: 総合計画
                goals:
                  - {id: g1, text: 知財の活用}
                  - {id: g1, text: 人材の育成}
              - {id: b, title: 産業振興ビジョン, goals: [{id: g1, text: 他のビジョンなら同じidでよい}]}
            """)
        #expect(Seen(f) == Seen("duplicate-id", "goal", 10, 14, "/visions/0/goals/1/id"))
        #expect(f.arguments == ["id": "g1", "line": "9"])
    }

    @Test("targets share an id within one KPI only: duplicate-id/target (also among a goal's targets)")
    func duplicateTarget() throws {
        let decoded = decode(head + """
            kpis:
              - id: a
                text: 年10件、年5件
                targets: [{id: t, value: 10}, {value: 1}, {id: t, value: 5}]
                supports: []
              - {id: b, text: 年3件, targets: [{id: t, value: 3}], supports: []}
            visions:
              - id: v
                title: 総合計画
                goals:
                  - {id: g, text: 目標, targets: [{id: x}, {id: x}]}
            """)
        #expect(decoded.findings.map(Seen.init) == [
            Seen("duplicate-id", "target", 7, 52, "/kpis/0/targets/2/id"),
            Seen("duplicate-id", "target", 14, 51, "/visions/0/goals/0/targets/1/id"),
        ])
        #expect(decoded.findings.first?.arguments == ["id": "t", "line": "7"])
    }

    @Test("a prefecture is named with or without 都/府/県", arguments: [
        (8, "茨城"), (8, "茨城県"), (1, "北海道"), (13, "東京"), (13, "東京都"), (26, "京都"), (26, "京都府"),
        (27, "大阪府"), (47, "沖縄県"), (46, "鹿児島"), (14, "神奈川県"), (30, "和歌山"),
    ])
    func prefectureNames(code: Int, name: String) throws {
        let plan = try cleanPlan("planlint: 1\nprefecture: {code: \(code), name: \(name)}\nkpis: []\nvisions: []\n")
        #expect(plan.prefecture?.code == code)
        #expect(plan.prefecture?.name == name)
        #expect(Prefectures.matches(name, code: code))
        #expect(Prefectures.code(of: name) == code)
    }

    @Test("the official full names and the table's ends")
    func prefectureTable() {
        #expect(Prefectures.names.count == 47)
        #expect(Prefectures.fullName(of: 1) == "北海道")
        #expect(Prefectures.fullName(of: 8) == "茨城県")
        #expect(Prefectures.fullName(of: 13) == "東京都")
        #expect(Prefectures.fullName(of: 26) == "京都府")
        #expect(Prefectures.fullName(of: 27) == "大阪府")
        #expect(Prefectures.fullName(of: 47) == "沖縄県")
        #expect(Prefectures.fullName(of: 0) == nil && Prefectures.fullName(of: 48) == nil)
        #expect(Prefectures.code(of: "北海") == nil)
        #expect(Prefectures.code(of: "茨城都") == nil)
    }

    @Test("a code outside 1..47 is prefecture-code/out-of-range at the code", arguments: [0, 48, 99, -8])
    func outOfRange(code: Int) throws {
        let f = try onlyFinding("planlint: 1\nprefecture: {code: \(code), name: 茨城}\nkpis: []\nvisions: []\n")
        #expect(Seen(f) == Seen("prefecture-code", "out-of-range", 2, 20, "/prefecture/code"))
        #expect(f.arguments == ["code": "\(code)"])
    }

    @Test("a name that is another prefecture's is name-mismatch at the name, with the other code")
    func otherPrefecture() throws {
        let f = try onlyFinding("planlint: 1\nprefecture:\n  code: 8\n  name: 栃木県\nkpis: []\nvisions: []\n")
        #expect(Seen(f) == Seen("prefecture-code", "name-mismatch", 4, 9, "/prefecture/name"))
        #expect(f.arguments == ["code": "8", "name": "栃木県", "expected": "茨城県", "other": "9"])
    }

    @Test("a name that is no prefecture is name-mismatch without `other`", arguments: ["茨城都", "いばらき", "Ibaraki", "茨城 県"])
    func notAPrefecture(name: String) throws {
        let f = try onlyFinding("planlint: 1\nprefecture: {code: 8, name: \(name)}\nkpis: []\nvisions: []\n")
        #expect(Seen(f) == Seen("prefecture-code", "name-mismatch", 2, 29, "/prefecture/name"))
        #expect(f.arguments == ["code": "8", "name": name, "expected": "茨城県"])
    }

    @Test("the format version must be there")
    func versionMissing() throws {
        let f = try onlyFinding("# 茨城\nprefecture: {code: 8, name: 茨城}\nkpis: []\nvisions: []\n")
        #expect(Seen(f) == Seen("format-version", "missing", 2, 1, ""))
        #expect(f.arguments == ["supported": "1"])
    }

    @Test("the format version must be a supported one, written as a plain integer", arguments: [
        ("2", "2"), ("0", "0"), ("\"1\"", "\"1\""), ("1.0", "1.0"), ("01", "01"), ("+1", "+1"), ("v1", "v1"),
        ("~", "null"), ("[1]", "[…]"),
    ])
    func versionUnsupported(written: String, found: String) throws {
        let f = try onlyFinding("planlint: \(written)\nprefecture: {code: 8, name: 茨城}\nkpis: []\nvisions: []\n")
        #expect(Seen(f) == Seen("format-version", "unsupported", 1, 11, "/planlint"))
        #expect(f.arguments == ["found": found, "supported": "1"])
    }

    @Test("PlanDecoder's supported versions are what the messages say")
    func supported() {
        #expect(PlanDecoder.supportedVersions == [1])
    }
}
