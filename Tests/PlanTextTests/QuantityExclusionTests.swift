import Testing
import PlanText

@Suite("QuantityScanner: what is not a quantity")
struct QuantityExclusionTests {
    @Test("years, dates, durations, ordinals and unit-less counts are not quantities", arguments: [
        "2022年度",
        "2018年",
        "令和4年度",
        "H29",
        "R4年度",
        "2021年3月",
        "(2016年度～2020年度)",
        "【2020～2022年度】",
        "京都府総合計画 基本計画【2019年10月2日～2023年度】",
        "1次産業から3次産業まで緊密な連携により",
        "第2次地域知財活性化行動計画",
        "第1回セミナーを開催",
        "事業終了後2年以内に特許等の知的所有権の出願を完了",
        "目標値は3年間で",
        "「活力ある豊かな県民生活の実現に向けた新たな“知”の移転・活用」を4つの柱としている。",
        "(1) 都道府県の産業振興ビジョン等を踏まえた活動指標",
        "1)商品（サービス）の高付加価値化等",
        "・6-1. 新製品開発による新規需要の創出（柱①）",
        "高知版Society5.0の実現に向けた",
        "・②次代を切り開く成長産業発展プロジェクト I (56～69頁)",
        "静岡県経済産業ビジョン2018～2021",
        "1.2.3回",
        "5千3百万円",
    ])
    func notQuantities(source: String) {
        #expect(QuantityScanner.scan(source).isEmpty)
    }

    @Test("a denominator is not a quantity, the amount after it is")
    func perCapita() {
        let found = QuantityScanner.scan(Seed.nigataGoal)
        #expect(found.map(\.text) == ["300万円"])
    }

    @Test("a unit character that starts another word is not a unit", arguments: [
        "3人材", "5社会", "2名称", "4回路", "1個人", "10円滑",
    ])
    func compounds(source: String) {
        #expect(QuantityScanner.scan(source).isEmpty)
    }

    @Test("a text with only years gives no quantity but the years are found")
    func yearsAreNotQuantities() {
        let source = "○第3次山形県科学技術政策大綱【2016～2020年度】"
        #expect(QuantityScanner.scan(source).isEmpty)
        #expect(EraYear.years(in: source).map(\.year) == [2016, 2020])
    }

    @Test("numbers too large for a Double are dropped, not reported as infinity")
    func overflow() {
        let huge = String(repeating: "9", count: 400) + "件"
        #expect(QuantityScanner.scan(huge).isEmpty)
        #expect(QuantityScanner.scan(huge + " 3件").map(\.value) == [3])
    }
}
