import PlanModel
import PlanText
import Testing
@testable import PlanRules

/// Lints a plan text with the shipped catalogue and returns the diagnostics of `rule`.
private func lint(_ plan: String, _ rule: String) -> [Diagnostic] {
    let all = Engine(catalogue: shippedCatalogue, today: ExampleRunner.exampleDate)
        .lint(bytes: Array(plan.utf8), path: "t.yaml").diagnostics
    #expect(all.filter { $0.category == .schema }.map(\.message) == [], "\(plan)")
    return all.filter { $0.rule == rule }
}

/// A plan whose one KPI has `text` (written as a `>-` block scalar) and whose one goal has `goal`.
private func plan(_ text: String, goal: String = "知的財産の活用を促進する。", title: String = "県総合計画") -> String {
    """
    planlint: 1
    prefecture: {code: 33, name: 岡山}
    period: {from: 2020, to: 2022}
    kpis:
      - id: k
        text: >-
          \(text)
        targets:
          - {metric: 件数, value: 1, unit: 件, basis: annual}
        supports: [v/g]
    visions:
      - id: v
        title: \(title)
        period: {from: 2018, to: 2022}
        goals:
          - id: g
            text: >-
              \(goal)

    """
}

@Suite("Text checks")
struct TextChecksTests {
    @Test("the JIS tables: kanji, kana, JIS X 0213-only symbols, simplified forms, radicals")
    func jisTables() {
        #expect(JIS.inCP932("業") && JIS.inCP932("あ") && JIS.inCP932("～") && JIS.inCP932("①") && JIS.inCP932("髙"))
        #expect(!JIS.inCP932("业") && !JIS.inX0213("业") && !JIS.inX0213("术"))
        #expect(!JIS.inCP932("☞") && JIS.inX0213("☞"))
        #expect(!JIS.inCP932("\u{E000}") && !JIS.inX0213("\u{E000}"))
        #expect(JIS.inX0213("\u{20B9F}"))   // 𠮟, plane 2 of JIS X 0213
        #expect(JIS.lookalike("\u{2F00}") == "一" && JIS.lookalike("\u{F929}") == "朗" && JIS.lookalike("\u{FA11}") == nil)
        #expect(JIS.japaneseForm(ofSimplified: "业") == "業")
    }

    @Test("a simplified form is an error at its exact column inside a block scalar")
    func simplified() {
        let found = lint(plan("産業団体などとも連携を図り、企业の知的財産の活用を支援する。"), "text-character")
        #expect(found.map(\.message) == ["text of KPI 'k': '业' (U+4E1A) is a simplified-Chinese form, not in JIS; did you mean '業'?"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.line == 7 && found.first?.column == 22)
    }

