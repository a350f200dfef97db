import Testing
import PlanText

/// What one quantity found in a text should look like.
struct Expected: Sendable, CustomTestStringConvertible {
    var text: String
    var value: Double
    var unit: String
    var qualifiers: Set<Qualifier> = []
    var year: Int? = nil

    var testDescription: String { text }

    func check(_ q: Quantity, in source: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(q.text == text, sourceLocation: sourceLocation)
        #expect(q.value == value, sourceLocation: sourceLocation)
        #expect(q.unit == unit, sourceLocation: sourceLocation)
        #expect(q.qualifiers == qualifiers, sourceLocation: sourceLocation)
        #expect(q.year == year, sourceLocation: sourceLocation)
        let scalars = Array(source.unicodeScalars)
        #expect(q.range.upperBound <= scalars.count, sourceLocation: sourceLocation)
        if q.range.upperBound <= scalars.count {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[q.range])
            #expect(String(view) == q.text, sourceLocation: sourceLocation)
        }
    }
}

/// Scans `source` and checks the results one by one against `expected`.
func expectQuantities(_ source: String, _ expected: [Expected],
                      sourceLocation: SourceLocation = #_sourceLocation) {
    let found = QuantityScanner.scan(source)
    #expect(found.map(\.text) == expected.map(\.text), sourceLocation: sourceLocation)
    for (q, e) in zip(found, expected) { e.check(q, in: source, sourceLocation: sourceLocation) }
}

@Suite("QuantityScanner: numbers, units and qualifiers in seed KPI sentences")
struct QuantityScannerTests {
    @Test("one quantity per sentence", arguments: [
        (Seed.aomori, Expected(text: "年6回", value: 6, unit: "回", qualifiers: [.annual])),
        (Seed.miyagi, Expected(text: "年3回程度", value: 3, unit: "回", qualifiers: [.annual, .about])),
        (Seed.yamagata, Expected(text: "5件／年間", value: 5, unit: "件", qualifiers: [.annual])),
        (Seed.fukushima, Expected(text: "年延べ10件", value: 10, unit: "件", qualifiers: [.annual, .cumulative])),
        (Seed.fukushimaGoal, Expected(text: "55,174億円", value: 55174, unit: "億円")),
        (Seed.gunmaGoal1, Expected(text: "9兆2,000億円", value: 92000, unit: "億円")),
        (Seed.gunmaGoal2, Expected(text: "1,400件", value: 1400, unit: "件")),
        (Seed.saitamaGoal, Expected(text: "10件/2022年度", value: 10, unit: "件", year: 2022)),
        (Seed.nagano, Expected(text: "15件（2020～2022年度延数）", value: 15, unit: "件", qualifiers: [.cumulative])),
        (Seed.shizuokaGoal, Expected(text: "年間70件", value: 70, unit: "件", qualifiers: [.annual])),
        (Seed.gifu, Expected(text: "15者以上(累計)", value: 15, unit: "者", qualifiers: [.atLeast, .cumulative])),
        (Seed.wakayama, Expected(text: "年10社・団体以上", value: 10, unit: "社", qualifiers: [.annual, .atLeast])),
        (Seed.kagawa, Expected(text: "1,530件（累計）", value: 1530, unit: "件", qualifiers: [.cumulative])),
        (Seed.kagawa2, Expected(text: "145件(累計)以上", value: 145, unit: "件", qualifiers: [.cumulative, .atLeast])),
        (Seed.kumamoto, Expected(text: "年15社（人、チーム等）以上", value: 15, unit: "社", qualifiers: [.annual, .atLeast])),
        (Seed.oita, Expected(text: "66者", value: 66, unit: "者", year: 2023)),
        (Seed.kagoshima, Expected(text: "年560件", value: 560, unit: "件", qualifiers: [.annual])),
        (Seed.kochiGoal2, Expected(text: "1,514百万円 (2023年度)", value: 1514, unit: "百万円", year: 2023)),
        (Seed.nigataGoal, Expected(text: "300万円", value: 300, unit: "万円")),
    ] as [(String, Expected)])
    func single(source: String, expected: Expected) {
        expectQuantities(source, [expected])
    }

    @Test("baseline and target with years in parentheses (Hokkaido)")
    func hokkaido() {
        expectQuantities(Seed.hokkaido, [
            Expected(text: "714件（2018年度）", value: 714, unit: "件", year: 2018),
            Expected(text: "755件（2022年度）", value: 755, unit: "件", year: 2022),
        ])
    }

    @Test("several targets in one sentence, a duration skipped (Gunma)")
    func gunma() {
        expectQuantities(Seed.gunma, [
            Expected(text: "3割以上", value: 3, unit: "割", qualifiers: [.atLeast]),
            Expected(text: "年1回以上", value: 1, unit: "回", qualifiers: [.annual, .atLeast]),
            Expected(text: "年2件以上", value: 2, unit: "件", qualifiers: [.annual, .atLeast]),
        ])
    }

