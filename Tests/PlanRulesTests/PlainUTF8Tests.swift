import Testing
@testable import PlanRules

/// Issue #19: the byte searches (``PlainUTF8``, `ContentWords.namesIP`) answer what the `Character`
/// and scalar searches they replace answered, on plain and not plain (fallback) strings alike.
@Suite struct PlainUTF8Tests {
    /// The removal loop `pairingKey` used before it went to bytes.
    static func oldRemoving(_ words: [String], from text: String) -> String {
        var text = text
        for word in words where text.contains(word) { text = text.replacing(word, with: "") }
        return text
    }

    @Test func removingWordsEqualsTheCharacterLoop() {
        let words = CumulativeAnnualMismatch.countingWords
        // Plain pieces, the words themselves and their parts, and scalars that are not plain:
        // a compatibility ideograph canonically equal to 年 (U+F98E), a combining mark, CRLF,
        // a combining voicing mark, full-width brackets and an emoji.
        let pieces = ["(", ")", "累計", "年間", "延べ", "毎年", "年", "累", "間", "延", "べ", "毎", "相談件数", "の", "a", "1",
                      "\u{F98E}", "\u{F98E}間", "\u{301}", "\r\n", "\u{3099}", "（", "）", "😀", "、", " ", "\n"]
        var cases = ["", "セミナーの開催回数(累計)", "年間の延べ相談件数", "累累計計", "年年間間", "(累(累計)計)", "毎年間", "年\u{301}間"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            cases.append((0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in cases {
            #expect(PlainUTF8.removing(words, from: text) == Self.oldRemoving(words, from: text), "\(text.debugDescription)")
            #expect(CumulativeAnnualMismatch.pairingKey(text) == Self.oldRemoving(words, from: text))
        }
    }

    @Test func findingBytesFindsTheFirstOccurrenceFromAnOffset() {
        var text = "15社、115社(人)15社"
        var needle = "15社"
        let found = text.withUTF8 { t in needle.withUTF8 { a in
            [PlainUTF8.find(a, in: t, from: 0), PlainUTF8.find(a, in: t, from: 1), PlainUTF8.find(a, in: t, from: 20)]
        } }
        #expect(found == [0, 9, nil])
    }

    @Test func plainMeansOneCharacterPerScalar() {
        for (text, plain) in [("目標は15社(人、チーム等)", true), ("か\u{3099}", false), ("\r\n", false), ("\u{F98E}", false),
                              ("ｶﾞ", false), ("😀", false), ("e\u{301}", false), ("", true)] {
            var text = text
            #expect(text.withUTF8(PlainUTF8.isPlain) == plain, "\(text.debugDescription)")
        }
    }

    /// The scalar search `ContentWords.namesIP` made before it went to bytes.
    static func oldNamesIP(_ texts: String?...) -> Bool {
        let firsts = Set(ContentWords.ipWords.compactMap(\.first))
        for text in texts.compactMap({ $0 }) {
            let s = Array(text.unicodeScalars)
            for i in s.indices where firsts.contains(s[i]) {
                if ContentWords.ipWords.contains(where: { i + $0.count <= s.count && s[i..<(i + $0.count)].elementsEqual($0) }) {
                    return true
                }
            }
        }
        return false
    }

    @Test func namingIPByBytesEqualsTheScalarSearch() {
        // Whole words, their starts and ends (a word cut short at the end of a text), their
        // first scalars alone, scalars sharing their lead bytes, and non-plain scalars.
        let pieces = ["知的財産", "知的財", "知財", "知", "特許", "特", "実用新案", "実用", "意匠", "商標", "著作権", "営業秘密", "ノウハウ",
                      "ノウ", "ライセンス", "実施許諾", "出願", "権利化", "権利", "ブランド", "ブ\u{3099}", "品種登録", "品種",
                      "の", "を", "a", "1", "😀", "e\u{301}", "ｶﾞ", "\u{F98E}", "財産", "許"]
        var cases: [[String?]] = [[nil], [nil, "特許"], ["", nil], ["知的財産の活用"], ["セミナー", "特許流通"]]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            cases.append(Bool.random(using: &generator) ? [text] : [nil, String(text.prefix(3)), text])
        }
        for texts in cases {
            let t = texts + [nil, nil]   // a nil text is skipped, so padding changes nothing
            let new = texts.count == 1 ? ContentWords.namesIP(t[0]) : ContentWords.namesIP(t[0], t[1], t[2])
            let old = texts.count == 1 ? Self.oldNamesIP(t[0]) : Self.oldNamesIP(t[0], t[1], t[2])
            #expect(new == old, "\(texts)")
        }
    }
}