    @Test("invisible characters are errors; CP932-only losses, half-width and NFD kana are warnings")
    func characterClasses() {
        let found = lint(plan("相談\u{200B}件数を年10件、ｾﾐﾅｰを年2回、ハ\u{309A}ンフレットを配布する。",
                              goal: "☞ 新産業分野において、⼀層の連携を図る。"), "text-character")
        #expect(found.map(\.message) == [
            "text of KPI 'k' contains an invisible or control character (U+200B)",
            "text of KPI 'k': 'ｾﾐﾅｰ' is half-width katakana; write it full-width ('セミナー')",
            "text of KPI 'k': 'ハ\u{309A}' has its voicing mark as a separate character (NFD); write 'パ' as one character",
            "text of goal 'g' of vision 'v': '☞' (U+261E) is only in JIS X 0213 and is lost in a Windows Shift_JIS (CP932) export",
            "text of goal 'g' of vision 'v': '⼀' (U+2F00) is a radical or compatibility ideograph; write the ordinary kanji '一'",
        ])
        #expect(found.map(\.severity) == [.error, .warning, .warning, .warning, .warning])
        #expect(found.map(\.column) == [9, 18, 27, 11, 23])
    }

    @Test("every double negative starts with な, as the text-style scan assumes")
    func doubleNegativesStartWithNa() {
        #expect(TextStyle.doubleNegatives.allSatisfy { $0.first == "な" })
    }

    @Test("a tab inside a quoted text is a control character; a variation selector is not reported")
    func controlsAndVariationSelectors() {
        #expect(lint(plan("葛\u{E0100}城市の企業を支援する。"), "text-character").isEmpty)
        let tab = plan("x").replacingOccurrences(of: ">-\n      x", with: "\"セミナー\\t年2回\"")
        #expect(lint(tab, "text-character").map(\.message) == ["text of KPI 'k' contains an invisible or control character (U+0009)"])
        for invisible: UInt32 in [0x09, 0x0D, 0x7F, 0x85, 0xAD, 0x200B, 0x200D, 0x202E, 0x2060, 0xFEFF] {
            #expect(TextCharacter.isInvisible(Unicode.Scalar(invisible)!), "U+\(String(invisible, radix: 16))")
        }
        #expect(!TextCharacter.isInvisible("\n") && !TextCharacter.isInvisible(" ") && !TextCharacter.isInvisible("\u{3000}"))
    }

    @Test("doubled を: in a row, and around a quantity; two verbs' を and doubled kana in words are not")
    func doubled() {
        #expect(lint(plan("アドバイスをを行い、支援を年2社以上を行う。"), "text-doubled").map(\.message) == [
            "text of KPI 'k': the particle を is written twice ('アドバイスをを行い')",
            "text of KPI 'k': the particle を appears twice in one clause ('支援を年2社以上を行う')",
        ])
        for fine in ["知財経営を意識した企業活動を行う。", "中小企業数を知財マインドを押し量る1つの指標とする。",
                     "手でできる支援を、年2回を目安に行う。", "ドキドキする体験を提供する。", "人々の知恵を活かす。"] {
            #expect(lint(plan(fine), "text-doubled").isEmpty, "\(fine)")
        }
        #expect(lint(plan("知財セミナーセミナーを開催し、支援支援を行う。"), "text-doubled").map(\.message) == [
            "text of KPI 'k': a word is written twice in a row ('セミナーセミナー')",
            "text of KPI 'k': a word is written twice in a row ('支援支援')",
        ])
    }

    @Test("romaji glued to Japanese is a warning; Latin words and abbreviations are not; spaced capitals are info")
    func latin() {
        let found = lint(plan("I o T、A I等を活用し、webやkWh、iPS細胞、eラーニングを使う。", title: "おokayama知的財産活用指針"),
                         "text-latin")
        #expect(found.map(\.message) == [
            "text of KPI 'k': the abbreviation 'I o T' is spaced out ('IoT')",
            "text of KPI 'k': the abbreviation 'A I' is spaced out ('AI')",
            "title of vision 'v': romaji glued to Japanese ('おokayama知'); was the input method left in Latin mode?",
        ])
        #expect(found.map(\.severity) == [.info, .info, .warning])
        #expect(TextLatin.isRomaji(Array("okayama".unicodeScalars)[...]) && TextLatin.isRomaji(Array("shinbun".unicodeScalars)[...]))
        #expect(!TextLatin.isRomaji(Array("web".unicodeScalars)[...]) && !TextLatin.isRomaji(Array("kwh".unicodeScalars)[...]))
    }
}

