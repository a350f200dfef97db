import Testing
import PlanTestSupport
import PlanText


/// Pieces that exercise every reader: digits of both widths, separators,
/// multipliers, units, qualifiers, years, brackets, and odd Unicode.
private let alphabet: [String] = [
    "0", "1", "9", "２", "０", ",", "，", ".", "．", "兆", "億", "万", "千", "百", "件", "回", "社", "者",
    "割", "%", "％", "円", "年", "年度", "間", "延べ", "累計", "以上", "程度", "約", "(", ")", "（", "）",
    "/", "／", "・", "「", "」", "『", "』", "｢", "｣", "としている", "を掲げている", "、", "令和", "平成",
    "R", "H", "元", "～", "〜", "-", "第", " ", "\u{3000}", "\n", "ｶ", "ﾞ", "ﾟ", "\u{3099}", "\u{0301}",
    "😀", "👨‍👩‍👧", "\u{FEFF}", "\u{200B}", "\u{10FFFF}", "\u{E000}", "é", "あ", "漢",
]

private func randomText(_ rng: inout SplitMix, length: Int) -> String {
    (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
}

private func originalText(_ s: String, _ range: Range<Int>) -> String? {
    let scalars = Array(s.unicodeScalars)
    guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
}

@Suite("Robustness")
struct RobustnessTests {
    @Test("random texts never crash and every range lies inside the text", arguments: 0..<8)
    func randomTexts(seed: UInt64) {
        var rng = SplitMix(state: seed)
        for _ in 0..<150 {
            let s = randomText(&rng, length: Int(rng.next() % 60))
            for q in QuantityScanner.scan(s) {
                #expect(originalText(s, q.range) == q.text)
                #expect(q.value.isFinite && q.value >= 0)
                #expect(!q.unit.isEmpty)
            }
            for quote in Quotations.extract(s) {
                #expect(originalText(s, quote.range) == quote.text)
            }
            for mention in EraYear.years(in: s) {
                #expect(originalText(s, mention.range) != nil)
            }
            _ = EraYear.parse(s)
            _ = MatchKey.contains(s, String(s.prefix(3)))
            #expect(MatchKey.contains(s, s))
            #expect(Width.fold(Width.fold(s)) == Width.fold(s))
        }
    }

    @Test("quote ranges from seed sentences are exactly the quoted words")
    func seedQuoteRanges() {
        for source in [Seed.shiga, Seed.kyoto, Seed.wakayamaQuotes, Seed.iwateGoal, Seed.yamagataGoal] {
            for quote in Quotations.extract(source) {
                #expect(originalText(source, quote.range) == quote.text)
            }
        }
    }

    /// Adversarial megabyte inputs (unbalanced brackets, endless digits). Speed is not
    /// asserted here — timed unit tests flake under load and sanitizers — but a quadratic
    /// reader would make this suite visibly slow, and the fuzzer's 10 s timeout and the
    /// benchmark (docs/performance.md) watch for it.
    @Test("a megabyte of adversarial text is read whole, with results inside the text", arguments: [
        String(repeating: Seed.gunma, count: 4_000),
        String(repeating: "「", count: 500_000) + String(repeating: "』", count: 500_000),
        String(repeating: "1,", count: 500_000) + "000件",
        String(repeating: "9", count: 1_000_000) + "件",
        "1件" + String(repeating: "(", count: 1_000_000),
        String(repeating: "年", count: 1_000_000) + "1件",
        String(repeating: "令和", count: 500_000),
    ])
    func largeInput(source: String) {
        let length = source.unicodeScalars.count
        for quantity in QuantityScanner.scan(source) {
            #expect(quantity.range.lowerBound >= 0 && quantity.range.upperBound <= length)
        }
        for quote in Quotations.extract(source) {
            #expect(quote.range.lowerBound >= 0 && quote.range.upperBound <= length)
        }
        for year in EraYear.years(in: source) {
            #expect(year.range.upperBound <= length)
        }
        #expect(!MatchKey.contains(source, String(repeating: "「", count: 1_000) + "x"))
    }
}
