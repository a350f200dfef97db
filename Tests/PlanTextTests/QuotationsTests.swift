import Testing
import PlanText

@Suite("Quotations")
struct QuotationsTests {
    @Test("a quote followed by a citation phrase", arguments: [
        (Seed.fukui, "知的財産を活用したオープンイノベーションの推進", Citation.woKakagete),
        (Seed.fukui2, "技術開発における情報管理の強化、技術やシステムの権利化を進め、稼げる製品の創出を支援する。", .toShiteiru),
        (Seed.osaka, "中小企業の知的財産活用支援", .woAgete),
        ("計画に「知財の活用を図る」とある。", "知財の活用を図る", .toAru),
    ] as [(String, String, Citation)])
    func cited(source: String, text: String, citation: Citation) {
        let quotes = Quotations.extract(source)
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == text)
        #expect(quotes.first?.citation == citation)
    }

    @Test("a quote naming a measure is not a citation (Iwate goals)")
    func iwate() {
        let quotes = Quotations.extract(Seed.iwateGoal)
        #expect(quotes.map(\.text) == ["企業等における知的財産の戦略的活用", "地域資源のブランド化"])
        #expect(quotes.map(\.citation) == [nil, nil])
    }

    @Test("a nested quote is part of the outer one", arguments: [
        (Seed.shiga, "「オープン・クローズ戦略」"),
        (Seed.kyoto, "『知恵の経営』"),
    ])
    func nested(source: String, inner: String) {
        let cited = Quotations.extract(source).filter { $0.citation == .toShiteiru }
        #expect(cited.count == 1)
        #expect(cited.first?.text.contains(inner) == true)
    }

    @Test("the Kyoto sentence gives the plan name, the cited words and a 『』 name")
    func kyoto() {
        let quotes = Quotations.extract(Seed.kyoto)
        #expect(quotes.count == 3)
        #expect(quotes.map(\.citation) == [nil, .toShiteiru, nil])
        #expect(quotes.last?.text == "知恵の経営")
    }

    @Test("the citation may follow after a line break")
    func acrossLines() {
        let quotes = Quotations.extract("「知財を活用する」\n  としている")
        #expect(quotes.first?.citation == .toShiteiru)
        #expect(Quotations.extract(Seed.osakaBroken).first?.citation == .toShiteiru)
    }

    @Test("quotes listed before one citation all take it (Wakayama)")
    func listed() {
        let quotes = Quotations.extract(Seed.wakayamaQuotes)
        #expect(quotes.count == 2)
        #expect(quotes.map(\.citation) == [.toShiteiru, .toShiteiru])
        let adjacent = Quotations.extract(Seed.naganoGoal)
        #expect(adjacent.map(\.text) == ["健康・医療", "環境・エネルギー", "次世代交通"])
        #expect(adjacent.allSatisfy { $0.citation == nil })
    }

    @Test("forms not in the rule's list are not citations", arguments: [
        Seed.kumamotoGoal, Seed.yamagataGoal, Seed.nagasaki, "「A」として評価", "「A」を掲げる",
    ])
    func notCitations(source: String) {
        #expect(Quotations.extract(source).allSatisfy { $0.citation == nil })
    }

    @Test("ranges point at the quoted words in original offsets")
    func ranges() {
        let source = "ﾃﾞｻﾞｲﾝは｢知財｣としている"
        let quotes = Quotations.extract(source)
        #expect(quotes.count == 1)
        #expect(quotes.first?.range == 8..<10)
        #expect(quotes.first?.text == "知財")
        #expect(quotes.first?.citation == .toShiteiru)
    }

    @Test("unbalanced brackets never crash; unclosed quotes are dropped", arguments: [
        ("「閉じない引用", [String]()),
        ("」「", []),
        ("『A「B』", ["A「B"]),
        ("「A」』", ["A"]),
        ("「外「内」としている", ["内"]),
        ("「A『B」C』", ["A『B"]),
        ("「」", [""]),
        ("「A」「B", ["A"]),
    ] as [(String, [String])])
    func unbalanced(source: String, texts: [String]) {
        #expect(Quotations.extract(source).map(\.text) == texts)
    }
}
