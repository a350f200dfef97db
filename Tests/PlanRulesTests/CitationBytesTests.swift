import PlanText
import Testing
@testable import PlanRules

@Suite("citation-unlisted: byte comparison of plain text")
struct CitationBytesTests {
    /// Words in and around the plain set: kana, kanji, digits, full-width forms, a kana with
    /// a combining voicing mark, a compatibility ideograph, an accented letter, CR LF.
    static let pieces = ["計画", "戦略", "ビジョン", "プラン", "指針", "大綱", "構想", "方針", "2015", "２０１５", "知恵", "の", "経営",
                         "フ\u{309A}ラン", "フ\u{3099}", "\u{F9D1}", "e\u{301}", "é", "\r\n", "ﾌﾟﾗﾝ", "計", "画", "ン", " ", "、"]

    /// Texts made of 0 to 5 pieces, from a fixed seed.
    static func texts() -> [String] {
        var state: UInt64 = 42
        var out = pieces
        for _ in 0..<600 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 61) + Int((state >> 20) & 1) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            out.append(text)
        }
        return out
    }

    @Test("names answers as the Character comparison does, in 「」 and 『』")
    func names() {
        for text in Self.texts() {
            for doubled in [false, true] {
                #expect(CitationUnlisted.names(text, doubled: doubled)
                        == CitationUnlisted.namesByCharacter(Width.fold(text), doubled: doubled), "\(text)")
            }
        }
    }

    @Test("overlaps answers as the String comparison both ways")
    func overlaps() {
        let texts = Self.texts()
        for (i, a) in texts.enumerated() {
            for b in texts[i..<min(texts.count, i + 40)] {
                #expect(CitationUnlisted.overlaps(a, b) == CitationUnlisted.overlapsByCharacter(a, b), "\(a) / \(b)")
            }
        }
    }

    @Test("plain text is what compares by bytes")
    func plain() {
        #expect(PlainUTF8.isPlain("県総合計画ビジョン2015（改訂）"))
        #expect(!PlainUTF8.isPlain("フ\u{309A}ラン") && !PlainUTF8.isPlain("e\u{301}") && !PlainUTF8.isPlain("\u{F9D1}"))
        #expect(!PlainUTF8.isPlain("a\r\nb") && !PlainUTF8.isPlain("ﾌﾟ"))
    }
}
