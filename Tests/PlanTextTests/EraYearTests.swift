import Testing
import PlanText

@Suite("EraYear")
struct EraYearTests {
    @Test("era years read as Gregorian years", arguments: [
        ("令和4年度", 2022), ("令和4", 2022), ("令和4年", 2022), ("R4", 2022), ("R4年度", 2022),
        ("r4", 2022), ("Ｒ４", 2022), ("令和４年度", 2022), ("令和 4 年度", 2022), ("R04", 2022),
        ("令和元年", 2019), ("令和元年度", 2019), ("令和元", 2019), ("R元", 2019),
        ("平成29年度", 2017), ("H29", 2017), ("H29年度", 2017), ("平成31年", 2019), ("平成元年", 1989),
        ("昭和64年", 1989),
    ] as [(String, Int)])
    func parses(input: String, year: Int) {
        #expect(EraYear.parse(input) == year)
    }

    @Test("anything else is nil", arguments: [
        "", "2022", "2022年度", "令和", "令和年度", "令和0年", "平成32年度", "平成0年", "昭和65年",
        "R", "R123", "H29年度末", "令和4年4月", "第4次", "4年度", "令和4年度から", "RR4", "X4",
        "令和4年度 令和5年度", "H-29",
    ])
    func rejects(input: String) {
        #expect(EraYear.parse(input) == nil)
    }

    @Test("year mentions in seed text, with their ranges", arguments: [
        ("714件（2018年度） → 755件（2022年度）にする。", [2018, 2022]),
        ("○北海道科学技術振興計画【2018年度～2022年度】", [2018, 2022]),
        ("（1）活動指標（KPI）【2020～2022年度】", [2020, 2022]),
        ("宮城の将来ビジョン（2017年3月改定）では", [2017]),
        ("平成29年度 168件 → 令和4年度 290件（累計）", [2017, 2022]),
        ("平成29年度 11個 → 令和2～4年度 年10個", [2017, 2020, 2022]),
        ("2件（2015年）、1件（2016年）、3件（H29）、2件（H30）", [2015, 2016, 2017, 2018]),
        ("静岡県経済産業ビジョン2018～2021【2018～2021年度】", [2018, 2021]),
        ("事業終了後2年以内に", []),
        ("第2次地域知財活性化行動計画", []),
        ("Society5.0の実現、FY2022の計画、PR4", [2022]),
    ] as [(String, [Int])])
    func findsYears(text: String, years: [Int]) {
        let found = EraYear.years(in: text)
        #expect(found.map(\.year) == years)
        let count = text.unicodeScalars.count
        #expect(found.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= count && !$0.range.isEmpty })
    }

    @Test("a mention's range covers the number and 年度, in original offsets")
    func ranges() {
        let found = EraYear.years(in: "目標（２０２２年度）と令和４年度")
        #expect(found.map(\.year) == [2022, 2022])
        #expect(found.map(\.range) == [3..<9, 11..<16])
    }
}
