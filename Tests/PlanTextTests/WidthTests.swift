import Testing
@testable import PlanText

@Suite("Width.fold")
struct WidthTests {
    @Test("folds full-width ASCII, spaces and the wave dash", arguments: [
        ("１，５３０件", "1,530件"),
        ("１８．２件", "18.2件"),
        ("３０％", "30%"),
        ("（累計）", "(累計)"),
        ("２０２０～２０２２年度", "2020~2022年度"),
        ("2020〜2022年度", "2020~2022年度"),
        ("Ｒ４年度", "R4年度"),
        ("ＰＣＴ＋マドプロ", "PCT+マドプロ"),
        ("（K\u{3000}P\u{3000}I）", "(K P I)"),
        ("ＩＮＰＩＴ－ＫＡＮＳＡＩ", "INPIT-KANSAI"),
        ("a\u{00A0}b", "a b"),
    ])
    func foldsASCII(input: String, expected: String) {
        #expect(Width.fold(input) == expected)
    }

    @Test("half-width katakana become full-width, composing sound marks", arguments: [
        ("ｾﾐﾅｰ", "セミナー"),
        ("ﾌﾞﾗﾝﾃﾞｨﾝｸﾞ", "ブランディング"),
        ("ﾊﾟｯｹｰｼﾞ", "パッケージ"),
        ("ｳﾞｨ", "ヴィ"),
        ("｢ﾏﾄﾞﾌﾟﾛ｣､", "「マドプロ」、"),
        ("ｶ\u{3099}", "ガ"),
        ("ﾎﾟｲﾝﾄ･ｶｰﾄﾞ", "ポイント・カード"),
    ])
    func foldsKana(input: String, expected: String) {
        #expect(Width.fold(input) == expected)
    }

    @Test("a sound mark that cannot compose stays as a combining mark")
    func loneSoundMark() {
        #expect(Array(Width.fold("ｱﾞ").unicodeScalars).map(\.value) == [0x30A2, 0x3099])
        #expect(Array(Width.fold("ﾞ").unicodeScalars).map(\.value) == [0x3099])
    }

    @Test("kanji, kana and other text are left untouched")
    func leavesTheRestAlone() {
        let sentence = "特許流通サポーターによる特許流通相談件数「地域経済」『未来』★☞◆○ あいう😀é"
        #expect(Width.fold(sentence) == sentence)
    }

    @Test("folded text maps back to original offsets through composed kana")
    func offsetsMapBack() {
        let text = FoldedText("ﾊﾟ１件")
        #expect(text.scalars.count == 3)
        #expect(text.originalRange(1..<3) == 2..<4)
        #expect(text.originalText(text.originalRange(0..<1)) == "ﾊﾟ")
    }
}