    @Test("年 after a word is still per year (件数年10件)")
    func annualAfterWord() {
        expectQuantities(Seed.tochigi, [
            Expected(text: "年30件", value: 30, unit: "件", qualifiers: [.annual]),
            Expected(text: "年10件", value: 10, unit: "件", qualifiers: [.annual]),
        ])
    }

    @Test("cumulative targets in parentheses (Saitama)")
    func saitama() {
        expectQuantities(Seed.saitama, [
            Expected(text: "40件(累計)", value: 40, unit: "件", qualifiers: [.cumulative]),
            Expected(text: "30件(累計)", value: 30, unit: "件", qualifiers: [.cumulative]),
        ])
    }

    @Test("a year before the number, joined by a particle or a space")
    func yearBefore() {
        expectQuantities(Seed.okayama, [
            Expected(text: "245件", value: 245, unit: "件"),
            Expected(text: "250件", value: 250, unit: "件", year: 2022),
        ])
        expectQuantities(Seed.ehime, [
            Expected(text: "887件", value: 887, unit: "件"),
            Expected(text: "1,000件以上", value: 1000, unit: "件", qualifiers: [.atLeast], year: 2022),
        ])
        expectQuantities(Seed.tokushima, [
            Expected(text: "11個", value: 11, unit: "個", year: 2017),
            Expected(text: "年10個", value: 10, unit: "個", qualifiers: [.annual], year: 2022),
        ])
    }

    @Test("past values with Gregorian and era years (Ehime)")
    func history() {
        let found = QuantityScanner.scan(Seed.ehimeHistory)
        #expect(found.map(\.value) == [2, 1, 3, 2])
        #expect(found.map(\.year) == [2015, 2016, 2017, 2018])
    }

    @Test("decimals, a parenthesis holding other quantities, and 約1割 (Kochi)")
    func kochi() {
        expectQuantities(Seed.kochiNote, [
            Expected(text: "18.2件", value: 18.2, unit: "件"),
            Expected(text: "14.2件", value: 14.2, unit: "件"),
            Expected(text: "4件", value: 4, unit: "件"),
            Expected(text: "約1割", value: 1, unit: "割", qualifiers: [.about]),
        ])
    }

    @Test("a cumulative total whose parenthesis also states the yearly rate")
    func nestedRate() {
        let found = QuantityScanner.scan(Seed.kochiGoal)
        #expect(found.count == 2)
        guard found.count == 2 else { return }
        #expect(found[0].text == "40件 (2020年度からの累計、年間10件)")
        #expect(found[0].qualifiers == [.cumulative])
        #expect(found[1].text == "年間10件")
        #expect(found[1].qualifiers == [.annual])
        #expect(found[0].range.contains(found[1].range.lowerBound))
    }

    @Test("full-width digits and separators, with ranges in original offsets")
    func fullWidth() {
        let source = "出願件数１，５３０件（累計）、年３回以上、３０％"
        expectQuantities(source, [
            Expected(text: "１，５３０件（累計）", value: 1530, unit: "件", qualifiers: [.cumulative]),
            Expected(text: "年３回以上", value: 3, unit: "回", qualifiers: [.annual, .atLeast]),
            Expected(text: "３０％", value: 30, unit: "%"),
        ])
        #expect(QuantityScanner.scan(source).first?.range == 4..<14)
    }

    @Test("normalized values bring money to 円 and 割 to %", arguments: [
        ("製造品出荷額等 9兆2,000億円", 9.2e12, "円"),
        ("1,514百万円", 1.514e9, "円"),
        ("300万円", 3e6, "円"),
        ("5千円", 5e3, "円"),
        ("3百円", 300, "円"),
        ("3割以上", 30, "%"),
        ("30パーセント", 30, "%"),
        ("1万件", 10_000, "件"),
        ("1万5,000件", 15_000, "件"),
    ] as [(String, Double, String)])
    func normalized(source: String, value: Double, unit: String) {
        let found = QuantityScanner.scan(source)
        #expect(found.count == 1)
        #expect(found.first?.normalized.value == value)
        #expect(found.first?.normalized.unit == unit)
    }

    @Test("qualifier words before and after the number", arguments: [
        ("累計40件", Set<Qualifier>([.cumulative])),
        ("延べ10件", [.cumulative]),
        ("延10件", [.cumulative]),
        ("約30件", [.about]),
        ("年約30件", [.annual, .about]),
        ("毎年5回", [.annual]),
        ("年度あたり5件", [.annual]),
        ("30件以下", [.atMost]),
        ("30件未満", [.atMost]),
        ("30件前後", [.about]),
        ("最大3回", [.atMost]),
        ("合計で12社", [.cumulative]),
        ("5件/年", [.annual]),
        ("5件（年間）", [.annual]),
        ("各年度5件", [.annual]),
        ("遅延10件", []),
        ("知財関連契約10件", []),
        ("前年10件", []),
        ("3年間で10件", []),
        ("2022年 10件", []),
    ] as [(String, Set<Qualifier>)])
    func qualifiers(source: String, qualifiers: Set<Qualifier>) {
        let found = QuantityScanner.scan(source)
        #expect(found.count == 1)
        #expect(found.first?.qualifiers == qualifiers)
    }
}