@Suite("Text checks: brackets and widths")
struct TextBracketWidthTests {
    @Test("list numbers are not brackets; unclosed, mismatched and unopened brackets are found")
    func brackets() {
        #expect(lint(plan("「活性化」のために、1)商品（サービス）の開発、2)知的財産の活用、a)その他を行う。"), "text-bracket").isEmpty)
        let found = lint(plan("「活性化）のために、知財（特許等の活用を行う】。"), "text-bracket")
        #expect(found.map(\.message) == [
            "text of KPI 'k': the bracket '「' is closed by '）' (…「活性化）のために、知財（…)",
            "text of KPI 'k': the bracket '（' is not closed (…）のために、知財（特許等の活用を行…)",
            "text of KPI 'k': the closing bracket '】' has no opening one (…許等の活用を行う】。…)",
        ])
        #expect(found.map(\.column) == [7, 19, 29])
    }

    @Test("the width a plan uses less is reported; one width throughout is fine")
    func widths() {
        #expect(lint(plan("ＰＣＴ出願を２０２２年度に２０件にする。"), "text-width").isEmpty)
        let found = lint(plan("PCT出願を２０２２年度に20件、2023年度に30件にする。", goal: "ＩｏＴを活用する。"), "text-width")
        #expect(found.map(\.message) == [
            "text of KPI 'k': '２０２２' is written in full-width digits (the plan writes 8 digits half-width elsewhere)",
            "text of goal 'g' of vision 'v': 'ＩｏＴ' is written in full-width letters (the plan writes 3 letters half-width elsewhere)",
        ])
    }
}

@Suite("Text checks: dictionary and style")
struct TextDictionaryStyleTests {
    @Test("dictionary entries: pattern, expected and note; ASCII or full-width separators; no arrow only flags")
    func entries() {
        let e = TextMisconversion.Entry(" 押し量る -> 推し量る ; 常用漢字表 ")
        #expect(e.map { String(String.UnicodeScalarView($0.pattern)) } == "押し量る" && e?.expected == "推し量る" && e?.note == "常用漢字表")
        #expect(TextMisconversion.Entry("的を得る→的を射る；世論調査")?.note == "世論調査")
        #expect(TextMisconversion.Entry("制作")?.expected == nil)
        #expect(TextMisconversion.Entry("  ; only a note") == nil)
    }

    @Test("a shipped entry and the three message forms")
    func dictionary() {
        #expect(lint(plan("知財マインドを押し量る1つの指標とする。"), "text-misconversion").map(\.message) == [
            "text of KPI 'k': '押し量る' should probably be '推し量る' (常用漢字表 2010 の「推」の例に「推し量る」)",
        ])
        #expect(lint(plan("知財マインドを推し量る1つの指標とする。"), "text-misconversion").isEmpty)
    }

    @Test("mixed endings within one text; quoted sentences and headings do not count; double negatives")
    func style() {
        #expect(lint(plan("6次産業化を支援します。試作品を年10個開発する。"), "text-style").map(\.message) == [
            "text of KPI 'k' mixes polite (…化を支援します。) and plain (…10個開発する。) sentence endings",
        ])
        // 奈良: the polite sentence is the vision's, quoted in 「」.
        #expect(lint(plan("戦略において「研究開発を進めます。」としていることから、知財活用を押し進める。"), "text-style").isEmpty)
        #expect(lint(plan("知財の活用が進んでいないわけではない。"), "text-style").map(\.message) == [
            "text of KPI 'k' contains a double negative ('用が進んでいないわけではない')",
        ])
        #expect(TextStyle.sentences(Array("第2節 しごとを創る\n支援します。".unicodeScalars)).map(\.punctuated) == [false, true])
    }
}

@Suite("Text checks: hostile texts")
struct TextHostileTests {
    @Test("a 250 KB text of brackets, doubled を, kanji and simplified forms takes no quadratic time")
    func hugeText() {
        let n = 20_000
        let text = String(repeating: "「", count: n) + String(repeating: "）", count: n) + String(repeating: "支援", count: n)
            + String(repeating: "をを", count: n / 10) + String(repeating: "业", count: n)
        let yaml = plan(text)
        let started = ContinuousClock.now
        // Every finding kept: the per-file cap (limits: max-diagnostics) would stop at 1,000.
        var configuration = Configuration()
        configuration.limits.maxDiagnostics = 1_000_000
        let all = Engine(catalogue: shippedCatalogue, configuration: configuration, today: ExampleRunner.exampleDate,
                         limits: configuration.limits)
            .lint(bytes: Array(yaml.utf8), path: "t.yaml").diagnostics
        let elapsed = ContinuousClock.now - started
        #expect(all.filter { $0.rule == "text-bracket" }.count == n)
        #expect(all.filter { $0.rule == "text-doubled" }.count == n / 10 + 2)   // and 支援… and 业… as words twice
        #expect(all.filter { $0.rule == "text-character" }.count == n)
        // Past the first exact positions, findings point at the whole value.
        #expect(all.filter { $0.rule == "text-character" }.last?.line == 7)
        // Quadratic work (a stack scan per closer, a layout pass per finding) took minutes
        // in a debug build; now a few seconds, most of it outside the text rules.
        #expect(elapsed < .seconds(60), "\(elapsed)")
    }
}

