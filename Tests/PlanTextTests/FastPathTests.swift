import Testing
@testable import PlanText

/// The shortcuts the readers take for speed give what the plain way gives.
@Suite("Fast paths")
struct FastPathTests {
    static let samples = [
        "", "a", "件", "１，５３０件", "ｾﾐﾅｰ ﾌﾞﾗﾝﾃﾞｨﾝｸﾞ", "ｶ\u{3099}ﾟ", "ﾞ", "年\u{3000}10件\n（累計）",
        "é = e\u{301}", "😀👍🏽 🇯🇵", "\u{10FFFF}\u{E000}\u{D7FF}", "「A」、『B』としている｢C｣",
        "令和2～4年度 年10個、2022年度は1,000件、平成29年（H29）3.14%",
    ]

    /// Issue #19: `fold` on bytes gives the bytes of `foldedScalars`, the scalar loop it
    /// replaced, on the samples and on random mixes of everything that folds or composes.
    @Test("Width.fold is foldedScalars re-encoded")
    func foldOnBytes() {
        let pieces = ["a", "1", " ", "件", "か", "ハ", "ｶ", "ﾊ", "ｳ", "ﾞ", "ﾟ", "\u{3099}", "\u{309A}", "１", "，", "（", "\u{FF5F}",
                      "\u{FF60}", "｡", "\u{3000}", "\u{A0}", "\u{2000}", "\u{200A}", "\u{200B}", "〜", "é", "😀", "\r\n", "ﾜ"]
        var cases = Self.samples
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            cases.append((0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in cases {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: Width.foldedScalars(text))
            #expect(Array(Width.fold(text).utf8) == Array(String(view).utf8), "\(text.debugDescription)")
        }
    }

    @Test("Scalars.of is Array(unicodeScalars)", arguments: samples)
    func scalars(text: String) {
        #expect(Scalars.of(text) == Array(text.unicodeScalars))
    }

    @Test("Scalars.of decodes every prefix of mixed 1- to 4-byte text (the fast path ends 3 bytes early)")
    func scalarsPrefixes() {
        let text = "a\u{E9}知𠮷b\u{FFFD}\u{10FFFF}ｶﾞ\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}。\n"
        var prefix = ""
        for c in text.unicodeScalars {
            prefix.unicodeScalars.append(c)
            for lead in ["", "x", "xy", "xyz"] {
                let s = lead + prefix
                #expect(Scalars.of(s) == Array(s.unicodeScalars), "\(s)")
            }
        }
    }

    @Test("scanning a text's scalars finds what scanning the text finds",
          arguments: samples + [Seed.hokkaido, Seed.aomori, Seed.miyagi,
                                Seed.yamagata, Seed.fukushima])
    func scanScalars(text: String) {
        #expect(QuantityScanner.scan(scalars: Scalars.of(text)) == QuantityScanner.scan(text))
    }

    @Test("compactFolded folds, then drops whitespace", arguments: samples)
    func compactFolded(text: String) {
        let plain = Width.foldedScalars(text).filter { $0.properties.isWhitespace == false }
        #expect(Width.compactFolded(Array(text.unicodeScalars)) == plain)
    }

    @Test("changes covers every scalar that folds, alone or with the mark after it")
    func changesCoversFolding() {
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if Width.foldSingle(scalar) != scalar || Width.isVoicingMark(scalar) { #expect(Width.changes(scalar)) }
        }
    }

    @Test("a folded text maps offsets back, also after a kana composed with its mark")
    func foldedOffsets() {
        let text = FoldedText("ｶﾞｲﾄﾞ１０件")   // ガ イ ド 1 0 件: two pairs composed
        #expect(text.scalars == Array("ガイド10件".unicodeScalars))
        #expect(text.originalRange(0..<1) == 0..<2)
        #expect(text.originalRange(2..<3) == 3..<5)
        #expect(text.originalRange(3..<6) == 5..<8)
        #expect(text.originalText(text.originalRange(1..<3)) == "ｲﾄﾞ")
        let plain = FoldedText("（累計）10件")
        #expect(plain.originalRange(1..<3) == 1..<3)
    }

    @Test("mayOpenQuote finds 「, 『 and ｢ and nothing else", arguments: [
        ("「計画」", true), ("x『計画』", true), ("｢計画｣", true), ("計画」", false), ("（計画）", false),
        ("", false), ("ab", false), ("〜", false),
    ])
    func mayOpenQuote(text: String, expected: Bool) {
        #expect(Quotations.mayOpenQuote(text) == expected)
    }

    @Test("mayStartEra is the list of era initials")
    func eraInitials() {
        for scalar in YearReader.eraInitials { #expect(YearReader.mayStartEra(scalar)) }
        let others = (UInt32(0)...0xFFFF).compactMap(Unicode.Scalar.init).filter(YearReader.mayStartEra)
        #expect(Set(others) == Set(YearReader.eraInitials))
    }

    @Test("numbers read as the standard parser reads their digits", arguments: [
        "0", "7", "18.2", "0.1", "1,530", "12,345,678.901", "999999999999999", "9999999999999999",
        "123456789012345.6", "3.14159265358979", "0.000000000000001", "1.7976931348623157", "00012.50",
    ])
    func readDigits(literal: String) throws {
        let text = FoldedText(literal)
        let (value, end) = try #require(NumberReader.readDigits(in: text, at: 0))
        #expect(end == text.count)
        #expect(value == Double(literal.filter { $0 != "," }))
    }

    @Test("the year index finds a mention by its end, and nothing else")
    func yearIndex() {
        let mentions = [YearMention(year: 2020, range: 0..<5), YearMention(year: 2021, range: 8..<13),
                        YearMention(year: 2022, range: 20..<26)]
        let index = YearIndex(mentions)
        #expect(index.year(endingAt: 5) == 2020)
        #expect(index.year(endingAt: 13) == 2021)
        #expect(index.year(endingAt: 26) == 2022)
        for end in [0, 4, 6, 12, 14, 25, 27] { #expect(index.year(endingAt: end) == nil) }
        #expect(YearIndex([]).year(endingAt: 0) == nil)
    }

    @Test("a unit is read by index as by word")
    func unitIndex() {
        for (i, word) in Units.words.enumerated() {
            let text = FoldedText(scalars: word + Array("を".unicodeScalars))
            #expect(Units.unitIndex(in: text, at: 0).map { Units.words[$0] } == Units.unit(in: text, at: 0))
            #expect(Units.names[i] == String(String.UnicodeScalarView(word)))
        }
        #expect(Units.unit(in: FoldedText("社会"), at: 0) == nil)
        #expect(Units.words[Units.yenIndex] == Units.yen)
    }
}
