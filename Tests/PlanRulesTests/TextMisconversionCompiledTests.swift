import Testing
@testable import PlanRules

@Suite("text-misconversion: the compiled dictionary")
struct TextMisconversionCompiledTests {
    @Test("the compiled dictionary finds exactly what the entry-by-entry search found")
    func compiledDictionary() {
        // Overlapping and repeated patterns, a pattern inside another, entries sharing a first
        // character, a duplicate entry, one-character patterns.
        let lines = ["あああ", "ああ -> あ", "押し量る -> 推し量る ; 注", "押し", "量る", "る", "押し量る", "的を得る", "得る -> 得る"]
        let compiled = TextMisconversion.Compiled(lines)
        let shipped = TextMisconversion.shipped
        var texts = ["", "あ", "ああああああ", "知財マインドを押し量る1つの指標とし押し量る。", "押し押し量る量るる", "的を得る的を得るを得る"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("あ押し量るを得的一同に会確率する。\n a".unicodeScalars)
        for _ in 0..<300 {
            var text = String.UnicodeScalarView()
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 59) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            texts.append(String(text))
        }
        func same(_ a: [(Range<Int>, TextMisconversion.Entry)], _ b: [(Range<Int>, TextMisconversion.Entry)]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        }
        for text in texts {
            let s = Array(text.unicodeScalars)
            #expect(same(compiled.hits(in: s), TextMisconversion.hitsOneByOne(compiled.entries, in: s)), "\(text)")
            #expect(same(shipped.hits(in: s), TextMisconversion.hitsOneByOne(shipped.entries, in: s)), "\(text)")
        }
        #expect(shipped.entries.count == 5 && compiled.entries.count == lines.count)
    }
}