@Suite("Text checks: fast paths answer as the slow ones did")
struct TextFastPathTests {
    @Test("text-bracket's code-point test is exactly the brackets of its pairs")
    func bracketTest() {
        let brackets = Set(TextBracket.pairs.keys).union(TextBracket.pairs.values)
        for value in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(value) else { continue }
            #expect(TextBracket.isBracket(c) == brackets.contains(c), "U+\(String(value, radix: 16))")
        }
    }

    @Test("unit-mixed compares bytes only where that is comparing characters")
    func unitMixedBytes() {
        // Plain text: the byte search, with the character rules before and after the amount.
        #expect(UnitMixed.bracket(after: "15社", in: "年15社(人、チーム等)以上") == "人、チーム等")
        #expect(UnitMixed.bracket(after: "15社", in: "年115社(人)、15社(団体・人)") == "団体・人")
        #expect(UnitMixed.bracket(after: "15社", in: "年1,15社(人) 年15社(者)") == "者")
        #expect(UnitMixed.bracket(after: "15社", in: "年15社 (人)") == nil)
        // A combining mark makes a character of two scalars: 社́ is not 社, and か+゛ is が.
        #expect(UnitMixed.bracket(after: "15社", in: "年15社\u{301}(人、者)") == nil)
        #expect(UnitMixed.bracket(after: "15が", in: "年15か\u{3099}(人・者)") == "人・者")
        #expect(UnitMixed.bracket(after: "15か\u{3099}", in: "年15が(人・者)") == "人・者")
        // CR LF is one character: a CR before the amount is not read as a byte.
        #expect(UnitMixed.bracket(after: "15社", in: "年\r\n15社(人、者)") == "人、者")
        // Told whether the text is plain, the search answers as when it works that out itself.
        for (amount, text) in [("15社", "年15社(人、チーム等)以上"), ("15社", "年115社(人)、15社(団体・人)"), ("15社", "年15社\u{301}(人、者)"),
                               ("15が", "年15か\u{3099}(人・者)"), ("15社", "年\r\n15社(人、者)"), ("15社", "年15社 (人)")] {
            var copy = text
            let plain = copy.withUTF8(PlainUTF8.isPlain)
            #expect(UnitMixed.bracket(after: amount, in: text, textIsPlain: plain) == UnitMixed.bracket(after: amount, in: text))
        }
    }
}

@Suite("Fix positions")
struct FixPositionTests {
    @Test("positions of byte offsets, met in one sorted pass, are those of a walk to each offset")
    func positions() {
        let bytes = Array("\u{FEFF}ab\r\nかd\n\nxyz".utf8)
        // The position of offset `o` by walking the bytes before it, as the one-pass reading reads them.
        func walk(_ o: Int) -> FixPosition {
            var line = 1, column = 1
            for i in 0..<o where i >= 3 {
                if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 && bytes[i] != 0x0D { column += 1 }
            }
            return FixPosition(line: line, column: column)
        }
        let offsets = [9, 0, 9, bytes.count, 4, bytes.count + 5, 3, 12]
        let found = FixLines.positions(of: offsets, in: bytes)
        #expect(Set(found.keys) == Set(offsets.filter { $0 <= bytes.count }))
        for (offset, position) in found { #expect(position == walk(offset), "\(offset)") }
        #expect(FixLines.positions(of: [], in: bytes).isEmpty)
    }
}
