import Testing
@testable import PlanRules

@Suite("text-style: sentence endings")
struct TextStyleEndingTests {
    @Test("ending reads sentence endings as the string-and-set form did")
    func ending() {
        let closing = Set("。！？」』）) 　".unicodeScalars)
        let plain: Set<Unicode.Scalar> = ["う", "く", "ぐ", "す", "つ", "ぬ", "ぶ", "む", "る", "た", "だ", "い"]
        for v in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            #expect(TextStyle.isClosing(c) == closing.contains(c) && TextStyle.isPlainEnding(c) == plain.contains(c), "\(v)")
        }
        for sentence in ["です。", "ます」。", "した。", "る", "だ）", "。", "", "本です 。", "行う。", "目標", "ましょう！", "んです？", "ある)　"] {
            let s = Array(("前置き" + sentence).unicodeScalars)
            #expect(TextStyle.ending(s[3...]) == TextStyle.endingAsWritten(s[3...]), "\(sentence)")
        }
    }
}
